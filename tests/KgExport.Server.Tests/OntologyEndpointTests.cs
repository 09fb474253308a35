using System.Net;
using System.Text;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Server.Tests;

/// <summary>/ontology serves ontology/kg.ttl at its namespace: Turtle, JSON-LD, N-Triples or HTML by negotiation, else 406.</summary>
public sealed class OntologyEndpointTests
{
    private static readonly string RepositoryTurtle = File.ReadAllText(TestPaths.InRepository("ontology", "kg.ttl"));

    private static async Task<(HttpStatusCode Status, string? Type, string? Vary, string Body)> Get(HttpClient client, string? accept, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, "/ontology");
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, string.Join(",", response.Headers.Vary), await response.Content.ReadAsStringAsync());
    }

    private static List<Quad> Parse(string text, RdfFormat format)
    {
        var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = "response", BaseIri = OntologyDocuments.OntologyIri, DocumentLoader = OntologyDocuments.Loader() });
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. RdfIo.Parse(parser, bytes, "response")];
    }

    [Fact]
    public async Task Turtle_is_the_repository_file_byte_for_byte_and_the_default()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var (status, type, vary, body) = await Get(host.Client, "text/turtle");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/turtle", type);
        Assert.Equal("Accept", vary);
        Assert.Equal(RepositoryTurtle, body);
        // curl without an Accept header, or */*, gets the Turtle too.
        Assert.Equal(RepositoryTurtle, (await Get(host.Client, null)).Body);
        Assert.Equal("text/turtle", (await Get(host.Client, "*/*")).Type);
    }

    [Theory]
    [InlineData("application/ld+json", RdfFormat.JsonLd)]
    [InlineData("application/n-triples", RdfFormat.NTriples)]
    [InlineData("text/turtle;q=0.5, application/n-triples", RdfFormat.NTriples)]
    public async Task Json_ld_and_n_triples_hold_the_same_triples(string accept, RdfFormat format)
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var (status, type, _, body) = await Get(host.Client, accept);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(RdfFormats.MediaType(format), type);
        var expected = Parse(RepositoryTurtle, RdfFormat.Turtle);
        var actual = Parse(body, format);
        Assert.True(expected.Count > 500, $"only {expected.Count} triples in kg.ttl?");
        Assert.True(Isomorphism.AreIsomorphic(expected, actual), Isomorphism.Describe(expected, actual));
    }

    [Fact]
    public async Task A_browser_gets_the_linked_data_page_of_the_ontology()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var (status, type, _, html) = await Get(host.Client, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", type);
        Assert.Contains("<h1 id=\"label\">KgExport ontology</h1>", html);
        Assert.Contains("<code id=\"iri\">https://w3id.org/kgexport/ontology</code>", html);
    }

    [Fact]
    public async Task An_unsupported_type_is_406_and_head_has_no_body()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var (status, type, _, body) = await Get(host.Client, "image/png");
        Assert.Equal(HttpStatusCode.NotAcceptable, status);
        Assert.Equal("text/plain", type);
        Assert.Contains("text/turtle, application/ld+json, application/n-triples, text/html", body);

        var head = await Get(host.Client, "application/n-triples", HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal("", head.Body);
    }
}
