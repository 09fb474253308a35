namespace KgExport.Rdf;

/// <summary>
/// A total, culture-independent order over terms: blank nodes, IRIs, literals; IRIs by code point; literals by
/// lexical form, then datatype, then lower-cased language tag. Used wherever output must be deterministic.
/// </summary>
public sealed class TermComparer : IComparer<Term>
{
    public static readonly TermComparer Instance = new();

    public int Compare(Term? x, Term? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        // On the underlying bytes: Enum.CompareTo takes an object, so comparing the enums boxed one per call (the
        // same result: Enum.CompareTo compares the underlying values the same way).
        var kind = ((byte)x.Kind).CompareTo((byte)y.Kind);
        if (kind != 0) return kind;
        return (x, y) switch
        {
            (Iri a, Iri b) => string.CompareOrdinal(a.Value, b.Value),
            (BlankNode a, BlankNode b) => string.CompareOrdinal(a.Label, b.Label),
            (Literal a, Literal b) => CompareLiterals(a, b),
            _ => 0,
        };
    }

    private static int CompareLiterals(Literal a, Literal b)
    {
        var c = string.CompareOrdinal(a.LexicalForm, b.LexicalForm);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Datatype.Value, b.Datatype.Value);
        if (c != 0) return c;
        return string.CompareOrdinal(a.Language?.ToLowerInvariant(), b.Language?.ToLowerInvariant());
    }
}

/// <summary>Orders quads by graph (default first), subject, predicate, object.</summary>
public sealed class QuadComparer : IComparer<Quad>
{
    public static readonly QuadComparer Instance = new();

    public int Compare(Quad x, Quad y)
    {
        var t = TermComparer.Instance;
        var c = t.Compare(x.Graph, y.Graph);
        if (c != 0) return c;
        c = t.Compare(x.Subject, y.Subject);
        if (c != 0) return c;
        c = t.Compare(x.Predicate, y.Predicate);
        return c != 0 ? c : t.Compare(x.Object, y.Object);
    }
}
