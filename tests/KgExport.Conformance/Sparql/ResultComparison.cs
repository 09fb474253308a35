using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Conformance.Sparql;

/// <summary>
/// Compares query results as the SPARQL test suites require: solutions as multisets (or sequences under ORDER BY),
/// blank nodes up to a consistent renaming, graphs up to isomorphism.
/// </summary>
internal static class ResultComparison
{
    /// <summary>Term equality for results; numeric literals of one datatype compare by value (canonical forms differ).</summary>
    public static bool SameTerm(Term a, Term b)
    {
        if (a.Equals(b)) return true;
        if (a is Literal la && b is Literal lb && la.Datatype.Value == lb.Datatype.Value && la.Language is null && lb.Language is null
            && NumericValue.TryParse(la, out var x) && NumericValue.TryParse(lb, out var y))
            return x.Kind == y.Kind && (x.IsExact ? x.Exact == y.Exact : x.Approx.Equals(y.Approx));
        return false;
    }

    public static bool SameBindings(IReadOnlyList<string> expectedVars, List<Term?[]> expected, IReadOnlyList<string> actualVars, List<Term?[]> actual, bool ordered)
    {
        if (expected.Count != actual.Count) return false;
        // Align the actual columns with the expected variable order.
        var map = expectedVars.Select(v => actualVars.ToList().IndexOf(v)).ToArray();
        var aligned = actual.Select(r => map.Select(i => i < 0 ? null : r[i]).ToArray()).ToList();
        var bnodes = new Dictionary<Term, Term>();
        var reverse = new Dictionary<Term, Term>();
        if (ordered) return MatchOrdered(expected, aligned, 0, bnodes, reverse);
        return MatchUnordered(expected, aligned, new bool[aligned.Count], 0, bnodes, reverse);
    }

    private static bool MatchOrdered(List<Term?[]> e, List<Term?[]> a, int i, Dictionary<Term, Term> m, Dictionary<Term, Term> r)
    {
        for (; i < e.Count; i++)
        {
            if (!TryRow(e[i], a[i], m, r, out _)) return false;
        }
        return true;
    }

    private static bool MatchUnordered(List<Term?[]> e, List<Term?[]> a, bool[] used, int i, Dictionary<Term, Term> m, Dictionary<Term, Term> r)
    {
        if (i == e.Count) return true;
        for (var j = 0; j < a.Count; j++)
        {
            if (used[j]) continue;
            if (!TryRow(e[i], a[j], m, r, out var added)) continue;
            used[j] = true;
            if (MatchUnordered(e, a, used, i + 1, m, r)) return true;
            used[j] = false;
            foreach (var k in added)
            {
                r.Remove(m[k]);
                m.Remove(k);
            }
            if (!e[i].Any(t => t is BlankNode)) return false; // a ground row matches any equal row equally well
        }
        return false;
    }

    private static bool TryRow(Term?[] e, Term?[] a, Dictionary<Term, Term> m, Dictionary<Term, Term> r, out List<Term> added)
    {
        added = [];
        var ok = true;
        for (var k = 0; k < e.Length && ok; k++)
        {
            ok = TryTerm(e[k], k < a.Length ? a[k] : null, m, r, added);
        }
        if (!ok)
        {
            foreach (var x in added)
            {
                r.Remove(m[x]);
                m.Remove(x);
            }
            added.Clear();
        }
        return ok;
    }

    private static bool TryTerm(Term? e, Term? a, Dictionary<Term, Term> m, Dictionary<Term, Term> r, List<Term> added)
    {
        if (e is null || a is null) return e is null && a is null;
        if (e is BlankNode)
        {
            if (a is not BlankNode) return false;
            if (m.TryGetValue(e, out var mapped)) return mapped.Equals(a);
            if (r.ContainsKey(a)) return false;
            m[e] = a;
            r[a] = e;
            added.Add(e);
            return true;
        }
        return SameTerm(e, a);
    }

    /// <summary>Graph isomorphism by backtracking over triples with blank nodes.</summary>
    public static bool Isomorphic(IEnumerable<Triple> expected, IEnumerable<Triple> actual)
    {
        var e = expected.Distinct().Select(t => new Term?[] { t.Subject, t.Predicate, t.Object }).ToList();
        var a = actual.Distinct().Select(t => new Term?[] { t.Subject, t.Predicate, t.Object }).ToList();
        if (e.Count != a.Count) return false;
        // Ground triples first: cheap and they prune nothing, so match them as a set.
        var ground = e.Where(t => !t.Any(x => x is BlankNode)).ToList();
        var aGround = a.Where(t => !t.Any(x => x is BlankNode)).ToList();
        if (ground.Count != aGround.Count) return false;
        foreach (var g in ground)
        {
            var idx = aGround.FindIndex(x => SameTerm(x[0]!, g[0]!) && SameTerm(x[1]!, g[1]!) && SameTerm(x[2]!, g[2]!));
            if (idx < 0) return false;
            aGround.RemoveAt(idx);
        }
        var eb = e.Where(t => t.Any(x => x is BlankNode)).ToList();
        var ab = a.Where(t => t.Any(x => x is BlankNode)).ToList();
        return MatchUnordered(eb, ab, new bool[ab.Count], 0, [], []);
    }
}
