using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// Compares two datasets. The old one is held (its ground quads in a hash set); the new one is streamed against it,
/// so the cost is one hash lookup per quad and memory is one dataset, not two. Quads with blank nodes are grouped
/// into connected components, each canonicalized with RDFC-1.0 on its own, and components are matched by their
/// canonical form. The differences are then grouped per graph and per node (see <see cref="DatasetDifference"/>).
/// </summary>
public static class DatasetComparer
{
    private const int CancellationStride = 1 << 14;

    /// <exception cref="CanonicalizationLimitException">A group of blank nodes is too symmetric to canonicalize within the limit.</exception>
    public static DatasetDifference Compare(IEnumerable<Quad> oldQuads, IEnumerable<Quad> newQuads, DiffOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oldQuads);
        ArgumentNullException.ThrowIfNull(newQuads);
        options ??= DiffOptions.Default;

        var oldSide = new DatasetSide(options);
        var oldGround = new Dictionary<Quad, bool>();
        var n = 0;
        foreach (var q in oldQuads)
        {
            if ((++n & (CancellationStride - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            oldSide.Observe(q);
            if (DatasetSide.MentionsBlankNode(q)) oldSide.BlankNodeQuads.Add(q);
            else oldGround.TryAdd(q, false);
        }

        var newSide = new DatasetSide(options);
        var addedGround = new HashSet<Quad>();
        foreach (var q in newQuads)
        {
            if ((++n & (CancellationStride - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            newSide.Observe(q);
            if (DatasetSide.MentionsBlankNode(q))
            {
                newSide.BlankNodeQuads.Add(q);
                continue;
            }
            ref var matched = ref CollectionsMarshal.GetValueRefOrNullRef(oldGround, q);
            if (Unsafe.IsNullRef(ref matched)) addedGround.Add(q);
            else matched = true;
        }

        var removed = new List<Statement>();
        var added = new List<Statement>();
        var otherRemoved = new List<Quad>();
        var otherAdded = new List<Quad>();
        long matchedGround = 0;
        foreach (var (q, wasMatched) in oldGround)
        {
            if (wasMatched) matchedGround++;
            else removed.Add(new Statement(new GraphKey(q.Graph), q.Subject, q.Predicate, new TermValue(q.Object)));
        }
        foreach (var q in addedGround) added.Add(new Statement(new GraphKey(q.Graph), q.Subject, q.Predicate, new TermValue(q.Object)));
        var removedQuads = (long)removed.Count;
        var addedQuads = (long)added.Count;

        var (oldBlank, newBlank, blankRemoved, blankAdded) = CompareBlankNodes(oldSide, newSide, options, removed, added, otherRemoved, otherAdded, cancellationToken);
        removedQuads += blankRemoved;
        addedQuads += blankAdded;

        var counts = new DifferenceCounts
        {
            OldQuads = oldGround.Count + oldBlank,
            NewQuads = matchedGround + addedGround.Count + newBlank,
            RemovedQuads = removedQuads,
            AddedQuads = addedQuads,
        };
        return DifferenceGrouping.Group(oldSide, newSide, removed, added, otherRemoved, otherAdded, counts, options, cancellationToken);
    }

    private static (long OldQuads, long NewQuads, long Removed, long Added) CompareBlankNodes(
        DatasetSide oldSide, DatasetSide newSide, DiffOptions options,
        List<Statement> removed, List<Statement> added, List<Quad> otherRemoved, List<Quad> otherAdded, CancellationToken cancellationToken)
    {
        if (oldSide.BlankNodeQuads.Count == 0 && newSide.BlankNodeQuads.Count == 0) return (0, 0, 0, 0);
        var oldComponents = BlankNodeComponents.Of(oldSide.BlankNodeQuads, "old", options.Canonicalization, cancellationToken);
        var newComponents = BlankNodeComponents.Of(newSide.BlankNodeQuads, "new", options.Canonicalization, cancellationToken);
        oldSide.BlankNodeQuads.Clear();
        newSide.BlankNodeQuads.Clear();

        // A multiset: two equal components on one side (non-lean data) each need a partner on the other.
        var unmatchedOld = new Dictionary<string, Queue<BlankNodeComponent>>(StringComparer.Ordinal);
        foreach (var c in oldComponents)
        {
            if (!unmatchedOld.TryGetValue(c.CanonicalNQuads, out var queue)) unmatchedOld[c.CanonicalNQuads] = queue = new Queue<BlankNodeComponent>();
            queue.Enqueue(c);
        }
        long addedCount = 0, removedCount = 0;
        foreach (var c in newComponents)
        {
            if (unmatchedOld.TryGetValue(c.CanonicalNQuads, out var queue) && queue.TryDequeue(out _)) continue;
            NestedBlankNodes.Fold(c, added, otherAdded);
            addedCount += c.Quads.Count;
        }
        foreach (var queue in unmatchedOld.Values)
        {
            foreach (var c in queue)
            {
                NestedBlankNodes.Fold(c, removed, otherRemoved);
                removedCount += c.Quads.Count;
            }
        }
        return (oldComponents.Sum(c => (long)c.Quads.Count), newComponents.Sum(c => (long)c.Quads.Count), removedCount, addedCount);
    }
}
