using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// Pairs removed and added nodes of one graph that are the same thing under a new IRI. KgExport mints IRIs from
/// keys that include values such as a date, so correcting a date removes one node and adds another; a reviewer
/// wants to see "the date changed". Two nodes pair when they have the same types and share at least half of their
/// other statements; the best-scoring pairs are taken first, ties broken by IRI, so the outcome is deterministic.
/// </summary>
internal static class NodeRenames
{
    private const double MinimumShare = 0.5;

    /// <summary>Beyond this many candidate pairs of one type, nodes are left unpaired (a bulk change, not a rename).</summary>
    private const long MaxCandidatePairs = 250_000;

    public static List<(NodeChanges Removed, NodeChanges Added)> Find(IReadOnlyList<NodeChanges> removed, IReadOnlyList<NodeChanges> added, CancellationToken cancellationToken)
    {
        var pairs = new List<(NodeChanges, NodeChanges)>();
        if (removed.Count == 0 || added.Count == 0) return pairs;
        var removedByType = removed.GroupBy(n => TypeKey(n.Removed)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var addedOfType in added.GroupBy(n => TypeKey(n.Added)))
        {
            if (!removedByType.TryGetValue(addedOfType.Key, out var candidates)) continue;
            var news = addedOfType.ToList();
            if ((long)candidates.Count * news.Count > MaxCandidatePairs) continue;
            var scored = new List<(double Score, NodeChanges Old, NodeChanges New)>();
            foreach (var old in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var oldKeys = StatementKeys(old.Removed);
                foreach (var @new in news)
                {
                    var newKeys = StatementKeys(@new.Added);
                    var larger = Math.Max(oldKeys.Count, newKeys.Count);
                    if (larger == 0) continue;
                    var shared = oldKeys.Count(newKeys.Contains);
                    var score = (double)shared / larger;
                    if (score >= MinimumShare) scored.Add((score, old, @new));
                }
            }
            scored.Sort((a, b) =>
            {
                var byScore = b.Score.CompareTo(a.Score);
                if (byScore != 0) return byScore;
                var byOld = a.Old.Subject.CompareTo(b.Old.Subject);
                return byOld != 0 ? byOld : a.New.Subject.CompareTo(b.New.Subject);
            });
            var taken = new HashSet<Term>();
            foreach (var (_, old, @new) in scored)
            {
                if (taken.Contains(old.Subject) || taken.Contains(@new.Subject)) continue;
                taken.Add(old.Subject);
                taken.Add(@new.Subject);
                pairs.Add((old, @new));
            }
        }
        return pairs;
    }

    private static string TypeKey(List<Statement> statements) =>
        string.Join(" ", statements.Where(s => s.Predicate.Value == Vocab.Rdf.Type.Value).Select(s => DiffValues.Key(s.Value)).Order(StringComparer.Ordinal));

    private static HashSet<string> StatementKeys(List<Statement> statements) =>
        statements.Where(s => s.Predicate.Value != Vocab.Rdf.Type.Value)
            .Select(s => s.Predicate.Value + " " + DiffValues.Key(s.Value))
            .ToHashSet(StringComparer.Ordinal);
}
