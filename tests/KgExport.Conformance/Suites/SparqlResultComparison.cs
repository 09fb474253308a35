using KgExport.Rdf;
using KgExport.Rdf.Values;
using KgExport.Sparql.Evaluation;

namespace KgExport.Conformance;

/// <summary>
/// Compares query results as the SPARQL test suites require: solutions as multisets (or sequences under ORDER BY),
/// blank nodes up to a consistent renaming, graphs up to isomorphism.
/// </summary>
public static class SparqlResultComparison
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
        var actualIndex = actualVars.ToList();
        var map = expectedVars.Select(v => actualIndex.IndexOf(v)).ToArray();
        var aligned = actual.Select(r => map.Select(i => i < 0 ? null : r[i]).ToArray()).ToList();
        var bnodes = new Dictionary<Term, Term>();
        var reverse = new Dictionary<Term, Term>();
        if (ordered)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (!TryRow(expected[i], aligned[i], bnodes, reverse, out _)) return false;
            }
            return true;
        }
        return MatchUnordered(expected, aligned, new bool[aligned.Count], 0, bnodes, reverse);
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
            Undo(added, m, r);
            // A row without blank nodes matches every equal row equally well: no other choice can help.
            if (!e[i].Any(t => t is BlankNode)) return false;
        }
        return false;
    }

    private static void Undo(List<Term> added, Dictionary<Term, Term> m, Dictionary<Term, Term> r)
    {
        foreach (var x in added)
        {
            r.Remove(m[x]);
            m.Remove(x);
        }
        added.Clear();
    }

    private static bool TryRow(Term?[] e, Term?[] a, Dictionary<Term, Term> m, Dictionary<Term, Term> r, out List<Term> added)
    {
        added = [];
        for (var k = 0; k < e.Length; k++)
        {
            if (!TryTerm(e[k], k < a.Length ? a[k] : null, m, r, added))
            {
                Undo(added, m, r);
                return false;
            }
        }
        return true;
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

    /// <summary>Graph isomorphism: ground triples as a set, then backtracking over the triples with blank nodes.</summary>
    public static bool Isomorphic(IEnumerable<Triple> expected, IEnumerable<Triple> actual)
    {
        var e = expected.Distinct().Select(t => new Term?[] { t.Subject, t.Predicate, t.Object }).ToList();
        var a = actual.Distinct().Select(t => new Term?[] { t.Subject, t.Predicate, t.Object }).ToList();
        if (e.Count != a.Count) return false;
        var aGround = a.Where(t => !t.Any(x => x is BlankNode)).ToList();
        foreach (var g in e.Where(t => !t.Any(x => x is BlankNode)))
        {
            var idx = aGround.FindIndex(x => SameTerm(x[0]!, g[0]!) && SameTerm(x[1]!, g[1]!) && SameTerm(x[2]!, g[2]!));
            if (idx < 0) return false;
            aGround.RemoveAt(idx);
        }
        if (aGround.Count != 0) return false;
        var eb = e.Where(t => t.Any(x => x is BlankNode)).ToList();
        var ab = a.Where(t => t.Any(x => x is BlankNode)).ToList();
        return MatchUnordered(eb, ab, new bool[ab.Count], 0, [], []);
    }
}
