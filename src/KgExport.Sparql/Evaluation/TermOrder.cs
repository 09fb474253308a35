using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// ORDER BY's order (§15.1): unbound, blank nodes, IRIs, then literals; literals by value where the '&lt;' operator
/// defines one, otherwise by lexical form, datatype and language so the order is total and deterministic.
/// </summary>
internal static class TermOrder
{
    public static int Compare(Term? a, Term? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var ka = Rank(a);
        var kb = Rank(b);
        if (ka != kb) return ka.CompareTo(kb);
        if (a is Literal la && b is Literal lb)
        {
            var c = ValueComparison.Compare(la, lb);
            if (c is { } v && v != 0) return v;
            if (c == 0 && la.Equals(lb)) return 0;
            var plainA = la.IsSimple ? 0 : 1;
            var plainB = lb.IsSimple ? 0 : 1;
            if (plainA != plainB) return plainA.CompareTo(plainB);
        }
        return TermComparer.Instance.Compare(a, b);
    }

    private static int Rank(Term t) => t switch
    {
        BlankNode => 0,
        Iri => 1,
        _ => 2,
    };
}
