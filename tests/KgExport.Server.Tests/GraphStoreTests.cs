using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KgExport.Rdf;

namespace KgExport.Server.Tests;

/// <summary>/store: the Graph Store Protocol, reads open to all, writes behind the update gate.</summary>
public sealed class GraphStoreTests
{
    private const string G1 = "/store?graph=http%3A%2F%2Fexample.org%2Fg1";

    [Fact]
    public async Task Get_a_named_graph_as_turtle_and_n_triples()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        using var turtle = await host.Client.GetAsync(G1);
        Assert.Equal(HttpStatusCode.OK, turtle.StatusCode);
        Assert.Equal("text/turtle", turtle.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ex:dave ex:knows ex:alice", await turtle.Content.ReadAsStringAsync());

        var request = new HttpRequestMessage(HttpMethod.Get, G1);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/n-triples"));
        using var nt = await host.Client.SendAsync(request);
        Assert.Equal("<http://example.org/dave> <http://example.org/knows> <http://example.org/alice> .\n", await nt.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_the_default_graph_and_the_whole_dataset()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var defaultGraph = await host.Client.GetStringAsync("/store?default");
        Assert.Contains("ex:alice", defaultGraph);
        Assert.DoesNotContain("ex:dave", defaultGraph);

        using var all = await host.Client.GetAsync("/store");
        Assert.Equal("application/trig", all.Content.Headers.ContentType?.MediaType);
        var trig = await all.Content.ReadAsStringAsync();
        Assert.Contains("ex:g1 {", trig);
        Assert.Contains("ex:alice", trig);
    }

    [Fact]
    public async Task Head_gives_the_headers_without_a_body()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, G1));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Unknown_graph_is_404_and_unacceptable_type_406()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        using var missing = await host.Client.GetAsync("/store?graph=http%3A%2F%2Fexample.org%2Fnone");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/store");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/turtle"));
        using var notAcceptable = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
    }

    [Fact]
    public async Task Writes_are_403_on_a_read_only_server()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete })
        {
            var request = new HttpRequestMessage(method, G1);
            if (method != HttpMethod.Delete) request.Content = new StringContent("<http://x/a> <http://x/b> <http://x/c> .", Encoding.UTF8, "application/n-triples");
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Contains("ex:dave", await host.Client.GetStringAsync(G1));
    }

    [Fact]
    public async Task Put_post_and_delete_with_the_token()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        const string g2 = "/store?graph=http%3A%2F%2Fexample.org%2Fg2";
        var put = new HttpRequestMessage(HttpMethod.Put, g2) { Content = new StringContent("<http://x/a> <http://x/b> <http://x/c> .", Encoding.UTF8, "application/n-triples") };
        TestServerHost.Authorize(put);
        using (var r = await host.Client.SendAsync(put)) Assert.Equal(HttpStatusCode.Created, r.StatusCode);

        var post = new HttpRequestMessage(HttpMethod.Post, g2) { Content = new StringContent("<http://x/a> <http://x/b> <http://x/d> .", Encoding.UTF8, "text/turtle") };
        TestServerHost.Authorize(post);
        using (var r = await host.Client.SendAsync(post)) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        var nt = new HttpRequestMessage(HttpMethod.Get, g2);
        nt.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/n-triples"));
        using (var r = await host.Client.SendAsync(nt))
        {
            Assert.Equal("<http://x/a> <http://x/b> <http://x/c> .\n<http://x/a> <http://x/b> <http://x/d> .\n", string.Concat((await r.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).Select(l => l + "\n")));
        }

        var bad = new HttpRequestMessage(HttpMethod.Put, g2) { Content = new StringContent("<http://x/a> <http://x/b> .", Encoding.UTF8, "application/n-triples") };
        TestServerHost.Authorize(bad);
        using (var r = await host.Client.SendAsync(bad))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.StartsWith("request body:1:", await r.Content.ReadAsStringAsync());
        }

        var wrongType = new HttpRequestMessage(HttpMethod.Put, g2) { Content = new StringContent("a,b", Encoding.UTF8, "text/csv") };
        TestServerHost.Authorize(wrongType);
        using (var r = await host.Client.SendAsync(wrongType)) Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);

        var delete = new HttpRequestMessage(HttpMethod.Delete, g2);
        TestServerHost.Authorize(delete);
        using (var r = await host.Client.SendAsync(delete)) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        using (var r = await host.Client.GetAsync(g2)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Delete, g2);
        TestServerHost.Authorize(again);
        using (var r = await host.Client.SendAsync(again)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }

    [Fact]
    public async Task Rdf_xml_is_accepted_on_upload_and_served_on_get()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        const string g3 = "/store?graph=http%3A%2F%2Fexample.org%2Fg3";
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
              <rdf:Description rdf:about="http://example.org/kosovo"><ex:name xml:lang="sq">Kosova</ex:name></rdf:Description>
            </rdf:RDF>
            """;
        var put = new HttpRequestMessage(HttpMethod.Put, g3) { Content = new StringContent(xml, Encoding.UTF8, "application/rdf+xml") };
        TestServerHost.Authorize(put);
        using (var r = await host.Client.SendAsync(put)) Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var get = new HttpRequestMessage(HttpMethod.Get, g3);
        get.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rdf+xml"));
        using var response = await host.Client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rdf+xml", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body);
        var back = new RdfXmlParser(new ParserOptions()).Parse(new StringReader(body)).ToList();
        Assert.Equal([new Quad(new Iri("http://example.org/kosovo"), new Iri("http://example.org/name"), Literal.WithLanguage("Kosova", "sq"))], back);
    }
}
