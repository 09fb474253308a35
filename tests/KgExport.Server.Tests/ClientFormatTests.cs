using System.Net;
using System.Net.Http.Headers;
using KgExport.Rdf;

namespace KgExport.Server.Tests;

/// <summary>What clients ask for by default: XML results that say the encoding they are in, RDF/XML graphs.</summary>
public sealed class ClientFormatTests
{
    private static async Task<(HttpResponseMessage Response, string Body)> Get(HttpClient client, string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")]
    [InlineData("ASK { ?s ?p ?o }")]
    public async Task Xml_results_declare_the_utf_8_they_are_sent_in(string query)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var (response, body) = await Get(host.Client, "/sparql?query=" + Uri.EscapeDataString(query), "application/sparql-results+xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body);
        // An XML parser reading the bytes trusts the declaration: it must agree with them.
        var bytes = await (await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(query)) { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("application/sparql-results+xml") } } })).Content.ReadAsByteArrayAsync();
        System.Xml.Linq.XDocument.Load(new MemoryStream(bytes));
    }

    [Fact]
    public async Task Construct_and_linked_data_pages_answer_rdf_xml()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 20";
        var (response, body) = await Get(host.Client, "/sparql?query=" + Uri.EscapeDataString(construct), "application/rdf+xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rdf+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(20, new RdfXmlParser(new ParserOptions()).Parse(new StringReader(body)).Count());

        var (page, pageBody) = await Get(host.Client, "/id/entity/Q423", "application/rdf+xml");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var triples = new RdfXmlParser(new ParserOptions()).Parse(new StringReader(pageBody)).ToList();
        Assert.Contains(triples, q => q.Subject == new Iri("https://w3id.org/kgexport/id/entity/Q423") && q.Object is Literal { LexicalForm: "North Korea" });
    }
}
