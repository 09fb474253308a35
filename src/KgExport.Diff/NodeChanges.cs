using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>The removed and added statements of one subject in one graph, as the comparison collects them.</summary>
internal sealed class NodeChanges(Term subject)
{
    public Term Subject { get; } = subject;

    public List<Statement> Removed { get; } = [];

    public List<Statement> Added { get; } = [];

    /// <summary>The node's property differences: rdf:type first, then by property IRI; values in canonical order.</summary>
    public static List<PropertyDifference> Properties(IEnumerable<Statement> removed, IEnumerable<Statement> added)
    {
        var byPredicate = new SortedDictionary<string, (Iri Predicate, List<DiffValue> Removed, List<DiffValue> Added)>(PredicateOrder.Instance);
        foreach (var s in removed) Slot(byPredicate, s.Predicate).Removed.Add(s.Value);
        foreach (var s in added) Slot(byPredicate, s.Predicate).Added.Add(s.Value);
        var result = new List<PropertyDifference>(byPredicate.Count);
        foreach (var (_, (predicate, gone, came)) in byPredicate)
        {
            var goneKeys = gone.Select(DiffValues.Key).ToHashSet(StringComparer.Ordinal);
            var cameKeys = came.Select(DiffValues.Key).ToHashSet(StringComparer.Ordinal);
            // A value on both sides (a renamed node's unchanged property) is no difference.
            var r = gone.Where(v => !cameKeys.Contains(DiffValues.Key(v))).ToList();
            var a = came.Where(v => !goneKeys.Contains(DiffValues.Key(v))).ToList();
            if (r.Count == 0 && a.Count == 0) continue;
            r.Sort(DiffValues.Compare);
            a.Sort(DiffValues.Compare);
            result.Add(new PropertyDifference(predicate, r, a));
        }
        return result;
    }

    private static (Iri Predicate, List<DiffValue> Removed, List<DiffValue> Added) Slot(
        SortedDictionary<string, (Iri Predicate, List<DiffValue> Removed, List<DiffValue> Added)> slots, Iri predicate)
    {
        if (!slots.TryGetValue(predicate.Value, out var slot)) slots[predicate.Value] = slot = (predicate, [], []);
        return slot;
    }

    private sealed class PredicateOrder : IComparer<string>
    {
        public static readonly PredicateOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var xType = x == Vocab.Rdf.Type.Value;
            var yType = y == Vocab.Rdf.Type.Value;
            if (xType != yType) return xType ? -1 : 1;
            return string.CompareOrdinal(x, y);
        }
    }
}
