namespace KgExport.Rdf;

/// <summary>
/// The outcome of RDFC-1.0: the canonical N-Quads document (lines sorted in code point order, each ended by '\n'),
/// the canonical quads in the same order, and the issued identifiers map from input blank node labels to
/// canonical labels (c14n0, c14n1, ...).
/// </summary>
public sealed class CanonicalResult
{
    internal CanonicalResult(string nquads, IReadOnlyList<Quad> quads, IReadOnlyDictionary<string, string> issuedIdentifiers)
    {
        NQuads = nquads;
        Quads = quads;
        IssuedIdentifiers = issuedIdentifiers;
    }

    public string NQuads { get; }

    public IReadOnlyList<Quad> Quads { get; }

    public IReadOnlyDictionary<string, string> IssuedIdentifiers { get; }
}
