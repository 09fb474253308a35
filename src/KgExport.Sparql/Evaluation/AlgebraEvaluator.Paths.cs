using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

internal sealed partial class AlgebraEvaluator
{
    private IEnumerable<Term?[]> EvaluatePath(PathNode node, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        var s = Resolve(node.Subject, seed);
        var o = Resolve(node.Object, seed);
        var sSlot = node.Subject is Variable sv ? _ctx.Slot(sv) : -1;
        var oSlot = node.Object is Variable ov ? _ctx.Slot(ov) : -1;
        if (s is not null)
        {
            // A start node that came from a variable binding must be a node of the graph for a zero-length match:
            // a join evaluates the path independently of the values the other side binds.
            foreach (var t in Targets(s, node.Path, graphs, node.Subject is Variable))
            {
                _ctx.Check();
                if (o is not null)
                {
                    if (t.Equals(o)) yield return seed;
                }
                else if (oSlot == sSlot && oSlot >= 0)
                {
                    if (t.Equals(s)) yield return seed;
                }
                else
                {
                    yield return Solution.With(seed, oSlot, t, _ctx.Width);
                }
            }
            yield break;
        }
        if (o is not null)
        {
            foreach (var t in Targets(o, node.Path.Inverse(), graphs, node.Object is Variable))
            {
                _ctx.Check();
                yield return Solution.With(seed, sSlot, t, _ctx.Width);
            }
            yield break;
        }
        foreach (var start in AllNodes(graphs))
        {
            foreach (var t in Targets(start, node.Path, graphs))
            {
                _ctx.Check();
                if (sSlot == oSlot)
                {
                    if (t.Equals(start)) yield return Solution.With(seed, sSlot, start, _ctx.Width);
                    continue;
                }
                var row = Solution.With(seed, sSlot, start, _ctx.Width);
                yield return Solution.With(row, oSlot, t, _ctx.Width);
            }
        }
    }

    /// <summary>Every subject and object of the active graph, once each.</summary>
    private IEnumerable<Term> AllNodes(IReadOnlyList<Term?> graphs)
    {
        using var memory = _ctx.Memory.Hold();
        var seen = new HashSet<Term>();
        foreach (var (s, _, o) in MatchTriples(null, null, null, graphs))
        {
            if (Seen(seen, s, memory)) yield return s;
            if (Seen(seen, o, memory)) yield return o;
        }
    }

    /// <summary>Adds a node to a set of visited nodes, charging it; false when it was there already.</summary>
    private static bool Seen(HashSet<Term> seen, Term node, MemoryHold memory)
    {
        if (!seen.Add(node)) return false;
        memory.Add(VisitedNodeBytes);
        return true;
    }

    /// <summary>A set entry (the node itself belongs to the store or to a solution already charged).</summary>
    private const long VisitedNodeBytes = 32;

    /// <summary>Whether <paramref name="t"/> is a subject or object in one of <paramref name="graphs"/>.</summary>
    private bool IsGraphNode(Term t, IReadOnlyList<Term?> graphs) => EstimateIn(t, null, null, graphs) > 0 || EstimateIn(null, null, t, graphs) > 0;

    private IEnumerable<Term> Targets(Term start, PathExpr path, IReadOnlyList<Term?> graphs, bool startMustBeInGraph = false)
    {
        switch (path)
        {
            case LinkPath link:
                foreach (var (_, _, o) in MatchTriples(start, link.Iri, null, graphs)) yield return o;
                break;
            case InversePath { Path: LinkPath link }:
                foreach (var (s, _, _) in MatchTriples(null, link.Iri, start, graphs)) yield return s;
                break;
            case InversePath inv:
                foreach (var t in Targets(start, inv.Path.Inverse(), graphs, startMustBeInGraph)) yield return t;
                break;
            case SequencePath seq:
                foreach (var mid in Targets(start, seq.Left, graphs, startMustBeInGraph))
                    foreach (var t in Targets(mid, seq.Right, graphs)) yield return t;
                break;
            case AlternativePath alt:
                foreach (var t in Targets(start, alt.Left, graphs, startMustBeInGraph)) yield return t;
                foreach (var t in Targets(start, alt.Right, graphs, startMustBeInGraph)) yield return t;
                break;
            case ZeroOrOnePath zo:
            {
                using var memory = _ctx.Memory.Hold();
                var seen = new HashSet<Term> { start };
                if (!startMustBeInGraph || IsGraphNode(start, graphs)) yield return start;
                foreach (var t in Targets(start, zo.Path, graphs))
                {
                    if (Seen(seen, t, memory)) yield return t;
                }
                break;
            }
            case ZeroOrMorePath zm:
                foreach (var t in Closure(start, zm.Path, graphs, includeStart: !startMustBeInGraph || IsGraphNode(start, graphs))) yield return t;
                break;
            case OneOrMorePath om:
                foreach (var t in Closure(start, om.Path, graphs, includeStart: false)) yield return t;
                break;
            case NegatedPropertySet neg:
                if (neg.HasForward)
                {
                    foreach (var (_, p, o) in MatchTriples(start, null, null, graphs))
                    {
                        if (!neg.Forward.Contains((Iri)p)) yield return o;
                    }
                }
                if (neg.HasBackward)
                {
                    foreach (var (s, p, _) in MatchTriples(null, null, start, graphs))
                    {
                        if (!neg.Backward.Contains((Iri)p)) yield return s;
                    }
                }
                break;
        }
    }

    /// <summary>Breadth-first transitive closure; each node once, so cycles terminate. The visited nodes are charged.</summary>
    private IEnumerable<Term> Closure(Term start, PathExpr step, IReadOnlyList<Term?> graphs, bool includeStart)
    {
        using var memory = _ctx.Memory.Hold();
        var seen = new HashSet<Term>();
        var queue = new Queue<Term>();
        if (includeStart)
        {
            seen.Add(start);
            yield return start;
        }
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var t in Targets(node, step, graphs))
            {
                _ctx.Check();
                if (!Seen(seen, t, memory)) continue;
                yield return t;
                queue.Enqueue(t);
            }
        }
    }
}
