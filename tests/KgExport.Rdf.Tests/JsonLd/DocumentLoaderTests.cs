using System.Net;
using System.Net.Sockets;
using System.Text;
using KgExport.Rdf.JsonLd;

namespace KgExport.Rdf.Tests.JsonLd;

/// <summary>The local loader's mappings, and its remote fetching limits against a throwaway HTTP server on 127.0.0.1.</summary>
public sealed class DocumentLoaderTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _prefix;
    private readonly CancellationTokenSource _stop = new();

    public DocumentLoaderTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _prefix = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_prefix);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                var path = context.Request.Url!.AbsolutePath;
                byte[] body = path switch
                {
                    "/context.jsonld" => Encoding.UTF8.GetBytes("""{"@context": {"name": "http://schema.org/name"}}"""),
                    "/big.jsonld" => Encoding.UTF8.GetBytes("{\"@context\": {\"x\": \"" + new string('a', 200_000) + "\"}}"),
                    _ => [],
                };
                if (path == "/slow.jsonld")
                {
                    try { await Task.Delay(5000, _stop.Token); } catch (OperationCanceledException) { }
                }
                try
                {
                    context.Response.StatusCode = body.Length == 0 && path != "/slow.jsonld" ? 404 : 200;
                    context.Response.ContentType = "application/ld+json";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    // the client gave up first
                }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    [Fact]
    public void Remote_contexts_are_fetched_only_when_allowed()
    {
        var url = _prefix + "context.jsonld";
        var refused = Assert.Throws<JsonLdException>(() => new LocalDocumentLoader().Load(url));
        Assert.Equal(JsonLdError.LoadingDocumentFailed, refused.Code);

        var quads = JsonLdSample.Read($$"""{"@context": "{{url}}", "@id": "http://example.org/s", "name": "x"}""", new LocalDocumentLoader { AllowRemote = true });
        Assert.Equal(new Iri("http://schema.org/name"), Assert.Single(quads).Predicate);
    }

    [Fact]
    public void Remote_documents_over_the_size_limit_are_refused()
    {
        var loader = new LocalDocumentLoader { AllowRemote = true, MaxBytes = 100_000 };
        var e = Assert.Throws<JsonLdException>(() => loader.Load(_prefix + "big.jsonld"));
        Assert.Equal(JsonLdError.LoadingDocumentFailed, e.Code);
        Assert.Contains("larger than", e.Message);
    }

    [Fact]
    public void Slow_remote_documents_time_out()
    {
        var loader = new LocalDocumentLoader { AllowRemote = true, Timeout = TimeSpan.FromMilliseconds(300) };
        var e = Assert.Throws<JsonLdException>(() => loader.Load(_prefix + "slow.jsonld"));
        Assert.Equal(JsonLdError.LoadingDocumentFailed, e.Code);
    }

    [Fact]
    public void Missing_remote_documents_report_the_http_status()
    {
        var e = Assert.Throws<JsonLdException>(() => new LocalDocumentLoader { AllowRemote = true }.Load(_prefix + "nothing.jsonld"));
        Assert.Contains("HTTP 404", e.Message);
    }

    [Fact]
    public void Prefix_mappings_serve_files_from_a_directory()
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-loader-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "ctx.jsonld"), """{"@context": {"@vocab": "http://example.org/v#"}}""");
            var loader = new LocalDocumentLoader().Map("https://example.org/contexts/", dir.FullName);
            var doc = loader.Load("https://example.org/contexts/ctx.jsonld");
            Assert.Equal("https://example.org/contexts/ctx.jsonld", doc.DocumentUrl);
            var missing = Assert.Throws<JsonLdException>(() => loader.Load("https://example.org/contexts/other.jsonld"));
            Assert.Equal(JsonLdError.LoadingDocumentFailed, missing.Code);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Issue 16: a context named by a document is never read from a local path the loader was not given.</summary>
    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file:///proc/self/environ")]
    [InlineData("file:///dev/zero")]
    [InlineData("file:///no/such/file.jsonld")]
    [InlineData("../../../../../../etc/passwd")]
    public void File_contexts_in_data_are_refused_with_one_message(string context)
    {
        var document = $$"""{"@context": "{{context}}", "@id": "http://example.org/s", "http://example.org/p": "x"}""";
        foreach (var baseIri in new[] { "http://example.org/doc.jsonld", new Uri(Path.Combine(Path.GetTempPath(), "doc.jsonld")).AbsoluteUri })
        {
            var e = Assert.Throws<RdfSyntaxException>(() => JsonLdSample.Read(document, new LocalDocumentLoader(), baseIri));
            Assert.Contains("is not a known local document and remote loading is off", e.Message);
            Assert.DoesNotContain("root:", e.Message);
            Assert.DoesNotContain("no such file", e.Message);
        }
    }

    [Fact]
    public void A_mapped_directory_serves_nothing_outside_it_and_files_have_the_same_size_cap()
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-loader-");
        try
        {
            var inside = Directory.CreateDirectory(Path.Combine(dir.FullName, "contexts"));
            File.WriteAllText(Path.Combine(dir.FullName, "secret.jsonld"), """{"@context": {}}""");
            File.WriteAllText(Path.Combine(inside.FullName, "big.jsonld"), "{\"@context\": {\"x\": \"" + new string('a', 2_000) + "\"}}");
            var loader = new LocalDocumentLoader { MaxBytes = 1_000 }.Map("https://example.org/contexts/", inside.FullName).Map("https://example.org/zero", "/dev/zero");
            var climb = Assert.Throws<JsonLdException>(() => loader.Load("https://example.org/contexts/../secret.jsonld"));
            Assert.Contains("not a known local document", climb.Message);
            Assert.Contains("larger than 1000 bytes", Assert.Throws<JsonLdException>(() => loader.Load("https://example.org/contexts/big.jsonld")).Message);
            Assert.Contains("larger than 1000 bytes", Assert.Throws<JsonLdException>(() => loader.Load("https://example.org/zero")).Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
