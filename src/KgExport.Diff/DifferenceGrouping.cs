using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// Groups the removed and added statements the way a reviewer reads them: per graph, per node (added, removed, or
/// changed with its properties old → new), then what belongs to no named node.
/// </summary>
internal static class DifferenceGrouping
{
    public static DatasetDifference Group(
        DatasetSide oldSide, DatasetSide newSide,
        List<Statement> removed, List<Statement> added, List<Quad> otherRemoved, List<Quad> otherAdded,
        DifferenceCounts counts, DiffOptions options, CancellationToken cancellationToken)
    {
        var buckets = new Dictionary<GraphKey, GraphBucket>();
        GraphBucket BucketOf(GraphKey g) => buckets.TryGetValue(g, out var b) ? b : buckets[g] = new GraphBucket();
        foreach (var s in removed) BucketOf(s.Graph).Node(s.Subject).Removed.Add(s);
        foreach (var s in added) BucketOf(s.Graph).Node(s.Subject).Added.Add(s);
        foreach (var q in otherRemoved) BucketOf(new GraphKey(q.Graph)).OtherRemoved.Add(q);
        foreach (var q in otherAdded) BucketOf(new GraphKey(q.Graph)).OtherAdded.Add(q);

        var graphs = new List<GraphDifference>();
        int graphsAdded = 0, graphsRemoved = 0, graphsChanged = 0, nodesAdded = 0, nodesRemoved = 0, nodesChanged = 0;
        var named = new HashSet<Term>();
        foreach (var (key, bucket) in buckets.OrderBy(kv => kv.Key, Comparer<GraphKey>.Create(GraphKey.Compare)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var nodes = Nodes(key, bucket, oldSide, newSide, options, cancellationToken);
            foreach (var node in nodes)
            {
                switch (node.Kind)
                {
                    case ChangeKind.Added: nodesAdded++; break;
                    case ChangeKind.Removed: nodesRemoved++; break;
                    default: nodesChanged++; break;
                }
                Name(named, node);
            }
            var kind = Kind(oldSide.Graphs.Contains(key), newSide.Graphs.Contains(key));
            switch (kind)
            {
                case ChangeKind.Added: graphsAdded++; break;
                case ChangeKind.Removed: graphsRemoved++; break;
                default: graphsChanged++; break;
            }
            if (key.Graph is Iri graphName) named.Add(graphName);
            graphs.Add(new GraphDifference(key.Graph, kind, nodes, Sorted(bucket.OtherRemoved), Sorted(bucket.OtherAdded)));
        }

        var labels = new Dictionary<Term, string>();
        foreach (var term in named)
        {
            if (newSide.Labels.TryGet(term, out var label) || oldSide.Labels.TryGet(term, out label)) labels[term] = label;
        }
        counts = counts with
        {
            GraphsAdded = graphsAdded, GraphsRemoved = graphsRemoved, GraphsChanged = graphsChanged,
            NodesAdded = nodesAdded, NodesRemoved = nodesRemoved, NodesChanged = nodesChanged,
        };
        return new DatasetDifference(graphs, counts, labels);
    }

    private static List<NodeDifference> Nodes(GraphKey graph, GraphBucket bucket, DatasetSide oldSide, DatasetSide newSide, DiffOptions options, CancellationToken cancellationToken)
    {
        var removedNodes = new List<NodeChanges>();
        var addedNodes = new List<NodeChanges>();
        var result = new List<NodeDifference>();
        foreach (var changes in bucket.Nodes.Values)
        {
            var kind = Kind(oldSide.Subjects.Contains((graph, changes.Subject)), newSide.Subjects.Contains((graph, changes.Subject)));
            if (kind == ChangeKind.Removed && changes.Subject is Iri) removedNodes.Add(changes);
            else if (kind == ChangeKind.Added && changes.Subject is Iri) addedNodes.Add(changes);
            else result.Add(new NodeDifference(changes.Subject, kind, NodeChanges.Properties(changes.Removed, changes.Added)));
        }
        var renamed = options.DetectRenamedNodes ? NodeRenames.Find(removedNodes, addedNodes, cancellationToken) : [];
        var paired = new HashSet<NodeChanges>();
        foreach (var (old, @new) in renamed)
        {
            paired.Add(old);
            paired.Add(@new);
            result.Add(new NodeDifference(@new.Subject, ChangeKind.Changed, NodeChanges.Properties(old.Removed, @new.Added)) { RenamedFrom = old.Subject });
        }
        foreach (var n in removedNodes.Where(n => !paired.Contains(n))) result.Add(new NodeDifference(n.Subject, ChangeKind.Removed, NodeChanges.Properties(n.Removed, [])));
        foreach (var n in addedNodes.Where(n => !paired.Contains(n))) result.Add(new NodeDifference(n.Subject, ChangeKind.Added, NodeChanges.Properties([], n.Added)));
        result.Sort((a, b) => a.Node.CompareTo(b.Node));
        return result;
    }

    private static ChangeKind Kind(bool inOld, bool inNew) => (inOld, inNew) switch
    {
        (true, true) => ChangeKind.Changed,
        (false, true) => ChangeKind.Added,
        _ => ChangeKind.Removed,
    };

    private static void Name(HashSet<Term> named, NodeDifference node)
    {
        named.Add(node.Node);
        if (node.RenamedFrom is { } from) named.Add(from);
        foreach (var p in node.Properties)
        {
            foreach (var v in p.Removed.Concat(p.Added)) Name(named, v);
        }
    }

    private static void Name(HashSet<Term> named, DiffValue value)
    {
        switch (value)
        {
            case TermValue { Term: Iri iri }:
                named.Add(iri);
                break;
            case BlankNodeValue b:
                foreach (var p in b.Properties) Name(named, p.Value);
                break;
        }
    }

    private static List<Quad> Sorted(List<Quad> quads)
    {
        quads.Sort((a, b) => CodePointOrder.Instance.Compare(NTriplesFormatter.Format(a), NTriplesFormatter.Format(b)));
        return quads;
    }

    private sealed class GraphBucket
    {
        public Dictionary<Term, NodeChanges> Nodes { get; } = [];

        public List<Quad> OtherRemoved { get; } = [];

        public List<Quad> OtherAdded { get; } = [];

        public NodeChanges Node(Term subject) => Nodes.TryGetValue(subject, out var n) ? n : Nodes[subject] = new NodeChanges(subject);
    }
}
