using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KgExport.Rdf;
using KgExport.Server.LinkedData;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KgExport.Server.Tests;

/// <summary>
/// Issue 16 against a real Kestrel on loopback: links, CORS on writes, IRI(), local contexts, LOAD, log lines, page
/// size and the lock. After each hostile request the server must still answer /healthz.
/// </summary>
public sealed class KestrelSecurityTests
{
    private sealed class Server(WebApplication app, Uri address) : IAsyncDisposable
    {
        public HttpClient Client { get; } = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

        public Uri Address => address;

        public async Task<(HttpStatusCode Status, string Body, HttpResponseHeaders Headers)> Send(HttpRequestMessage request)
        {
            using var response = await Client.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);
        }

        public async Task AssertHealthy()
        {
            using var health = await Client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"status\":\"ok\"", await health.Content.ReadAsStringAsync());
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<Server> Start(Dataset? dataset = null, Action<WebApplicationBuilder>? configure = null, params (string Key, string? Value)[] more)
    {
        var (app, address) = await KestrelEndToEndTests.StartKestrel(TestServerHost.Writable(more), dataset ?? TestData.People(), configure);
        return new Server(app, address);
    }

    private static HttpRequestMessage Update(string path, string update, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(update, Encoding.UTF8, "application/sparql-update") };
        TestServerHost.Authorize(request);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return request;
    }

    [Fact]
    public async Task Links_never_come_from_a_forged_host_header()
    {
        await using var server = await Start();
        foreach (var path in new[] { "/sparql", "/resource?iri=" + Uri.EscapeDataString(TestData.Ex + "alice") })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(path == "/sparql" ? "text/turtle" : "text/html"));
            var (status, body, _) = await server.Send(request);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("evil.example", body);
            Assert.Contains($"http://127.0.0.1:{server.Address.Port}/", body);
            await server.AssertHealthy();
        }
    }

    [Fact]
    public async Task A_configured_public_host_is_used_for_links()
    {
        await using var server = await Start(more: ("Server:PublicHosts", "kg.example, other.example:8080"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/sparql");
        request.Headers.Host = "KG.example";
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/turtle"));
        var (_, body, _) = await server.Send(request);
        Assert.Contains("<http://KG.example/sparql>", body);
        await server.AssertHealthy();
    }

    [Fact]
    public async Task No_write_gets_cors_headers_wherever_it_is_sent()
    {
        await using var server = await Start();
        const string origin = "https://elsewhere.example";
        foreach (var path in new[] { "/sparql", "/update" })
        {
            var (status, body, headers) = await server.Send(Update(path, $"INSERT DATA {{ <{TestData.Ex}x> <{TestData.Ex}p> 1 }}", origin));
            Assert.True(status == HttpStatusCode.NoContent, body);
            Assert.False(headers.Contains("Access-Control-Allow-Origin"), path);
        }
        var put = new HttpRequestMessage(HttpMethod.Put, "/store?graph=" + Uri.EscapeDataString(TestData.Ex + "g9")) { Content = new StringContent("<http://x/s> <http://x/p> \"1\" .", Encoding.UTF8, "application/n-triples") };
        TestServerHost.Authorize(put);
        put.Headers.Add("Origin", origin);
        var stored = await server.Send(put);
        Assert.Equal(HttpStatusCode.Created, stored.Status);
        Assert.False(stored.Headers.Contains("Access-Control-Allow-Origin"));
        // A refused write gets none either; a query POSTed to the same route still does.
        var refused = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent("CLEAR ALL", Encoding.UTF8, "application/sparql-update") };
        refused.Headers.Add("Origin", origin);
        var (refusedStatus, _, refusedHeaders) = await server.Send(refused);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedStatus);
        Assert.False(refusedHeaders.Contains("Access-Control-Allow-Origin"));
        var query = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent("ASK {}", Encoding.UTF8, "application/sparql-query") };
        query.Headers.Add("Origin", origin);
        Assert.Equal("*", Assert.Single((await server.Send(query)).Headers.GetValues("Access-Control-Allow-Origin")));
        // A browser on another origin may not send the bearer token at all.
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/sparql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        var allowed = (await server.Send(preflight)).Headers.TryGetValues("Access-Control-Allow-Headers", out var names) ? string.Join(",", names) : "";
        Assert.DoesNotContain("authorization", allowed, StringComparison.OrdinalIgnoreCase);
        await server.AssertHealthy();
    }

    [Fact]
    public async Task An_update_cannot_store_markup_as_an_iri_and_the_store_stays_readable()
    {
        await using var server = await Start();
        var (status, body, _) = await server.Send(Update("/update", $"INSERT {{ <{TestData.Ex}x> <{TestData.Ex}p> ?o }} WHERE {{ BIND(IRI(\"http://x/\\\"><img src=x onerror=alert(1)>\") AS ?o) }}"));
        Assert.True(status == HttpStatusCode.NoContent, body);
        (status, body, _) = await server.Send(Update("/update", $"INSERT {{ <{TestData.Ex}x> <{TestData.Ex}p> ?o }} WHERE {{ BIND(IRI(\"http://x/a\\tb\") AS ?o) }}"));
        Assert.True(status == HttpStatusCode.NoContent, body);
        using var store = await server.Client.GetAsync("/store");
        Assert.Equal(HttpStatusCode.OK, store.StatusCode);
        var dump = await store.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<img", dump);
        Assert.DoesNotContain(TestData.Ex + "x>", dump);
        await server.AssertHealthy();
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file:///proc/self/environ")]
    [InlineData("file:///dev/zero")]
    [InlineData("file:///no/such/file.jsonld")]
    public async Task A_put_document_cannot_read_a_local_file_as_its_context(string context)
    {
        await using var server = await Start();
        var put = new HttpRequestMessage(HttpMethod.Put, "/store?graph=" + Uri.EscapeDataString(TestData.Ex + "ctx"))
        {
            Content = new StringContent($$"""{"@context": "{{context}}", "@id": "http://x/s", "http://x/p": "v"}""", Encoding.UTF8, "application/ld+json"),
        };
        TestServerHost.Authorize(put);
        var clock = Stopwatch.StartNew();
        var (status, body, _) = await server.Send(put);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is not a known local document and remote loading is off", body);
        Assert.DoesNotContain("root:", body);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        await server.AssertHealthy();
    }

    [Fact]
    public async Task Load_of_a_file_is_off_unless_its_directory_is_allowed()
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-load-");
        try
        {
            var file = Path.Combine(dir.FullName, "data.nt");
            File.WriteAllText(file, "<http://x/loaded> <http://x/p> \"1\" .\n");
            await using (var closed = await Start())
            {
                var (status, body, _) = await closed.Send(Update("/update", "LOAD <file:///etc/passwd>"));
                Assert.Equal(HttpStatusCode.BadRequest, status);
                Assert.Contains("loading files is off", body);
                await closed.AssertHealthy();
            }
            await using var open = await Start(more: ("Server:LoadDirectories", dir.FullName));
            Assert.Contains("not in a directory files may be loaded from", (await open.Send(Update("/update", "LOAD <file:///etc/passwd>"))).Body);
            var loaded = await open.Send(Update("/update", $"LOAD <{new Uri(file).AbsoluteUri}>"));
            Assert.True(loaded.Status == HttpStatusCode.NoContent, loaded.Body);
            Assert.Contains("true", await open.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString("ASK { <http://x/loaded> ?p ?o }")));
            await open.AssertHealthy();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }

    [Fact]
    public async Task Request_text_reaches_the_log_without_line_breaks_or_terminal_escapes()
    {
        var log = new CapturedLog();
        await using var server = await Start(configure: b => b.Services.AddSingleton<ILoggerProvider>(log));
        var (status, _, _) = await server.Send(new HttpRequestMessage(HttpMethod.Get, "/resource?iri=" + Uri.EscapeDataString("x\r\n12:00:00.000 info: forged line\u001b[2J\u009b31m")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var line = Assert.Single(log.Lines, l => l.Contains("forged line", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\u009b', line);
        Assert.Contains("\\u000D\\u000A12:00:00.000", line);
        await server.AssertHealthy();
    }

    [Fact]
    public async Task A_hub_node_page_is_paged()
    {
        var dataset = TestData.People();
        var hub = new Iri(TestData.Ex + "hub");
        for (var i = 0; i < 1_200; i++) dataset.Add(new Iri($"{TestData.Ex}spoke{i}"), new Iri(TestData.Ex + "links"), hub);
        await using var server = await Start(dataset);
        async Task<string> Page(string query)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/resource?iri=" + Uri.EscapeDataString(hub.Value) + query);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            var (status, body, _) = await server.Send(request);
            Assert.True(status == HttpStatusCode.OK, body);
            return body;
        }
        static int Rows(string html) => html.Split("<tr>").Length - 1;

        var first = await Page("");
        Assert.Equal(ResourcePage.RowsPerPage, Rows(first));
        Assert.Contains("rel=\"next\" href=\"" + $"http://127.0.0.1:{server.Address.Port}/resource?iri={Uri.EscapeDataString(hub.Value)}&amp;page=2\"", first);
        var last = await Page("&page=3");
        Assert.Equal(200, Rows(last));
        Assert.DoesNotContain("rel=\"next\"", last);
        Assert.Contains("rel=\"prev\"", last);
        var (badStatus, _, _) = await server.Send(new HttpRequestMessage(HttpMethod.Get, "/resource?iri=" + Uri.EscapeDataString(hub.Value) + "&page=0"));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        await server.AssertHealthy();
    }

    [Fact]
    public async Task A_queued_update_does_not_stall_new_readers_behind_a_slow_query()
    {
        await using var server = await Start(TestData.Numbers(500));
        const string slow = "SELECT * WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z FILTER(?x + ?y + ?z = -1) }";
        var clock = Stopwatch.StartNew();
        var slowQuery = server.Client.GetAsync("/sparql?timeout=6&query=" + Uri.EscapeDataString(slow));
        await Task.Delay(700);
        var update = server.Send(Update("/update", $"INSERT DATA {{ <{TestData.Ex}late> <{TestData.Ex}p> 1 }}"));
        await Task.Delay(500);
        Assert.False(update.IsCompleted, "the update should be waiting for the slow query");

        var ask = Stopwatch.StartNew();
        var answer = await server.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString("ASK {}"));
        ask.Stop();
        Assert.Contains("true", answer);
        Assert.False(slowQuery.IsCompleted, $"the slow query ended too soon ({clock.Elapsed}) to show anything");
        Assert.True(ask.Elapsed < TimeSpan.FromSeconds(2.5), $"ASK {{}} took {ask.Elapsed} behind a queued update");
        await server.AssertHealthy();

        using (var slowResponse = await slowQuery) Assert.Equal(HttpStatusCode.ServiceUnavailable, slowResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await update).Status);
        Assert.Contains("true", await server.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString($"ASK {{ <{TestData.Ex}late> ?p ?o }}")));
    }
}
