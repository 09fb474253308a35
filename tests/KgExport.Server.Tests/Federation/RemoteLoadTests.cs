using System.Net;
using System.Text;

namespace KgExport.Server.Tests.Federation;

/// <summary>
/// SPARQL LOAD of a network URL: only from the LoadSources allow-list, fetched before the update takes the write lock,
/// bounded like SERVICE; everything else refused before a connection is made.
/// </summary>
public sealed class RemoteLoadTests
{
    private static async Task<(HttpStatusCode Status, string Body)> Update(HttpClient client, string update)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/update") { Content = new StringContent(update, Encoding.UTF8, "application/sparql-update") };
        TestServerHost.Authorize(request);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> Count(HttpClient client, string graph)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"));
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await client.SendAsync(request);
        var csv = await response.Content.ReadAsStringAsync();
        return int.Parse(csv.Split('\n')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Loads_an_allowed_url_into_a_graph_and_refuses_others_without_connecting()
    {
        await using var remote = ScriptedEndpoint.Answering("200 OK", "text/turtle; charset=utf-8", "@prefix ex: <http://example.org/> . ex:zoe ex:knows ex:alice , ex:bob .");
        var directory = remote.Url[..(remote.Url.LastIndexOf('/') + 1)];
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable(("Server:LoadSources", directory)));

        var (status, body) = await Update(host.Client, $"LOAD <{remote.Url}> INTO GRAPH <http://example.org/loaded>");
        Assert.True(status == HttpStatusCode.NoContent, body);
        Assert.Equal(2, await Count(host.Client, "http://example.org/loaded"));
        var sent = Assert.Single(remote.Requests);
        Assert.StartsWith("GET /sparql HTTP/1.1", sent);
        Assert.Contains("text/turtle", sent);

        // Another port of the same host is another URL: refused, and the update changes nothing.
        await using var other = ScriptedEndpoint.Answering("200 OK", "text/turtle", "<http://a/> <http://b/> <http://c/> .");
        (status, body) = await Update(host.Client, $"INSERT DATA {{ GRAPH <http://example.org/g2> {{ <http://a/> <http://b/> <http://c/> }} }} ; LOAD <{other.Url}>");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"update failed: LOAD <{other.Url}>: not a source LOAD may fetch (LoadSources); send the data with PUT /store or INSERT DATA instead", body.Trim());
        Assert.Empty(other.Requests);
        Assert.Equal(0, await Count(host.Client, "http://example.org/g2"));

        // LOAD SILENT of a refused source is no error and loads nothing.
        (status, _) = await Update(host.Client, $"LOAD SILENT <{other.Url}> INTO GRAPH <http://example.org/g3>");
        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(0, await Count(host.Client, "http://example.org/g3"));
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task Without_load_sources_no_url_is_fetched()
    {
        await using var remote = ScriptedEndpoint.Answering("200 OK", "text/turtle", "<http://a/> <http://b/> <http://c/> .");
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        var (status, body) = await Update(host.Client, $"LOAD <{remote.Url}>");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not a source LOAD may fetch (LoadSources)", body);
        Assert.Empty(remote.Requests);
    }

    [Fact]
    public async Task A_failing_source_is_a_clear_error_and_silent_skips_it()
    {
        await using var silent = ScriptedEndpoint.Silent();
        await using var endless = ScriptedEndpoint.Endless();
        await using var html = ScriptedEndpoint.Answering("200 OK", "text/html", "<html/>");
        await using var bad = ScriptedEndpoint.Answering("200 OK", "text/turtle", "<http://a/> <http://b/> .");
        await using var moved = ScriptedEndpoint.Answering("301 Moved Permanently", "text/plain", "", "Location: http://127.0.0.1:1/\r\n");
        var settings = TestServerHost.Writable(
            ("Server:LoadSources", string.Join(',', silent.Url, endless.Url, html.Url, bad.Url, moved.Url)),
            ("Server:ServiceTimeoutSeconds", "1"),
            ("Server:MaxBodyBytes", "50000"));
        await using var host = await TestServerHost.StartAsync(TestData.People(), settings);

        async Task<string> Error(string url)
        {
            var (status, body) = await Update(host.Client, $"LOAD <{url}>");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            return body.Trim();
        }

        Assert.Equal($"update failed: LOAD <{silent.Url}>: no complete answer within 1 s", await Error(silent.Url));
        Assert.Equal($"update failed: LOAD <{endless.Url}>: answered more than 50000 bytes (the limit)", await Error(endless.Url));
        Assert.Equal($"update failed: LOAD <{html.Url}>: answered with Content-Type 'text/html', not an RDF syntax kgexport reads", await Error(html.Url));
        Assert.StartsWith($"update failed: LOAD <{bad.Url}>: ", await Error(bad.Url));
        Assert.Equal($"update failed: LOAD <{moved.Url}>: answered HTTP 301 Moved Permanently", await Error(moved.Url));

        var (ok, _) = await Update(host.Client, $"LOAD SILENT <{silent.Url}> INTO GRAPH <http://example.org/s> ; INSERT DATA {{ GRAPH <http://example.org/s> {{ <http://a/> <http://b/> <http://c/> }} }}");
        Assert.Equal(HttpStatusCode.NoContent, ok);
        Assert.Equal(1, await Count(host.Client, "http://example.org/s"));
    }

    [Fact]
    public async Task A_load_source_that_is_no_http_url_stops_the_start()
    {
        var e = await Assert.ThrowsAsync<ServerConfigurationException>(() => TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable(("Server:LoadSources", "file:///etc/"))));
        Assert.Contains("LOAD source 'file:///etc/' is not an absolute http or https URL without credentials", e.Message);
    }
}
