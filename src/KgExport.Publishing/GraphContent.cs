using KgExport.Rdf;

namespace KgExport.Publishing;

/// <summary>A named graph to publish: its IRI, its triples, and where it came from (for messages).</summary>
public sealed record GraphContent(Iri Graph, IReadOnlyList<Triple> Triples, string Source)
{
    /// <summary>
    /// The graphs of a dataset, ordered by IRI. Default-graph triples go to <paramref name="defaultGraphName"/>
    /// (publishing never writes a store's default graph); when it is null they are an error.
    /// </summary>
    public static IReadOnlyList<GraphContent> FromDataset(Dataset dataset, string source, Iri? defaultGraphName)
    {
        var byGraph = new SortedDictionary<string, (Iri Iri, List<Triple> Triples)>(StringComparer.Ordinal);
        foreach (var q in dataset.Quads)
        {
            Iri graph = q.Graph switch
            {
                null => defaultGraphName ?? throw new InvalidOperationException($"{source}: has default-graph triples and no graph name for them"),
                Iri iri => iri,
                _ => throw new NotSupportedException($"{source}: graph {q.Graph} is a blank node; a store needs an IRI to name a graph"),
            };
            if (!byGraph.TryGetValue(graph.Value, out var entry)) byGraph[graph.Value] = entry = (graph, []);
            entry.Triples.Add(q.Triple);
        }
        return [.. byGraph.Values.Select(e => new GraphContent(e.Iri, e.Triples, source))];
    }
}
