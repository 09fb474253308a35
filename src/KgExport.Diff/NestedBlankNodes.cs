using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// Turns a changed blank-node component into statements about named nodes. When the component is a tree hanging
/// from named nodes (every blank node the object of exactly one statement, reachable from a named subject, all in
/// one graph), each blank node is shown nested in the statement that refers to it. Otherwise the statements of
/// named subjects keep the blank node by its label and the rest is listed apart.
/// </summary>
internal static class NestedBlankNodes
{
    /// <summary>Deeper trees (long RDF lists) are listed by label: nested text that deep helps no reader.</summary>
    public const int MaxNesting = 16;

    public static void Fold(BlankNodeComponent component, List<Statement> statements, List<Quad> other)
    {
        var quads = component.Quads;
        var graph = quads[0].Graph;
        var isTree = true;
        var inDegree = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySubject = new Dictionary<string, List<Quad>>(StringComparer.Ordinal);
        var roots = new List<Quad>();
        foreach (var q in quads)
        {
            if (q.Graph is BlankNode || !Equals(q.Graph, graph)) isTree = false;
            if (q.Subject is BlankNode s)
            {
                if (!bySubject.TryGetValue(s.Label, out var list)) bySubject[s.Label] = list = [];
                list.Add(q);
                inDegree.TryAdd(s.Label, 0);
            }
            else
            {
                roots.Add(q);
            }
            if (q.Object is BlankNode o) inDegree[o.Label] = inDegree.GetValueOrDefault(o.Label) + 1;
        }
        if (isTree && inDegree.Values.Any(d => d != 1)) isTree = false;
        if (isTree && roots.Count > 0 && Reachable(roots, bySubject, out var depth) == inDegree.Count && depth <= MaxNesting)
        {
            foreach (var q in roots) statements.Add(new Statement(new GraphKey(graph), q.Subject, q.Predicate, Nest((BlankNode)q.Object, bySubject)));
            return;
        }
        foreach (var q in quads)
        {
            if (q.Subject is not BlankNode && q.Graph is not BlankNode) statements.Add(new Statement(new GraphKey(q.Graph), q.Subject, q.Predicate, new TermValue(q.Object)));
            else other.Add(q);
        }
    }

    private static int Reachable(List<Quad> roots, Dictionary<string, List<Quad>> bySubject, out int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Label, int Depth)>();
        depth = 0;
        foreach (var q in roots)
        {
            if (q.Object is BlankNode b && seen.Add(b.Label)) pending.Push((b.Label, 1));
        }
        while (pending.TryPop(out var item))
        {
            depth = Math.Max(depth, item.Depth);
            if (!bySubject.TryGetValue(item.Label, out var list)) continue;
            foreach (var q in list)
            {
                if (q.Object is BlankNode b && seen.Add(b.Label)) pending.Push((b.Label, item.Depth + 1));
            }
        }
        return seen.Count;
    }

    // A tree at most MaxNesting deep here, so the recursion is bounded whatever the input (a long RDF list is not nested).
    private static BlankNodeValue Nest(BlankNode node, Dictionary<string, List<Quad>> bySubject)
    {
        var properties = new List<BlankNodeProperty>();
        if (bySubject.TryGetValue(node.Label, out var list))
        {
            foreach (var q in list)
            {
                DiffValue value = q.Object is BlankNode b ? Nest(b, bySubject) : new TermValue(q.Object);
                properties.Add(new BlankNodeProperty(q.Predicate, value));
            }
        }
        properties.Sort((x, y) =>
        {
            var byPredicate = string.CompareOrdinal(x.Predicate.Value, y.Predicate.Value);
            return byPredicate != 0 ? byPredicate : DiffValues.Compare(x.Value, y.Value);
        });
        return new BlankNodeValue(properties);
    }
}
