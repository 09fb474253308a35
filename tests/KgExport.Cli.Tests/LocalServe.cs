using System.Text.RegularExpressions;
using KgExport.Cli.Commands;

namespace KgExport.Cli.Tests;

/// <summary>
/// A second <c>kgexport serve</c> of one data file on a free loopback port, for tests that need another endpoint (a
/// federated query, a reconciliation client). <see cref="StartAsync"/> waits until it listens; disposing stops it.
/// </summary>
internal sealed partial class LocalServe : IAsyncDisposable
{
    private readonly StringWriter _error = new() { NewLine = "\n" };
    private readonly TextWriter _synchronized;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _serving;

    private LocalServe(string data)
    {
        _synchronized = TextWriter.Synchronized(_error);
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), new StringWriter(), _synchronized);
        _serving = Task.Run(() => ServeCommand.Run([data], null, new Dictionary<string, string?> { ["Server:Port"] = "0" }, terminal, _stop.Token));
    }

    /// <summary>The server's base address ("http://127.0.0.1:PORT"), without a route.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>What the server wrote to its stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_synchronized) return _error.ToString();
        }
    }

    public static async Task<LocalServe> StartAsync(string data)
    {
        var serve = new LocalServe(data);
        try
        {
            Match address = Match.Empty;
            for (var i = 0; i < 300 && !(address = AddressPattern().Match(serve.Output)).Success; i++)
            {
                Assert.False(serve._serving.IsCompleted, "serve stopped early: " + serve.Output);
                await Task.Delay(100);
            }
            Assert.True(address.Success, serve.Output);
            serve.BaseUrl = address.Groups[1].Value;
            return serve;
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _serving.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
    }

    [GeneratedRegex(@"serving \d+ quads at (http://[^ ]+)/sparql")]
    private static partial Regex AddressPattern();
}
