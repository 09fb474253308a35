using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KgExport.Server.Tests;

/// <summary>Minted IRIs dereference at /id/…; /resource describes any IRI; HTML, Turtle and JSON-LD by negotiation.</summary>
public sealed class LinkedDataTests
{
    private const string NorthKoreaNorthKoreaDpr = "/id/recognition/north-korea_donetsk-peoples-republic_state_1";

    private static async Task<(HttpStatusCode Status, string? Type, string Body)> Get(HttpClient client, string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Html_page_shows_label_type_facts_both_ways_evidence_and_article()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var (status, type, html) = await Get(host.Client, NorthKoreaNorthKoreaDpr, "text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", type);
        Assert.Contains("<code id=\"iri\">https://w3id.org/kgexport/id/recognition/north-korea_donetsk-peoples-republic_state_1</code>", html);
        Assert.Contains("title=\"https://w3id.org/kgexport/ontology#RecognitionAct\">kg:RecognitionAct</a>", html);
        // An outgoing fact links to the recogniser's own page, shown by its label.
        Assert.Contains("<a href=\"http://localhost/id/entity/Q423\" title=\"https://w3id.org/kgexport/id/entity/Q423\">North Korea</a>", html);
        Assert.Contains("<div id=\"evidence\">", html);
        Assert.Contains("<blockquote>“", html);
        Assert.Contains("North Korea recognises breakaway of Russia&#x27;s proxies in east Ukraine</a>", html);

        var (_, _, entity) = await Get(host.Client, "/id/entity/Q423", "text/html");
        Assert.Contains("<h1 id=\"label\">North Korea</h1>", entity);
        Assert.Contains("<table id=\"in\">", entity);
        Assert.Contains("href=\"http://localhost/id/recognition/north-korea_donetsk-peoples-republic_state_1\"", entity);
    }

    [Fact]
    public async Task Turtle_and_json_ld_by_content_negotiation()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var (status, type, turtle) = await Get(host.Client, "/id/entity/Q423", "text/turtle");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/turtle", type);
        Assert.Contains("rdfs:label \"North Korea\"@en", turtle);
        Assert.Contains("kg:recogniser entity:Q423", turtle);

        var (jsonStatus, jsonType, jsonLd) = await Get(host.Client, "/id/entity/Q423", "application/ld+json");
        Assert.Equal(HttpStatusCode.OK, jsonStatus);
        Assert.Equal("application/ld+json", jsonType);
        using var doc = JsonDocument.Parse(jsonLd);
        Assert.Contains("North Korea", jsonLd);

        var (_, plainType, _) = await Get(host.Client, "/id/entity/Q423");
        Assert.Equal("text/html", plainType);
        var (notAcceptable, _, _) = await Get(host.Client, "/id/entity/Q423", "image/png");
        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable);
    }

    [Fact]
    public async Task Resource_describes_any_iri_in_the_store()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var (status, _, html) = await Get(host.Client, "/resource?iri=" + Uri.EscapeDataString("http://example.org/alice"), "text/html");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 id=\"label\">Alice</h1>", html);
        Assert.Contains("href=\"http://localhost/resource?iri=http%3A%2F%2Fexample.org%2Fbob\"", html);
        var (_, _, turtle) = await Get(host.Client, "/resource?iri=" + Uri.EscapeDataString("http://example.org/alice"), "text/turtle");
        Assert.Contains("ex:alice", turtle);
        Assert.Contains("ex:dave ex:knows ex:alice", turtle);
    }

    [Fact]
    public async Task Unknown_iri_is_404()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var (status, type, body) = await Get(host.Client, "/id/entity/nowhere", "text/html");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/plain", type);
        Assert.Contains("https://w3id.org/kgexport/id/entity/nowhere", body);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(host.Client, "/resource?iri=http%3A%2F%2Fexample.org%2Fnone")).Status);
    }

    [Fact]
    public async Task Public_base_and_minted_namespace_are_configurable()
    {
        var dataset = TestData.People();
        dataset.Add(new KgExport.Rdf.Iri("https://kg.example/id/x"), new KgExport.Rdf.Iri("http://www.w3.org/2000/01/rdf-schema#label"), new KgExport.Rdf.Literal("X"));
        dataset.Add(new KgExport.Rdf.Iri("https://kg.example/id/x"), new KgExport.Rdf.Iri("http://example.org/knows"), new KgExport.Rdf.Iri("https://kg.example/id/y"));
        await using var host = await TestServerHost.StartAsync(dataset, new Dictionary<string, string?>
        {
            ["Server:PublicBase"] = "https://public.example/kg",
            ["Server:MintedNamespace"] = "https://kg.example/id/",
        });
        var (status, _, html) = await Get(host.Client, "/id/x", "text/html");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 id=\"label\">X</h1>", html);
        Assert.Contains("href=\"https://public.example/kg/id/y\"", html);
        Assert.Contains("sd:endpoint <https://public.example/kg/sparql>", await host.Client.GetStringAsync("/sparql"));
    }

    [Fact]
    public async Task Head_on_a_resource_has_no_body()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var request = new HttpRequestMessage(HttpMethod.Head, "/id/entity/Q423");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/turtle"));
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_named_graph_listed_in_the_service_description_has_a_page_and_bare_id_says_what_it_serves()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var request = new HttpRequestMessage(HttpMethod.Get, "/id/graph/000_ee2775bcac5f55b5");
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("text/html"));
        using (var page = await host.Client.SendAsync(request))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<p id=\"graph\">A named graph of ", html);
            Assert.Contains("store?graph=https%3A%2F%2Fw3id.org%2Fkgexport%2Fid%2Fgraph%2F000_ee2775bcac5f55b5", html);
        }
        using var bare = await host.Client.GetAsync("/id/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, bare.StatusCode);
        Assert.Contains("/id/PATH describes https://w3id.org/kgexport/id/PATH", await bare.Content.ReadAsStringAsync());
        Assert.Contains("\"mintedNamespace\":\"https://w3id.org/kgexport/id/\"", await host.Client.GetStringAsync("/ui-settings.json"));
    }
}
