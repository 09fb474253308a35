namespace KgExport.Rdf;

/// <summary>An RDF 1.1 term: an IRI, a blank node or a literal. Terms are immutable values.</summary>
public abstract class Term : IEquatable<Term>, IComparable<Term>
{
    private protected Term() { }

    public abstract TermKind Kind { get; }

    public bool IsIri => Kind == TermKind.Iri;
    public bool IsBlankNode => Kind == TermKind.BlankNode;
    public bool IsLiteral => Kind == TermKind.Literal;

    public abstract bool Equals(Term? other);

    public override bool Equals(object? obj) => obj is Term t && Equals(t);

    public abstract override int GetHashCode();

    /// <summary>Total order used for deterministic output: blank nodes, then IRIs, then literals.</summary>
    public int CompareTo(Term? other) => TermComparer.Instance.Compare(this, other);

    /// <summary>The term in N-Triples syntax.</summary>
    public override string ToString() => NTriplesFormatter.Format(this);

    public static bool operator ==(Term? a, Term? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Term? a, Term? b) => !(a == b);
}

public enum TermKind : byte
{
    BlankNode = 0,
    Iri = 1,
    Literal = 2,
}
