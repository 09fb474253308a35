using System.Text.RegularExpressions;
using KgExport.Cli.Commands;

namespace KgExport.Cli.Tests;

/// <summary><c>kgexport serve</c>: loads, serves on loopback, reports where, and stops cleanly when cancelled.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serves_the_seeds_until_cancelled_then_exits_0()
    {
        var error = new StringWriter { NewLine = "\n" };
        var synchronized = TextWriter.Synchronized(error);
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), new StringWriter(), synchronized);
        using var stop = new CancellationTokenSource();
        var overrides = new Dictionary<string, string?> { ["Server:Port"] = "0" };
        var serving = Task.Run(() => ServeCommand.Run([TestPaths.InRepository("seeds")], null, overrides, terminal, stop.Token));

        Match address = Match.Empty;
        for (var i = 0; i < 300 && !(address = AddressPattern().Match(SnapshotOf(synchronized, error))).Success; i++)
        {
            Assert.False(serving.IsCompleted, "serve stopped early: " + SnapshotOf(synchronized, error));
            await Task.Delay(100);
        }
        Assert.True(address.Success, "serve never said where it listens: " + SnapshotOf(synchronized, error));
        Assert.StartsWith("http://127.0.0.1:", address.Groups[1].Value);

        using (var client = new HttpClient())
        {
            var health = await client.GetStringAsync(address.Groups[1].Value + "/healthz");
            Assert.Contains("\"status\":\"ok\"", health);
        }

        await stop.CancelAsync();
        var code = await serving.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(ExitCodes.Ok, code);
    }

    [Fact]
    public void Missing_input_is_a_usage_error()
    {
        var result = CliRun.Invoke("serve", "no-such-file.ttl");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no-such-file.ttl: no such file", result.Stderr);
    }

    [Fact]
    public void Bad_port_is_a_usage_error_with_one_line()
    {
        var result = CliRun.Invoke("serve", TestPaths.InRepository("seeds"), "--port", "99999");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("port 99999 is not a TCP port", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    private static string SnapshotOf(TextWriter synchronized, StringWriter inner)
    {
        lock (synchronized) return inner.ToString();
    }

    [GeneratedRegex(@"serving \d+ quads at (http://[^ ]+)/sparql")]
    private static partial Regex AddressPattern();
}
