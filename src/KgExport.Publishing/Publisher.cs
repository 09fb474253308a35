using System.Diagnostics;
using KgExport.Publishing.Http;

namespace KgExport.Publishing;

/// <summary>Progress of a publish run, after each graph.</summary>
public sealed record PublishProgress(int Done, int Total, PublishOutcome Last);

/// <summary>
/// Publishes named graphs one after another: the first batch of each replaces the graph (so publishing again
/// leaves one copy, and a rerun after a failure repairs a partial graph), later batches append. Optionally reads
/// back each graph's triple count. A graph that fails is reported and the run goes on with the next one, except
/// when the store has become unreachable or refuses the credentials (401/403): then the remaining graphs are
/// skipped rather than each failing the same way.
/// </summary>
public sealed class Publisher(IGraphStore store, int batchSize, bool verify)
{
    /// <summary>Called after each graph; tests use it to inject faults between graphs.</summary>
    public Action<PublishProgress>? OnGraphDone { get; set; }

    public async Task<PublishReport> PublishAsync(IReadOnlyList<GraphContent> graphs, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new List<PublishOutcome>();
        string? unreachable = null; // why the remaining graphs are skipped
        foreach (var graph in graphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batches = GraphBatches.Split(graph.Triples, batchSize);
            var triples = batches.Sum(b => b.Triples.Count);
            PublishOutcome outcome;
            if (unreachable is not null)
            {
                outcome = new PublishOutcome(graph.Graph, graph.Source, PublishStatus.Skipped, triples, batches.Count, "not attempted: " + unreachable, null);
            }
            else
            {
                try
                {
                    await store.ReplaceAsync(graph.Graph, batches[0], cancellationToken).ConfigureAwait(false);
                    for (var i = 1; i < batches.Count; i++)
                    {
                        try
                        {
                            await store.AppendAsync(graph.Graph, batches[i], cancellationToken).ConfigureAwait(false);
                        }
                        catch (StoreRequestException e)
                        {
                            throw new StoreRequestException($"batch {i + 1} of {batches.Count} (the graph is partial on the store): {e.Message}", e.StatusCode, e.Attempts, e);
                        }
                    }
                    long? count = null;
                    string? mismatch = null;
                    if (verify)
                    {
                        count = await store.CountAsync(graph.Graph, cancellationToken).ConfigureAwait(false);
                        if (count != triples) mismatch = $"verify: the store holds {count} triples in this graph, expected {triples}";
                    }
                    outcome = new PublishOutcome(graph.Graph, graph.Source, mismatch is null ? PublishStatus.Published : PublishStatus.Failed, triples, batches.Count, mismatch, count);
                }
                catch (StoreRequestException e)
                {
                    if (e.IsUnreachable) unreachable = "the store became unreachable while publishing " + graph.Graph.Value;
                    else if (e.StatusCode is 401 or 403) unreachable = $"the store refused our credentials ({e.StatusCode}) for " + graph.Graph.Value;
                    outcome = new PublishOutcome(graph.Graph, graph.Source, PublishStatus.Failed, triples, batches.Count, e.Message, null);
                }
            }
            outcomes.Add(outcome);
            OnGraphDone?.Invoke(new PublishProgress(outcomes.Count, graphs.Count, outcome));
        }
        return new PublishReport(outcomes, clock.Elapsed);
    }

    /// <summary>The requests a publish would send, one line each, without sending anything.</summary>
    public static IEnumerable<string> DescribeRequests(IGraphStore store, IReadOnlyList<GraphContent> graphs, int batchSize)
    {
        foreach (var graph in graphs)
        {
            var batches = GraphBatches.Split(graph.Triples, batchSize);
            for (var i = 0; i < batches.Count; i++) yield return store.DescribeRequest(graph.Graph, batches[i], i == 0);
        }
    }
}
