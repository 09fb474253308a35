using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KgExport.Cli.Tests;

/// <summary>
/// The durable store as a user meets it: <c>load</c>, <c>serve --location</c>, <c>dump</c> and <c>backup</c>, run as
/// real processes, with the server killed by SIGKILL after it acknowledged writes.
/// </summary>
public sealed partial class StoreCommandTests : IDisposable
{
    private const string Token = "store-test-token";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kgexport-store-cli-" + Guid.NewGuid().ToString("N"));

    private string Location => Path.Combine(_root, "store");

    public StoreCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Acknowledged_updates_survive_kill_9_and_a_failed_update_leaves_nothing()
    {
        var load = CliRun.Invoke("load", "--location", Location, TestPaths.InRepository("seeds"));
        Assert.True(load.ExitCode == ExitCodes.Ok, load.ToString());

        var (server, address) = await StartServer();
        using var client = new HttpClient { BaseAddress = address };
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var status = await Update(client, $"INSERT DATA {{ GRAPH <http://example.org/g> {{ <http://example.org/s{i}> <http://example.org/p> \"acknowledged {i}\" }} }}");
                Assert.Equal(HttpStatusCode.NoContent, status);
            }
            Assert.Equal(HttpStatusCode.NoContent, await Update(client, "DROP GRAPH <https://w3id.org/kgexport/id/graph/000_ee2775bcac5f55b5>"));
            // The second operation fails (the graph exists), so the first must not stay either.
            var failing = "INSERT DATA { <http://example.org/half> <http://example.org/p> 1 } ; CREATE GRAPH <http://example.org/g>";
            Assert.Equal(HttpStatusCode.BadRequest, await Update(client, failing));
            Assert.Equal("false", await Ask(client, "ASK { <http://example.org/half> ?p ?o }"));
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
        Assert.Equal(137, server.ExitCode);

        var (restarted, again) = await StartServer();
        using var second = new HttpClient { BaseAddress = again };
        try
        {
            var csv = await GetCsv(second, "/sparql?query=" + Uri.EscapeDataString("SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } } ORDER BY ?o"));
            Assert.Equal(Enumerable.Range(0, 5).Select(i => $"acknowledged {i}"), csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
            // The union default graph follows: the dropped article is gone from it, the new graph is in it.
            Assert.Equal("false", await Ask(second, "ASK { ?s <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/kgexport/id/article/000_ee2775bcac5f55b5> }"));
            Assert.Equal("true", await Ask(second, "ASK { <http://example.org/s3> ?p ?o }"));
            Assert.Equal("false", await Ask(second, "ASK { <http://example.org/half> ?p ?o }"));

            // A second writer is refused while the server holds the store; dump and backup work beside it.
            var locked = CliRun.Invoke("load", "--location", Location, TestPaths.InRepository("seeds"));
            Assert.Equal(ExitCodes.StoreFailed, locked.ExitCode);
            Assert.Contains("in use by another process", locked.Stderr);
            var dump = CliRun.Invoke("dump", "--location", Location);
            Assert.True(dump.ExitCode == ExitCodes.Ok, dump.ToString());
            Assert.Contains("<http://example.org/s4> <http://example.org/p> \"acknowledged 4\" <http://example.org/g> .", dump.Stdout);
            var backupDir = Path.Combine(_root, "backup");
            var backup = CliRun.Invoke("backup", "--location", Location, backupDir);
            Assert.True(backup.ExitCode == ExitCodes.Ok, backup.ToString());
            var fromBackup = CliRun.Invoke("dump", "--location", backupDir);
            Assert.Equal(Sorted(dump.Stdout), Sorted(fromBackup.Stdout));
        }
        finally
        {
            restarted.Kill();
            await restarted.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Killed_in_the_middle_of_a_stream_of_updates_the_store_holds_exactly_the_acknowledged_ones()
    {
        var (server, address) = await StartServer();
        using var client = new HttpClient { BaseAddress = address };
        var acknowledged = -1;
        var sending = Task.Run(async () =>
        {
            for (var i = 0; ; i++)
            {
                // Three triples per request: after the crash each request is all there or not there at all.
                var update = $"INSERT DATA {{ <http://example.org/u{i}> <http://example.org/a> {i} ; <http://example.org/b> {i} ; <http://example.org/c> {i} }}";
                try
                {
                    if (await Update(client, update) != HttpStatusCode.NoContent) return;
                }
                catch (HttpRequestException)
                {
                    return;
                }
                Volatile.Write(ref acknowledged, i);
            }
        });
        // Kill at a point that differs from run to run, once some updates were acknowledged.
        while (Volatile.Read(ref acknowledged) < 20 + Random.Shared.Next(30)) await Task.Delay(1);
        server.Kill();
        await server.WaitForExitAsync();
        await sending;
        var last = Volatile.Read(ref acknowledged);

        var (restarted, again) = await StartServer();
        using var second = new HttpClient { BaseAddress = again };
        try
        {
            var csv = await GetCsv(second, "/sparql?query=" + Uri.EscapeDataString("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s"));
            var counts = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(line => line.Split(','))
                .ToDictionary(cells => int.Parse(cells[0]["http://example.org/u".Length..], System.Globalization.CultureInfo.InvariantCulture), cells => cells[1]);
            Assert.All(counts.Values, n => Assert.Equal("3", n));
            for (var i = 0; i <= last; i++) Assert.True(counts.ContainsKey(i), $"acknowledged update {i} was lost (last acknowledged {last})");
            // At most the one in flight when the server died got in as well.
            Assert.True(counts.Count == last + 1 || (counts.Count == last + 2 && counts.ContainsKey(last + 1)), $"{counts.Count} updates kept, last acknowledged {last}");
        }
        finally
        {
            restarted.Kill();
            await restarted.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_without_a_location_says_it_keeps_nothing_and_with_both_is_a_usage_error()
    {
        var both = CliRun.Invoke("serve", "--location", Location, TestPaths.InRepository("seeds"));
        Assert.Equal(ExitCodes.UsageError, both.ExitCode);
        Assert.Contains("not both", both.Stderr);
        var neither = CliRun.Invoke("serve");
        Assert.Equal(ExitCodes.UsageError, neither.ExitCode);
    }

    [Fact]
    public void A_load_with_a_bad_input_leaves_the_store_as_it_was()
    {
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("load", "--location", Location, TestPaths.InRepository("tests", "KgExport.Cli.Tests", "Samples", "recognition.ttl")).ExitCode);
        var before = CliRun.Invoke("dump", "--location", Location).Stdout;
        var bad = Path.Combine(_root, "bad.nt");
        File.WriteAllText(bad, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n<http://example.org/a> <http://example.org/b> .\n");
        var failed = CliRun.Invoke("load", "--location", Location, bad);
        Assert.Equal(ExitCodes.UsageError, failed.ExitCode);
        Assert.Contains("nothing was loaded", failed.Stderr);
        Assert.Equal(before, CliRun.Invoke("dump", "--location", Location).Stdout);
    }

    private static string[] Sorted(string nquads) => [.. nquads.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private async Task<(Process Server, Uri Address)> StartServer()
    {
        var info = new ProcessStartInfo(CliProcess.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _root,
            Environment = { ["KGEXPORT_Server__UpdateToken"] = Token },
        };
        foreach (var a in new[] { CliProcess.Dll, "serve", "--location", Location, "--port", "0", "--allow-update" }) info.ArgumentList.Add(a);
        var server = Process.Start(info)!;
        var stderr = new StringBuilder();
        var found = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
            if (AddressPattern().Match(e.Data) is { Success: true } m) found.TrySetResult(new Uri(m.Groups[1].Value));
        };
        server.OutputDataReceived += (_, _) => { };
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();
        var started = await Task.WhenAny(found.Task, server.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != found.Task)
        {
            if (!server.HasExited) server.Kill();
            lock (stderr) Assert.Fail("the server did not start: " + stderr);
        }
        return (server, await found.Task);
    }

    private static async Task<HttpStatusCode> Update(HttpClient client, string update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/update") { Content = new StringContent(update, Encoding.UTF8, "application/sparql-update") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string> GetCsv(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> Ask(HttpClient client, string ask)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(ask));
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("boolean").GetBoolean() ? "true" : "false";
    }

    [GeneratedRegex(@"serving \d+ quads at (http://[^ ]+)/sparql")]
    private static partial Regex AddressPattern();
}
