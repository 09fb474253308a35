using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// The semantic difference between an old and a new dataset: the graphs that changed, in order (named graphs by
/// IRI, the default graph last), each with its changed nodes. Blank nodes never count as changed merely for being
/// labelled differently: they are matched canonically.
/// </summary>
public sealed class DatasetDifference
{
    internal DatasetDifference(IReadOnlyList<GraphDifference> graphs, DifferenceCounts counts, IReadOnlyDictionary<Term, string> labels)
    {
        Graphs = graphs;
        Counts = counts;
        Labels = labels;
    }

    /// <summary>The graphs that differ: named graphs by IRI, the default graph last.</summary>
    public IReadOnlyList<GraphDifference> Graphs { get; }

    /// <summary>The sizes of both datasets and how much changed.</summary>
    public DifferenceCounts Counts { get; }

    /// <summary>True when the two datasets are isomorphic.</summary>
    public bool AreEqual => Counts.RemovedQuads == 0 && Counts.AddedQuads == 0;

    /// <summary>
    /// Human labels (rdfs:label, skos:prefLabel, schema:name, ...) of the nodes and IRI values the difference names,
    /// from the new dataset where it has one, else from the old.
    /// </summary>
    public IReadOnlyDictionary<Term, string> Labels { get; }

    /// <summary>The human label of <paramref name="term"/> (see <see cref="Labels"/>), or null when it has none.</summary>
    public string? LabelOf(Term term) => Labels.TryGetValue(term, out var label) ? label : null;
}
