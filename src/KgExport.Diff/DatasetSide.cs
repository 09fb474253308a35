using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// What the comparison keeps of one dataset besides its quads: which graphs and which (graph, subject) pairs occur,
/// the labels of its nodes, and the quads that mention blank nodes (compared by component, not one by one).
/// </summary>
internal sealed class DatasetSide(DiffOptions options)
{
    public HashSet<GraphKey> Graphs { get; } = [];

    public HashSet<(GraphKey Graph, Term Subject)> Subjects { get; } = [];

    public LabelIndex Labels { get; } = new(options.LabelProperties);

    public List<Quad> BlankNodeQuads { get; } = [];

    public void Observe(in Quad quad)
    {
        var graph = new GraphKey(quad.Graph);
        Graphs.Add(graph);
        if (quad.Subject is not BlankNode) Subjects.Add((graph, quad.Subject));
        Labels.Observe(quad);
    }

    public static bool MentionsBlankNode(in Quad quad) => quad.Subject is BlankNode || quad.Object is BlankNode || quad.Graph is BlankNode;
}
