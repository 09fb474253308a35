using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using KgExport.Corpus;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KgExport.Server.Tests;

/// <summary>The real thing: Kestrel on 127.0.0.1 with a free port, spoken to by a plain HttpClient over TCP.</summary>
public sealed class KestrelEndToEndTests
{
    internal static async Task<(WebApplication App, Uri Address)> StartKestrel(Dictionary<string, string?> settings, Rdf.Dataset? dataset = null, Action<WebApplicationBuilder>? configure = null)
    {
        settings["Server:Host"] = "127.0.0.1";
        settings["Server:Port"] = "0";
        var app = KgServer.Create(dataset ?? TestData.Seeds(), [], settings, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address));
    }

    [Fact]
    public async Task Serves_queries_pages_updates_and_errors_over_tcp_then_shuts_down()
    {
        var (app, address) = await StartKestrel(TestServerHost.Writable());
        Assert.Equal("127.0.0.1", address.Host);
        using var client = new HttpClient { BaseAddress = address };

        var health = await client.GetStringAsync("/healthz");
        Assert.Contains("\"status\":\"ok\"", health);

        const string query = "PREFIX kg: <https://w3id.org/kgexport/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:RecognitionAct }";
        var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using (var response = await client.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csv = await response.Content.ReadAsStringAsync();
            Assert.StartsWith("n\r\n", csv);
            Assert.True(int.Parse(csv[3..].Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 2, csv);
        }

        var page = new HttpRequestMessage(HttpMethod.Get, "/id/entity/Q423");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using (var response = await client.SendAsync(page))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<h1 id=\"label\">North Korea</h1>", await response.Content.ReadAsStringAsync());
        }

        using (var bad = await client.GetAsync("/sparql?query=SELEC"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.StartsWith("malformed query: 1:1:", await bad.Content.ReadAsStringAsync());
        }

        // Readers in parallel with a writer: the lock keeps every answer whole.
        var reads = Enumerable.Range(0, 40).Select(async i =>
        {
            using var r = await client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { ?s ?p ?o } LIMIT 50"));
            return r.StatusCode;
        }).ToList();
        var insert = new HttpRequestMessage(HttpMethod.Post, "/update") { Content = new StringContent("INSERT DATA { <http://example.org/e2e> <http://example.org/p> 1 }", Encoding.UTF8, "application/sparql-update") };
        TestServerHost.Authorize(insert);
        using (var r = await client.SendAsync(insert)) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        Assert.All(await Task.WhenAll(reads), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains("true", await client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString("ASK { <http://example.org/e2e> ?p ?o }")));

        await app.StopAsync();
        await app.DisposeAsync();
        using var probe = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync(address.Host, address.Port));
    }

    [Fact]
    public async Task Hostile_requests_get_their_status_and_the_server_still_answers_healthz()
    {
        var (app, address) = await StartKestrel(TestServerHost.Writable());
        try
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            async Task AssertHealthy()
            {
                using var health = await client.GetAsync("/healthz");
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.Contains("\"status\":\"ok\"", await health.Content.ReadAsStringAsync());
            }
            async Task<(HttpStatusCode Status, string Body)> Send(HttpRequestMessage request)
            {
                using var response = await client.SendAsync(request);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }

            // The anonymous 6.5 KB GET that ended the process with a stack overflow.
            var (status, body) = await Send(new HttpRequestMessage(HttpMethod.Get, "/sparql?query=ASK{FILTER(" + new string('(', 7000)));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            // "ASK{FILTER(" is 11 characters; the group is level 1, so bracket k opens level k + 1.
            Assert.Equal($"malformed query: 1:{11 + Sparql.Syntax.SparqlParser.MaxNesting}: nesting deeper than {Sparql.Syntax.SparqlParser.MaxNesting} levels", body.TrimEnd());
            await AssertHealthy();

            // Flat text that translates deep: 20,000 OPTIONALs in one group.
            var optionals = "ASK { ?s ?p ?o " + string.Concat(Enumerable.Repeat("OPTIONAL { ?s ?p ?o } ", 20_000)) + "}";
            (status, body) = await Send(new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent(optionals, Encoding.UTF8, "application/sparql-query") });
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains($"nesting deeper than {Sparql.Algebra.AlgebraDepth.Max} levels", body);
            await AssertHealthy();

            // A REGEX that backtracks for hours is stopped with the query's 2 s and answered 503, never 200 with n=0.
            const string regex = "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?s { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } FILTER(REGEX(?s, \"^(a+)+$\")) }";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            (status, body) = await Send(new HttpRequestMessage(HttpMethod.Get, "/sparql?timeout=2&query=" + Uri.EscapeDataString(regex)));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Contains("timed out after 2 s", body);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
            await AssertHealthy();

            // Deep documents and updates from an authorised writer are 400s too.
            var jsonLd = string.Concat(Enumerable.Repeat("{\"http://x/p\": ", 4000)) + "1" + new string('}', 4000);
            var put = new HttpRequestMessage(HttpMethod.Put, "/store?graph=" + Uri.EscapeDataString("http://example.org/deep")) { Content = new StringContent(jsonLd, Encoding.UTF8, "application/ld+json") };
            TestServerHost.Authorize(put);
            (status, body) = await Send(put);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains($"nesting deeper than {Rdf.NestingLimit.Json} levels", body);
            await AssertHealthy();

            var update = new HttpRequestMessage(HttpMethod.Post, "/update")
            {
                Content = new StringContent("INSERT DATA { <http://x/s> <http://x/p> " + string.Concat(Enumerable.Repeat("[ <http://x/p> ", 20_000)) + "1" + string.Concat(Enumerable.Repeat(" ]", 20_000)) + " }", Encoding.UTF8, "application/sparql-update"),
            };
            TestServerHost.Authorize(update);
            (status, body) = await Send(update);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains($"nesting deeper than {Sparql.Syntax.SparqlParser.MaxNesting} levels", body);
            await AssertHealthy();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Binds_to_loopback_by_default()
    {
        var app = KgServer.Create(TestData.People(), [], new Dictionary<string, string?> { ["Server:Port"] = "0" });
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            Assert.Equal("127.0.0.1", address.Host);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void Bad_configuration_is_one_clear_message()
    {
        var e = Assert.Throws<ServerConfigurationException>(() => KgServer.Create(TestData.People(), [], new Dictionary<string, string?>
        {
            ["Server:Port"] = "70000",
            ["Server:Host"] = "not-an-address",
        }));
        Assert.Contains("port 70000", e.Message);
        Assert.Contains("host 'not-an-address'", e.Message);
    }

    [Fact]
    public void Loading_a_broken_file_names_the_file_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kgexport-serve-{Guid.NewGuid():N}.ttl");
        File.WriteAllText(path, "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        try
        {
            var e = Assert.Throws<DatasetLoadException>(() => DatasetLoader.Load([path], new CorpusOptions()));
            Assert.StartsWith(path + ":2:", e.Message);
            Assert.Contains("no such file", Assert.Throws<DatasetLoadException>(() => DatasetLoader.Load([path + ".missing.ttl"], new CorpusOptions())).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
