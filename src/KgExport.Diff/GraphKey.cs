using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>A graph name usable as a dictionary key: <see cref="Graph"/> null is the default graph.</summary>
internal readonly record struct GraphKey(Term? Graph)
{
    /// <summary>Named graphs in term order, the default graph after them.</summary>
    public static int Compare(GraphKey a, GraphKey b) => (a.Graph, b.Graph) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (x, y) => x.CompareTo(y),
    };
}
