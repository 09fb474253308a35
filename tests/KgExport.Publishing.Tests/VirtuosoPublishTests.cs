using KgExport.Cli.Commands;
using KgExport.Publishing.Http;
using KgExport.Rdf;

namespace KgExport.Publishing.Tests;

/// <summary>Publishing to a real Virtuoso 7 started on loopback for these tests.</summary>
public sealed class VirtuosoPublishTests
{
    private static readonly RetryPolicy ShortRetry = new(3, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100));

    private static PublishCommand.PublishRequest Request(VirtuosoInstance store, string input, string? password = VirtuosoInstance.Password) =>
        new([input], store.GraphStoreAuth, null, null, "dba", password, null, Batch: 10000, DryRun: false, Verify: true) { Retry = ShortRetry };

    /// <summary>Every expected graph is on the store, and equal to ours (canonical comparison, not just counts).</summary>
    private static async Task AssertStoreHolds(VirtuosoInstance store, IReadOnlyList<GraphContent> expected)
    {
        foreach (var graph in expected)
        {
            var actual = await StoreContent.GraphAsync(store.GraphStore, graph.Graph);
            var ours = graph.Triples.Select(t => t.InGraph(null)).ToList();
            Assert.True(Isomorphism.AreIsomorphic(ours, actual),
                $"{graph.Graph.Value}: the store's graph ({actual.Count} triples) differs from ours ({ours.Count}):\n" + Isomorphism.Describe(ours, actual));
        }
    }

    [VirtuosoFact]
    public async Task PublishIsIdempotentAndReplacesChangedArticles()
    {
        using var store = new VirtuosoInstance();
        using var articles = new Articles();
        var expected = articles.Expected();
        Assert.True(expected.Count >= 2, "need several articles");

        var first = PublishRun.Invoke(Request(store, articles.Directory));
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"published {expected.Count} graphs ({expected.Sum(g => g.Triples.Count)} triples)", first.Stdout);
        Assert.Contains("skipped 0, failed 0", first.Stdout);
        await AssertStoreHolds(store, expected);

        // Again: nothing changes, nothing is duplicated.
        var second = PublishRun.Invoke(Request(store, articles.Directory));
        Assert.True(second.ExitCode == 0, second.ToString());
        await AssertStoreHolds(store, expected);

        // Change one article's facts and publish only it: its graph is replaced, not merged with the old one.
        var seedFacts = Directory.GetFiles(articles.Directory, "000_*.facts.json").Single();
        var original = File.ReadAllText(seedFacts);
        const string headline = "North Korea recognises breakaway of Russia's proxies in east Ukraine";
        Assert.Contains(headline, original);
        File.WriteAllText(seedFacts, original.Replace(headline, "North Korea recognises two breakaway regions (corrected)", StringComparison.Ordinal));
        var changed = articles.Expected();
        var third = PublishRun.Invoke(Request(store, seedFacts));
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("published 1 graphs", third.Stdout);
        await AssertStoreHolds(store, changed);
        var seedGraph = changed.Single(g => g.Graph.Value.Contains("000_ee2775bcac5f55b5", StringComparison.Ordinal)).Graph;
        var onStore = await StoreContent.GraphAsync(store.GraphStore, seedGraph);
        Assert.DoesNotContain(onStore, q => q.Object is Literal l && l.LexicalForm == headline);
    }

    [VirtuosoFact]
    public async Task UpdateModeAndSmallBatchesGiveTheSameGraphs()
    {
        using var store = new VirtuosoInstance();
        using var articles = new Articles();
        var expected = articles.Expected();
        // Batches of 7 triples: a PUT then many POSTs per graph (or DROP+INSERT then INSERTs in update mode).
        var gsp = PublishRun.Invoke(Request(store, articles.Directory) with { Batch = 7 });
        Assert.True(gsp.ExitCode == 0, gsp.ToString());
        await AssertStoreHolds(store, expected);
        var update = PublishRun.Invoke(Request(store, articles.Directory) with { UpdateEndpoint = store.SparqlAuth, QueryEndpoint = store.Url + "/sparql", Batch = 50 });
        Assert.True(update.ExitCode == 0, update.ToString());
        await AssertStoreHolds(store, expected);
    }

    [VirtuosoFact]
    public async Task StoreStoppingMidPublishFailsClearlyAndARerunConverges()
    {
        using var store = new VirtuosoInstance();
        using var articles = new Articles();
        var expected = articles.Expected();
        Assert.True(expected.Count >= 3, "need several articles");

        var stopped = false;
        var failed = PublishRun.Invoke(Request(store, articles.Directory) with
        {
            OnGraphDone = p =>
            {
                if (p.Done == 1 && !stopped)
                {
                    stopped = true;
                    store.Stop();
                }
            },
        });
        Assert.True(failed.ExitCode == 3, failed.ToString());
        var firstGraph = expected[0].Graph.Value;
        Assert.Contains("publish: published: " + firstGraph + "\n", failed.Stderr);
        Assert.Contains("publish: NOT published: " + string.Join(", ", expected.Skip(1).Select(g => g.Graph.Value)), failed.Stderr);
        Assert.Contains("cannot reach the store", failed.Stderr);
        Assert.Contains("gave up after 3 attempts", failed.Stderr);
        Assert.Contains($"skipped {expected.Count - 2}, failed 1", failed.Stdout);

        store.Start();
        // The graph published before the stop survived the restart.
        await AssertStoreHolds(store, expected.Take(1).ToList());
        var rerun = PublishRun.Invoke(Request(store, articles.Directory));
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        await AssertStoreHolds(store, expected);
    }

    [VirtuosoFact]
    public void WrongPasswordIsAClear401()
    {
        using var store = new VirtuosoInstance();
        using var articles = new Articles();
        var result = PublishRun.Invoke(Request(store, articles.Directory, password: "not-the-password"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("401 Unauthorized", result.Stderr);
        Assert.Contains("authentication as \"dba\" was rejected (wrong user or password?)", result.Stderr);
        Assert.DoesNotContain("retrying", result.Stderr);
        // Every graph would fail the same way: the first is reported, the rest are skipped without a request.
        Assert.Contains("skipped " + (articles.Expected().Count - 1) + ", failed 1", result.Stdout);
        Assert.Contains("not attempted: the store refused our credentials (401)", result.Stderr);
    }

    [Fact]
    public void UnreachableStoreFailsAfterBoundedRetries()
    {
        using var articles = new Articles();
        var port = FreePort();
        var request = new PublishCommand.PublishRequest([articles.Directory], $"http://127.0.0.1:{port}/sparql-graph-crud-auth", null, null, null, null, null, 100, false, false) { Retry = ShortRetry };
        var result = PublishRun.Invoke(request);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"PUT http://127.0.0.1:{port}/sparql-graph-crud-auth: cannot reach the store", result.Stderr);
        Assert.Contains("gave up after 3 attempts", result.Stderr);
        Assert.Equal(2, result.Stderr.Split('\n').Count(l => l.Contains("retrying in", StringComparison.Ordinal)));
        Assert.Contains("publish: published: none", result.Stderr);
    }

    [Fact]
    public void DryRunPrintsRequestsAndSendsNothing()
    {
        using var articles = new Articles();
        var expected = articles.Expected();
        var port = FreePort();
        var result = PublishRun.Cli("publish", articles.Directory, "--store", $"http://127.0.0.1:{port}/gsp", "--batch", "20", "--dry-run", "--verify");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var puts = lines.Where(l => l.StartsWith("PUT ", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, puts.Count);
        Assert.Equal(expected.Sum(g => (g.Triples.Count + 19) / 20 - 1), lines.Count(l => l.StartsWith("POST ", StringComparison.Ordinal)));
        Assert.StartsWith($"PUT http://127.0.0.1:{port}/gsp?graph={Uri.EscapeDataString(expected[0].Graph.Value)} (application/n-triples, 20 triples", puts[0]);
        Assert.Contains($"dry run: {expected.Count} graphs, {expected.Sum(g => g.Triples.Count)} triples; nothing was sent", result.Stdout);
    }

    [Fact]
    public void UsageErrorsAreClear()
    {
        using var articles = new Articles();
        var both = PublishRun.Cli("publish", articles.Directory, "--store", "http://127.0.0.1:1/gsp", "--token", "t", "--user", "u", "--password", "p");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("give either --token or --user/--password, not both", both.Stderr);
        var badUrl = PublishRun.Cli("publish", articles.Directory, "--store", "ftp://x/");
        Assert.Equal(2, badUrl.ExitCode);
        Assert.Contains("--store: \"ftp://x/\" is not an http(s) URL", badUrl.Stderr);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
