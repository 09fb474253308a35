using System.Net;
using System.Text;

namespace KgExport.Server.Tests;

/// <summary>Every bad request gets its status and a one-line message, and the server goes on serving.</summary>
public sealed class BadInputTests
{
    private static async Task AssertStillServing(HttpClient client)
    {
        using var response = await client.GetAsync("/sparql?query=" + Uri.EscapeDataString("ASK { ?s ?p ?o }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("true", await response.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string Body)> Send(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, body);
    }

    [Fact]
    public async Task Malformed_query_is_400_with_the_parsers_message_and_position()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE {\n  ?s ?p\n}")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("malformed query: 3:1: ", body);
        Assert.DoesNotContain(" at KgExport", body);
        await AssertStillServing(host.Client);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var request = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent("ASK {}", Encoding.UTF8, "text/plain") };
        var (status, body) = await Send(host.Client, request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("application/sparql-query", body);
        await AssertStillServing(host.Client);
    }

    [Fact]
    public async Task Non_utf8_charset_is_415()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var content = new ByteArrayContent(Encoding.Unicode.GetBytes("ASK {}"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/sparql-query; charset=UTF-16");
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = content });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("UTF-8", body);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), new Dictionary<string, string?> { ["Server:MaxBodyBytes"] = "1000" });
        var query = "ASK { ?s ?p ?o } #" + new string('x', 2000);
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent(query, Encoding.UTF8, "application/sparql-query") });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("1000 bytes", body);

        // Without a Content-Length the limit still holds while reading.
        var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(query)));
        streamed.Headers.TryAddWithoutValidation("Content-Type", "application/sparql-query");
        var request = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = streamed };
        request.Headers.TransferEncodingChunked = true;
        var (chunkedStatus, _) = await Send(host.Client, request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedStatus);
        await AssertStillServing(host.Client);
    }

    [Fact]
    public async Task Query_past_its_timeout_is_503_with_a_message()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Numbers(3000));
        const string crossJoin = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }";
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, "/sparql?timeout=0.3&query=" + Uri.EscapeDataString(crossJoin)));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("timed out after 0.3 s", body);
        await AssertStillServing(host.Client);
    }

    [Fact]
    public async Task A_request_cannot_ask_for_more_time_than_configured()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Numbers(3000), new Dictionary<string, string?> { ["Server:QueryTimeoutSeconds"] = "0.2" });
        const string crossJoin = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }";
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, "/sparql?timeout=3600&query=" + Uri.EscapeDataString(crossJoin)));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("timed out after 0.2 s", body);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("soon")]
    public async Task Bad_timeout_parameter_is_400(string timeout)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, $"/sparql?timeout={timeout}&query=ASK%7B%7D"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("timeout must be a positive number", body);
    }

    [Fact]
    public async Task Result_over_the_row_limit_is_503_naming_the_limit()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Numbers(50), new Dictionary<string, string?> { ["Server:RowLimit"] = "10" });
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { ?s ?p ?o }")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("limit of 10 rows", body);
        using var ok = await host.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { ?s ?p ?o } LIMIT 10"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Theory]
    [InlineData("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", "exactly one 'query'")]
    [InlineData("/sparql?update=CLEAR%20ALL", "must be POSTed")]
    [InlineData("/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", "absolute IRI")]
    [InlineData("/resource", "/resource?iri=")]
    [InlineData("/resource?iri=relative", "absolute IRI")]
    [InlineData("/store?graph=http%3A%2F%2Fexample.org%2Fg1&default", "not both")]
    public async Task Bad_parameters_are_400(string path, string expected)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var (status, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body);
    }

    [Fact]
    public async Task Missing_content_type_is_415_and_form_without_query_is_400()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var bare = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("query=ASK%20%7B%7D")) };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Send(host.Client, bare)).Status);
        var empty = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new FormUrlEncodedContent([new("other", "x")]) };
        var (status, body) = await Send(host.Client, empty);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("no 'query'", body);
    }

    [Fact]
    public async Task Service_refused_is_400_not_a_crash()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var (status, _) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        await AssertStillServing(host.Client);
    }
}
