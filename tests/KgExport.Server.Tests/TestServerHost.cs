using System.Net.Http.Headers;
using KgExport.Rdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace KgExport.Server.Tests;

/// <summary>A server on the in-process test host (Microsoft.AspNetCore.Mvc.Testing's TestServer) over a dataset.</summary>
public sealed class TestServerHost : IAsyncDisposable
{
    public const string Token = "s3cret-token";

    private readonly WebApplication _app;

    private TestServerHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<TestServerHost> StartAsync(Dataset dataset, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = KgServer.Create(dataset, [], settings, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestServerHost(app);
    }

    /// <summary>Settings for a server that accepts updates with <see cref="Token"/>.</summary>
    public static Dictionary<string, string?> Writable(params (string Key, string? Value)[] more)
    {
        var d = new Dictionary<string, string?> { ["Server:AllowUpdate"] = "true", ["Server:UpdateToken"] = Token };
        foreach (var (k, v) in more) d[k] = v;
        return d;
    }

    public static void Authorize(HttpRequestMessage request) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
