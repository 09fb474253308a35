namespace KgExport.Rdf.Syntax;

/// <summary>One statement with its terms replaced by their rank in term order; <see cref="G"/> is -1 for the default graph.</summary>
internal readonly record struct RankedQuad(int G, int S, int P, int O);

/// <summary>
/// The buffered statements of a pretty writer, deduplicated and sorted for output: graphs (default first), then
/// subjects, then predicates with rdf:type first, then objects, each in <see cref="TermComparer"/> order. Terms are
/// interned once and compared once, so sorting a million statements compares integers, not strings.
/// </summary>
internal sealed class StatementTable
{
    private StatementTable(Term[] terms, RankedQuad[] quads, int typeRank)
    {
        Terms = terms;
        Quads = quads;
        TypeRank = typeRank;
    }

    /// <summary>Every distinct term, in term order: a term's rank is its index here.</summary>
    public Term[] Terms { get; }

    public RankedQuad[] Quads { get; }

    /// <summary>The rank of rdf:type, or -1 if it does not occur.</summary>
    public int TypeRank { get; }

    public int RankOf(Iri iri) => Array.BinarySearch(Terms, iri, TermComparer.Instance) is var i and >= 0 ? i : -1;

    public static StatementTable Build(List<Term> terms, List<RankedQuad> quadsById, CancellationToken cancellationToken)
    {
        var (termArray, order) = SortTerms(terms);
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        cancellationToken.ThrowIfCancellationRequested();

        var quads = new RankedQuad[quadsById.Count];
        for (var i = 0; i < quads.Length; i++)
        {
            var q = quadsById[i];
            quads[i] = new RankedQuad(q.G < 0 ? -1 : rank[q.G], rank[q.S], rank[q.P], rank[q.O]);
        }

        var typeIndex = Array.BinarySearch(termArray, Vocab.Rdf.Type, TermComparer.Instance);
        var typeRank = typeIndex >= 0 ? typeIndex : -1;
        Array.Sort(quads, new OutputOrder(typeRank));
        cancellationToken.ThrowIfCancellationRequested();

        var distinct = 0;
        for (var i = 0; i < quads.Length; i++)
        {
            if (distinct == 0 || quads[i] != quads[distinct - 1]) quads[distinct++] = quads[i];
        }
        Array.Resize(ref quads, distinct);
        return new StatementTable(termArray, quads, typeRank);
    }

    // Term order (blank nodes, IRIs, literals) without going through TermComparer for every comparison: each kind is
    // sorted on its own with a specialised key, which is several times faster on hundreds of thousands of terms.
    private static (Term[] Terms, int[] Order) SortTerms(List<Term> terms)
    {
        var blanks = new List<int>();
        var iris = new List<int>();
        var literals = new List<int>();
        for (var i = 0; i < terms.Count; i++)
        {
            (terms[i].Kind switch { TermKind.BlankNode => blanks, TermKind.Iri => iris, _ => literals }).Add(i);
        }

        var blankIds = blanks.ToArray();
        Array.Sort(blankIds.Select(i => ((BlankNode)terms[i]).Label).ToArray(), blankIds, StringComparer.Ordinal);
        var iriIds = iris.ToArray();
        Array.Sort(iriIds.Select(i => ((Iri)terms[i]).Value).ToArray(), iriIds, StringComparer.Ordinal);
        var literalIds = literals.ToArray();
        Array.Sort(literalIds.Select(i => (Literal)terms[i]).ToArray(), literalIds, LiteralOrder.Instance);

        int[] order = [.. blankIds, .. iriIds, .. literalIds];
        var sorted = new Term[order.Length];
        for (var r = 0; r < order.Length; r++) sorted[r] = terms[order[r]];
        return (sorted, order);
    }

    // The literal part of TermComparer: lexical form, datatype, lower-cased language tag.
    private sealed class LiteralOrder : IComparer<Literal>
    {
        public static readonly LiteralOrder Instance = new();

        public int Compare(Literal? x, Literal? y)
        {
            var c = string.CompareOrdinal(x!.LexicalForm, y!.LexicalForm);
            if (c != 0) return c;
            c = string.CompareOrdinal(x.Datatype.Value, y.Datatype.Value);
            return c != 0 ? c : TermComparer.Instance.Compare(x, y);
        }
    }

    private sealed class OutputOrder(int typeRank) : IComparer<RankedQuad>
    {
        public int Compare(RankedQuad x, RankedQuad y)
        {
            var c = x.G.CompareTo(y.G);
            if (c != 0) return c;
            c = x.S.CompareTo(y.S);
            if (c != 0) return c;
            c = Key(x.P).CompareTo(Key(y.P));
            return c != 0 ? c : x.O.CompareTo(y.O);
        }

        private int Key(int p) => p == typeRank ? -1 : p;
    }
}
