using System.Text;
using KgExport.Rdf;

namespace KgExport.Publishing;

/// <summary>One request's worth of a graph's triples.</summary>
public sealed record GraphBatch(IReadOnlyList<Triple> Triples)
{
    /// <summary>The triples as N-Triples lines, UTF-8 (also valid inside a SPARQL <c>INSERT DATA</c> block).</summary>
    public string ToNTriples()
    {
        var sb = new StringBuilder();
        foreach (var t in Triples)
        {
            NTriplesFormatter.AppendQuad(sb, t.InGraph(null));
            sb.Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>
/// Splits a graph into batches of at most N triples, in a deterministic order. Every triple that mentions a blank
/// node goes into the first batch, whatever its size: a store mints fresh nodes for each request's blank nodes,
/// so a blank node split across two requests would become two nodes.
/// </summary>
public static class GraphBatches
{
    public static IReadOnlyList<GraphBatch> Split(IEnumerable<Triple> triples, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var withBlank = new List<Triple>();
        var ground = new List<Triple>();
        foreach (var t in triples.Distinct().Order(TripleOrder.Instance))
        {
            if (t.Subject.IsBlankNode || t.Object.IsBlankNode) withBlank.Add(t);
            else ground.Add(t);
        }
        var batches = new List<GraphBatch>();
        var first = new List<Triple>(withBlank);
        var i = 0;
        while (first.Count < batchSize && i < ground.Count) first.Add(ground[i++]);
        batches.Add(new GraphBatch(first));
        for (; i < ground.Count; i += batchSize)
            batches.Add(new GraphBatch(ground.GetRange(i, Math.Min(batchSize, ground.Count - i))));
        return batches;
    }

    private sealed class TripleOrder : IComparer<Triple>
    {
        public static readonly TripleOrder Instance = new();

        public int Compare(Triple x, Triple y) => QuadComparer.Instance.Compare(x.InGraph(null), y.InGraph(null));
    }
}
