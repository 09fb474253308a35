using System.Net;
using System.Net.Http.Headers;
using KgExport.Rdf;
using KgExport.Sparql.Results;

namespace KgExport.Server.Tests.Federation;

/// <summary>
/// SERVICE against endpoints on this machine only: a second kgexport server over real TCP, and scripted endpoints
/// that answer in XML, redirect, fail, never answer or never stop answering.
/// </summary>
public sealed class ServiceFederationTests
{
    private const string Prologue = "PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    /// <summary>Where the people of <see cref="TestData.People"/> live: data only the remote server holds.</summary>
    private static Dataset Cities()
    {
        var d = new Dataset();
        d.Add(new Iri(TestData.Ex + "alice"), new Iri(TestData.Ex + "livesIn"), Literal.Typed("Paris", Vocab.Xsd.String), null);
        d.Add(new Iri(TestData.Ex + "bob"), new Iri(TestData.Ex + "livesIn"), Literal.Typed("Oslo", Vocab.Xsd.String), null);
        d.Add(new Iri(TestData.Ex + "zoe"), new Iri(TestData.Ex + "livesIn"), Literal.Typed("Lima", Vocab.Xsd.String), null);
        return d;
    }

    private static Dictionary<string, string?> Allowing(params string[] endpoints) => new()
    {
        ["Server:ServiceEndpoints"] = string.Join(',', endpoints),
        ["Server:ServiceTimeoutSeconds"] = "2",
    };

    private static async Task<(HttpStatusCode Status, string Body)> Ask(HttpClient client, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(Prologue + query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/sparql-results+json"));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<string> Column(string json, string variable)
    {
        var result = JsonResultsReader.Read(new StringReader(json));
        var i = result.Variables.ToList().IndexOf(variable);
        return result.Rows.Select(r => i < 0 || r[i] is null ? "-" : r[i] is Literal l ? l.LexicalForm : r[i]!.ToString()!).ToList();
    }

    [Fact]
    public async Task Joins_local_data_with_a_second_kgexport_server()
    {
        var (remote, address) = await KestrelEndToEndTests.StartKestrel([], Cities());
        await using var _ = remote;
        var endpoint = new Uri(address, "/sparql").ToString();
        await using var local = await TestServerHost.StartAsync(TestData.People(), Allowing(endpoint));

        var (status, body) = await Ask(local.Client, $"SELECT ?name ?city WHERE {{ ?p rdfs:label ?name . SERVICE <{endpoint}> {{ ?p ex:livesIn ?city }} }} ORDER BY STR(?name)");
        Assert.Equal(HttpStatusCode.OK, status);
        // Alice and Bob are in both; Carol has no city remotely, Zoe no label locally.
        Assert.Equal(["Alice", "Bob"], Column(body, "name"));
        Assert.Equal(["Paris", "Oslo"], Column(body, "city"));

        // OPTIONAL around SERVICE keeps the local rows the remote cannot match.
        (status, body) = await Ask(local.Client, $"SELECT ?name ?city WHERE {{ ?p rdfs:label ?name OPTIONAL {{ SERVICE <{endpoint}> {{ ?p ex:livesIn ?city }} }} }} ORDER BY STR(?name)");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Alice", "Bob", "Carol"], Column(body, "name"));
        Assert.Equal(["Paris", "Oslo", "-"], Column(body, "city"));
    }

    [Fact]
    public async Task Sends_the_group_as_written_with_the_prologue_and_reads_xml_answers()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="p"/><variable name="city"/><variable name="other"/></head>
            <results><result><binding name="p"><uri>http://example.org/carol</uri></binding><binding name="city"><literal xml:lang="fr">Genève</literal></binding><binding name="other"><literal>dropped</literal></binding></result></results></sparql>
            """;
        await using var remote = ScriptedEndpoint.Answering("200 OK", "application/sparql-results+xml; charset=utf-8", xml);
        await using var local = await TestServerHost.StartAsync(TestData.People(), Allowing(remote.Url));

        var (status, body) = await Ask(local.Client, $"SELECT * WHERE {{ ?p rdfs:label ?name . SERVICE <{remote.Url}> {{ ?p ex:livesIn ?city }} }}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Carol"], Column(body, "name"));
        Assert.Equal(["Genève"], Column(body, "city"));
        // A variable the group does not mention is not let into the query's solutions.
        Assert.DoesNotContain("other", JsonResultsReader.Read(new StringReader(body)).Variables);

        var sent = Assert.Single(remote.Requests);
        Assert.StartsWith("POST /sparql HTTP/1.1", sent);
        Assert.Contains("Content-Type: application/sparql-query", sent);
        Assert.Contains("Accept: application/sparql-results+json, application/sparql-results+xml; q=0.9", sent);
        Assert.Contains("PREFIX ex: <http://example.org/>", sent);
        Assert.Contains("SELECT * WHERE { ?p ex:livesIn ?city }", sent);
        Assert.DoesNotContain("rdfs:label", sent[sent.IndexOf("SELECT", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task An_endpoint_off_the_list_is_refused_before_any_connection_unless_silent()
    {
        await using var listed = ScriptedEndpoint.Answering("200 OK", "application/sparql-results+json", """{"head":{"vars":[]},"results":{"bindings":[{}]}}""");
        await using var other = ScriptedEndpoint.Answering("200 OK", "application/sparql-results+json", """{"head":{"vars":[]},"results":{"bindings":[{}]}}""");
        await using var local = await TestServerHost.StartAsync(TestData.People(), Allowing(listed.Url));

        var (status, body) = await Ask(local.Client, $"SELECT * WHERE {{ SERVICE <{other.Url}> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"SERVICE <{other.Url}>: the endpoint is not on the allow-list (--allow-service)", body.Trim());

        (status, body) = await Ask(local.Client, $"SELECT ?name WHERE {{ ex:alice rdfs:label ?name SERVICE SILENT <{other.Url}> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Alice"], Column(body, "name"));
        Assert.Empty(other.Requests);

        // Without any allowed endpoint the server never federates.
        await using var closed = await TestServerHost.StartAsync(TestData.People());
        (status, body) = await Ask(closed.Client, $"SELECT * WHERE {{ SERVICE <{listed.Url}> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("federated queries are off", body);
        Assert.Empty(listed.Requests);
    }

    [Fact]
    public async Task A_remote_that_never_answers_fails_at_the_service_timeout_and_silent_goes_on()
    {
        await using var remote = ScriptedEndpoint.Silent();
        await using var local = await TestServerHost.StartAsync(TestData.People(), Allowing(remote.Url));

        var (status, body) = await Ask(local.Client, $"SELECT * WHERE {{ SERVICE <{remote.Url}> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"SERVICE <{remote.Url}>: no complete answer within 2 s", body.Trim());

        (status, body) = await Ask(local.Client, $"SELECT ?name WHERE {{ ex:bob rdfs:label ?name SERVICE SILENT <{remote.Url}> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Bob"], Column(body, "name"));
    }

    [Fact]
    public async Task A_remote_that_never_stops_answering_is_cut_at_the_size_limit()
    {
        await using var remote = ScriptedEndpoint.Endless();
        var settings = Allowing(remote.Url);
        settings["Server:ServiceMaxResponseBytes"] = "100000";
        settings["Server:ServiceTimeoutSeconds"] = "30";
        await using var local = await TestServerHost.StartAsync(TestData.People(), settings);

        var (status, body) = await Ask(local.Client, $"SELECT * WHERE {{ SERVICE <{remote.Url}> {{ ?x ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"SERVICE <{remote.Url}>: answered more than 100000 bytes (the limit)", body.Trim());
    }

    [Fact]
    public async Task Too_many_solutions_redirects_errors_and_non_results_are_clear_errors()
    {
        var rows = string.Join(',', Enumerable.Range(0, 6).Select(i => "{\"x\":{\"type\":\"literal\",\"value\":\"" + i + "\"}}"));
        await using var many = ScriptedEndpoint.Answering("200 OK", "application/sparql-results+json", "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[" + rows + "]}}");
        await using var moved = ScriptedEndpoint.Answering("302 Found", "text/plain", "", "Location: http://127.0.0.1:1/sparql\r\n");
        await using var broken = ScriptedEndpoint.Answering("500 Internal Server Error", "text/plain", "store is down\nstack trace...");
        await using var html = ScriptedEndpoint.Answering("200 OK", "text/html", "<html>login</html>");
        await using var garbled = ScriptedEndpoint.Answering("200 OK", "application/sparql-results+json", "{\"head\":");
        // Entity expansion: ten levels of ten, 10^10 characters from a small answer.
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE sparql [<!ENTITY l0 \"ha\">"
            + string.Concat(Enumerable.Range(1, 10).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">"))
            + "]>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable name=\"x\"/></head><results><result><binding name=\"x\"><literal>&l10;</literal></binding></result></results></sparql>";
        await using var bomb = ScriptedEndpoint.Answering("200 OK", "application/sparql-results+xml", laughs);
        var settings = Allowing(many.Url, moved.Url, broken.Url, html.Url, garbled.Url, bomb.Url);
        settings["Server:RowLimit"] = "5";
        await using var local = await TestServerHost.StartAsync(TestData.People(), settings);

        async Task<string> Error(string url)
        {
            var (status, body) = await Ask(local.Client, $"SELECT * WHERE {{ SERVICE <{url}> {{ ?x ?p ?o }} }}");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            return body.Trim();
        }

        Assert.Equal($"SERVICE <{many.Url}>: answered more than 5 solutions (the limit)", await Error(many.Url));
        Assert.Equal($"SERVICE <{moved.Url}>: answered HTTP 302 Found", await Error(moved.Url));
        Assert.Equal($"SERVICE <{broken.Url}>: answered HTTP 500 Internal Server Error: store is down", await Error(broken.Url));
        Assert.Equal($"SERVICE <{html.Url}>: answered with Content-Type 'text/html', not SPARQL results JSON or XML", await Error(html.Url));
        Assert.StartsWith($"SERVICE <{garbled.Url}>: answered with malformed results: ", await Error(garbled.Url));
        Assert.Contains("DTD", await Error(bomb.Url));
    }

    [Fact]
    public async Task The_service_description_says_federation_is_on_and_bad_endpoints_stop_the_start()
    {
        await using var local = await TestServerHost.StartAsync(TestData.People(), Allowing("http://127.0.0.1:9/sparql"));
        var description = await local.Client.GetStringAsync("/sparql");
        Assert.Contains("sd:BasicFederatedQuery", description);
        await using var plain = await TestServerHost.StartAsync(TestData.People());
        Assert.DoesNotContain("BasicFederatedQuery", await plain.Client.GetStringAsync("/sparql"));

        var e = await Assert.ThrowsAsync<ServerConfigurationException>(() => TestServerHost.StartAsync(TestData.People(), Allowing("file:///etc/passwd")));
        Assert.Contains("SERVICE endpoint 'file:///etc/passwd' is not an absolute http or https URL without credentials", e.Message);
    }

    [Fact]
    public void Federation_settings_bound_each_call_by_the_row_limit()
    {
        var settings = new ServerSettings { ServiceEndpoints = "http://a.example/sparql, http://b.example/sparql", RowLimit = 7, ServiceTimeoutSeconds = 3 };
        var federation = settings.Federation()!;
        Assert.Equal(7, federation.MaxRows);
        Assert.Equal(TimeSpan.FromSeconds(3), federation.Timeout);
        Assert.True(federation.Allows("HTTP://A.EXAMPLE/sparql"));
        Assert.False(federation.Allows("http://a.example/sparql/other"));
        Assert.Null(new ServerSettings().Federation());
    }
}
