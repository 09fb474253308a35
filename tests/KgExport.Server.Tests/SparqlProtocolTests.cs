using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KgExport.Server.Tests;

/// <summary>/sparql: the three ways to send a query, content negotiation, datasets, and the service description.</summary>
public sealed class SparqlProtocolTests
{
    private const string SelectNames = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?name WHERE { ?p rdfs:label ?name } ORDER BY STR(?name)";

    private static string Get(string query) => "/sparql?query=" + Uri.EscapeDataString(query);

    private static async Task<(HttpStatusCode Status, string? Type, string Body)> Send(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static List<string> Names(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("name").GetProperty("value").GetString()!).ToList();

    [Fact]
    public async Task Get_query_answers_json_results()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var (status, type, body) = await Send(host.Client, new HttpRequestMessage(HttpMethod.Get, Get(SelectNames)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/sparql-results+json", type);
        Assert.Equal(["Alice", "Bob", "Carol"], Names(body));
    }

    [Fact]
    public async Task Post_form_and_post_direct_answer_like_get()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var form = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new FormUrlEncodedContent([new("query", SelectNames)]) };
        var (formStatus, _, formBody) = await Send(host.Client, form);
        Assert.Equal(HttpStatusCode.OK, formStatus);
        Assert.Equal(["Alice", "Bob", "Carol"], Names(formBody));

        var direct = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent(SelectNames, Encoding.UTF8, "application/sparql-query") };
        var (directStatus, _, directBody) = await Send(host.Client, direct);
        Assert.Equal(HttpStatusCode.OK, directStatus);
        Assert.Equal(["Alice", "Bob", "Carol"], Names(directBody));
    }

    [Theory]
    [InlineData("application/sparql-results+json", "application/sparql-results+json", "\"Alice\"")]
    [InlineData("application/sparql-results+xml", "application/sparql-results+xml", "<literal xml:lang=\"en\">Alice</literal>")]
    [InlineData("text/csv", "text/csv", "name\r\nAlice\r\nBob\r\nCarol\r\n")]
    [InlineData("text/tab-separated-values", "text/tab-separated-values", "?name\n\"Alice\"@en\n")]
    [InlineData("application/json", "application/json", "\"bindings\"")]
    [InlineData("text/html;q=0.9, text/csv;q=0.5", "text/csv", "Carol")]
    [InlineData("*/*", "application/sparql-results+json", "\"Bob\"")]
    public async Task Select_results_follow_the_accept_header(string accept, string expectedType, string expectedFragment)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var request = new HttpRequestMessage(HttpMethod.Get, Get(SelectNames));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var (status, type, body) = await Send(host.Client, request);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expectedType, type);
        Assert.Contains(expectedFragment, body);
    }

    [Theory]
    [InlineData("text/turtle", "text/turtle", "ex:alice ex:knows ex:bob")]
    [InlineData("application/n-triples", "application/n-triples", "<http://example.org/alice> <http://example.org/knows> <http://example.org/bob> .")]
    [InlineData("application/ld+json", "application/ld+json", "\"@id\"")]
    [InlineData("application/trig", "application/trig", "ex:knows ex:bob")]
    [InlineData("application/n-quads", "application/n-quads", "<http://example.org/alice> <http://example.org/knows> <http://example.org/bob> .")]
    public async Task Construct_results_follow_the_accept_header(string accept, string expectedType, string expectedFragment)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var request = new HttpRequestMessage(HttpMethod.Get, Get("PREFIX ex: <http://example.org/> CONSTRUCT { ?a ex:knows ?b } WHERE { ?a ex:knows ?b }"));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var (status, type, body) = await Send(host.Client, request);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expectedType, type);
        Assert.Contains(expectedFragment, body);
    }

    [Fact]
    public async Task Ask_answers_a_boolean_in_json_and_xml()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var json = await host.Client.GetStringAsync(Get("ASK { <http://example.org/alice> ?p ?o }"));
        Assert.True(JsonDocument.Parse(json).RootElement.GetProperty("boolean").GetBoolean());
        var request = new HttpRequestMessage(HttpMethod.Get, Get("ASK { <http://example.org/nobody> ?p ?o }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/sparql-results+xml"));
        var (_, type, xml) = await Send(host.Client, request);
        Assert.Equal("application/sparql-results+xml", type);
        Assert.Contains("<boolean>false</boolean>", xml);
    }

    [Theory]
    [InlineData("SELECT * WHERE { ?s ?p ?o }", "image/png")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }", "application/sparql-results+json")]
    [InlineData("ASK {}", "text/csv")]
    public async Task Nothing_acceptable_is_406_with_the_types_on_offer(string query, string accept)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var request = new HttpRequestMessage(HttpMethod.Get, Get(query));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var (status, type, body) = await Send(host.Client, request);
        Assert.Equal(HttpStatusCode.NotAcceptable, status);
        Assert.Equal("text/plain", type);
        Assert.Contains("can be", body);
    }

    [Fact]
    public async Task Protocol_dataset_replaces_the_default_graph()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        const string who = "SELECT ?s WHERE { ?s <http://example.org/knows> <http://example.org/alice> }";
        var plain = await host.Client.GetStringAsync(Get(who));
        Assert.DoesNotContain("dave", plain);
        var fromG1 = await host.Client.GetStringAsync(Get(who) + "&default-graph-uri=" + Uri.EscapeDataString("http://example.org/g1"));
        Assert.Contains("http://example.org/dave", fromG1);
        var named = await host.Client.GetStringAsync(Get("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri=" + Uri.EscapeDataString("http://example.org/g1"));
        Assert.Contains("http://example.org/g1", named);
        var noneNamed = await host.Client.GetStringAsync(Get("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri=" + Uri.EscapeDataString("http://example.org/other"));
        Assert.DoesNotContain("http://example.org/g1", noneNamed);
    }

    [Fact]
    public async Task Without_a_query_sparql_serves_the_service_description()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        using var response = await host.Client.GetAsync("/sparql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("sd:Service", body);
        Assert.Contains("sd:endpoint <http://localhost/sparql>", body);
        Assert.Contains("sd:SPARQL11Query", body);
        Assert.DoesNotContain("sd:SPARQL11Update", body);
        Assert.Contains("sd:name <http://example.org/g1>", body);
    }

    [Fact]
    public async Task Service_description_lists_update_only_when_allowed()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        Assert.Contains("sd:SPARQL11Update", await host.Client.GetStringAsync("/sparql"));
    }

    [Fact]
    public async Task Reads_carry_cors_headers_for_any_origin_by_default()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var request = new HttpRequestMessage(HttpMethod.Get, Get("ASK {}"));
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Cors_preflight_allows_a_browser_to_post_a_query()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/sparql");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await host.Client.SendAsync(preflight);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Fact]
    public async Task Cors_can_be_switched_off()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), new Dictionary<string, string?> { ["Server:CorsEnabled"] = "false" });
        var request = new HttpRequestMessage(HttpMethod.Get, Get("ASK {}"));
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_can_be_limited_to_configured_origins()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), new Dictionary<string, string?> { ["Server:CorsOrigins"] = "https://ok.example" });
        var allowed = new HttpRequestMessage(HttpMethod.Get, Get("ASK {}"));
        allowed.Headers.Add("Origin", "https://ok.example");
        using var ok = await host.Client.SendAsync(allowed);
        Assert.Equal("https://ok.example", Assert.Single(ok.Headers.GetValues("Access-Control-Allow-Origin")));
        var other = new HttpRequestMessage(HttpMethod.Get, Get("ASK {}"));
        other.Headers.Add("Origin", "https://evil.example");
        using var refused = await host.Client.SendAsync(other);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Healthz_reports_ok_and_the_quad_count()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        using var response = await host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(TestData.People().Count, json.GetProperty("quads").GetInt32());
    }

    [Fact]
    public async Task Seed_articles_are_queryable_through_the_endpoint()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        const string query = """
            PREFIX kg: <https://w3id.org/kgexport/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?name WHERE { ?act a kg:RecognitionAct ; kg:recogniser ?r . ?r rdfs:label ?name } ORDER BY ?name
            """;
        var names = Names((await host.Client.GetStringAsync(Get(query))).Replace("\"recogniserName\"", "\"name\""));
        Assert.Contains("North Korea", names);
        Assert.Contains("Russia", names);
    }
}
