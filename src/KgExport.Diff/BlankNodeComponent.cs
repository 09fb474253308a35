using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// A set of quads joined by shared blank nodes, in canonical form: its RDFC-1.0 N-Quads, which depend only on the
/// component itself (not on the rest of the dataset, whose blank nodes would shift canonical numbering), so equal
/// components on the two sides are the same statements however their blank nodes were labelled.
/// </summary>
internal sealed class BlankNodeComponent(string canonicalNQuads, IReadOnlyList<Quad> quads)
{
    public string CanonicalNQuads { get; } = canonicalNQuads;

    /// <summary>The component's quads with canonical labels made unique to this component (see <see cref="BlankNodeComponents"/>).</summary>
    public IReadOnlyList<Quad> Quads { get; } = quads;
}
