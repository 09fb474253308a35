using KgExport.Publishing.Http;
using KgExport.Rdf;

namespace KgExport.Publishing.Tests;

public class PublisherTests
{
    /// <summary>An in-memory store with set semantics that can be made to fail.</summary>
    private sealed class MemoryStore : IGraphStore
    {
        public Dictionary<string, HashSet<Triple>> Graphs { get; } = [];
        public List<string> Calls { get; } = [];
        public Func<Iri, StoreRequestException?> Fail { get; set; } = _ => null;

        public Task ReplaceAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken)
        {
            Calls.Add("PUT " + graph.Value);
            if (Fail(graph) is { } e) throw e;
            Graphs[graph.Value] = [.. batch.Triples];
            return Task.CompletedTask;
        }

        public Task AppendAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken)
        {
            Calls.Add("POST " + graph.Value);
            if (Fail(graph) is { } e) throw e;
            Graphs[graph.Value].UnionWith(batch.Triples);
            return Task.CompletedTask;
        }

        public Task<long> CountAsync(Iri graph, CancellationToken cancellationToken) =>
            Task.FromResult((long)(Graphs.TryGetValue(graph.Value, out var g) ? g.Count : 0));

        public string DescribeRequest(Iri graph, GraphBatch batch, bool first) => $"{(first ? "PUT" : "POST")} {graph.Value} {batch.Triples.Count}";
    }

    private static GraphContent Graph(string name, int size) =>
        new(new Iri("http://e/" + name), [.. Enumerable.Range(0, size).Select(i => new Triple(new Iri($"http://e/{name}/s{i}"), new Iri("http://e/p"), new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))], name + ".trig");

    [Fact]
    public async Task FirstBatchReplacesLaterBatchesAppendAndRepublishingReplaces()
    {
        var store = new MemoryStore();
        var publisher = new Publisher(store, batchSize: 2, verify: true);
        var report = await publisher.PublishAsync([Graph("g1", 5)], CancellationToken.None);
        Assert.True(report.Succeeded);
        Assert.Equal(new[] { "PUT http://e/g1", "POST http://e/g1", "POST http://e/g1" }, store.Calls);
        Assert.Equal(5, store.Graphs["http://e/g1"].Count);
        Assert.Equal(5, report.Outcomes[0].StoreCount);

        // A smaller graph under the same name replaces, never merges.
        await publisher.PublishAsync([Graph("g1", 1)], CancellationToken.None);
        Assert.Single(store.Graphs["http://e/g1"]);
    }

    [Fact]
    public async Task UnreachableStoreSkipsTheRestAndRefusalsDoNot()
    {
        var store = new MemoryStore
        {
            Fail = g => g.Value switch
            {
                "http://e/g2" => new StoreRequestException("PUT: the store answered 400 Bad Request: nope", 400, 1),
                "http://e/g4" => new StoreRequestException("PUT: cannot reach the store; gave up after 3 attempts", null, 3),
                _ => null,
            },
        };
        var report = await new Publisher(store, 10, verify: false).PublishAsync([Graph("g1", 1), Graph("g2", 1), Graph("g3", 1), Graph("g4", 1), Graph("g5", 1)], CancellationToken.None);
        Assert.Equal(new[] { PublishStatus.Published, PublishStatus.Failed, PublishStatus.Published, PublishStatus.Failed, PublishStatus.Skipped }, report.Outcomes.Select(o => o.Status));
        Assert.Contains("400 Bad Request: nope", report.Outcomes[1].Error);
        Assert.Contains("unreachable while publishing http://e/g4", report.Outcomes[4].Error);
        Assert.DoesNotContain("PUT http://e/g5", store.Calls);
        Assert.False(report.Succeeded);
        Assert.Equal(2, report.TriplesPublished);
    }

    [Fact]
    public async Task VerifyReportsAMismatch()
    {
        var store = new MemoryStore();
        store.Graphs["http://e/g1"] = [];
        var lying = new CountingStore(store, 99);
        var report = await new Publisher(lying, 10, verify: true).PublishAsync([Graph("g1", 3)], CancellationToken.None);
        Assert.Equal(PublishStatus.Failed, report.Outcomes[0].Status);
        Assert.Equal("verify: the store holds 99 triples in this graph, expected 3", report.Outcomes[0].Error);
    }

    private sealed class CountingStore(IGraphStore inner, long count) : IGraphStore
    {
        public Task ReplaceAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken) => inner.ReplaceAsync(graph, batch, cancellationToken);
        public Task AppendAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken) => inner.AppendAsync(graph, batch, cancellationToken);
        public Task<long> CountAsync(Iri graph, CancellationToken cancellationToken) => Task.FromResult(count);
        public string DescribeRequest(Iri graph, GraphBatch batch, bool first) => "";
    }
}
