using System.Text;
using KgExport.Rdf;

namespace KgExport.Conformance;

/// <summary>
/// Compares parsed datasets for the evaluation tests.
/// TEMPORARY: a small backtracking blank-node matcher until KgExport.Rdf's RDFC-1.0 based Isomorphism lands.
/// </summary>
public static class DatasetComparison
{
    public static bool AreIsomorphic(IReadOnlyCollection<Quad> a, IReadOnlyCollection<Quad> b)
    {
        var setA = a.ToHashSet();
        var setB = b.ToHashSet();
        if (setA.Count != setB.Count) return false;
        var blanksA = BlankNodes(setA);
        var blanksB = BlankNodes(setB);
        if (blanksA.Count != blanksB.Count) return false;
        if (blanksA.Count == 0) return setA.SetEquals(setB);

        var signaturesA = Signatures(setA);
        var signaturesB = Signatures(setB);
        var map = new Dictionary<BlankNode, BlankNode>();
        var used = new HashSet<BlankNode>();
        return Match(0);

        bool Match(int i)
        {
            if (i == blanksA.Count) return setA.All(q => setB.Contains(Rename(q, map)));
            var x = blanksA[i];
            foreach (var y in blanksB)
            {
                if (used.Contains(y) || signaturesA[x] != signaturesB[y]) continue;
                map[x] = y;
                used.Add(y);
                if (Match(i + 1)) return true;
                used.Remove(y);
                map.Remove(x);
            }
            return false;
        }
    }

    public static string Describe(IReadOnlyCollection<Quad> actual, IReadOnlyCollection<Quad> expected)
    {
        var sb = new StringBuilder();
        sb.Append($"not isomorphic: got {actual.Distinct().Count()} quads, expected {expected.Distinct().Count()}");
        var missing = expected.Where(q => !HasBlank(q) && !actual.Contains(q)).Take(3).ToList();
        var extra = actual.Where(q => !HasBlank(q) && !expected.Contains(q)).Take(3).ToList();
        foreach (var q in missing) sb.Append("\n    missing ").Append(q);
        foreach (var q in extra) sb.Append("\n    unexpected ").Append(q);
        return sb.ToString();
    }

    private static bool HasBlank(Quad q) => q.Subject is BlankNode || q.Object is BlankNode || q.Graph is BlankNode;

    private static List<BlankNode> BlankNodes(HashSet<Quad> quads) =>
        [.. quads.SelectMany(q => new[] { q.Subject, q.Object, q.Graph }).OfType<BlankNode>().Distinct().OrderBy(b => b.Label, StringComparer.Ordinal)];

    private static Dictionary<BlankNode, string> Signatures(HashSet<Quad> quads)
    {
        var parts = new Dictionary<BlankNode, List<string>>();
        void Add(Term? t, string part)
        {
            if (t is not BlankNode b) return;
            if (!parts.TryGetValue(b, out var list)) parts[b] = list = [];
            list.Add(part);
        }
        string Show(Term? t) => t is null ? "" : t is BlankNode ? "_" : t.ToString();
        foreach (var q in quads)
        {
            Add(q.Subject, $"s {q.Predicate} {Show(q.Object)} {Show(q.Graph)}");
            Add(q.Object, $"o {Show(q.Subject)} {q.Predicate} {Show(q.Graph)}");
            Add(q.Graph, $"g {Show(q.Subject)} {q.Predicate} {Show(q.Object)}");
        }
        return parts.ToDictionary(kv => kv.Key, kv => string.Join("\n", kv.Value.Order(StringComparer.Ordinal)));
    }

    private static Quad Rename(Quad q, Dictionary<BlankNode, BlankNode> map)
    {
        Term R(Term t) => t is BlankNode b ? map[b] : t;
        return new Quad(R(q.Subject), q.Predicate, R(q.Object), q.Graph is null ? null : R(q.Graph));
    }
}
