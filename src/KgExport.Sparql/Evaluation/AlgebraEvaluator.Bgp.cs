using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

internal sealed partial class AlgebraEvaluator
{
    /// <summary>Triples matching a pattern in the active graph (a merge of several graphs when FROM lists more than one).</summary>
    internal IEnumerable<(Term S, Term P, Term O)> MatchTriples(Term? s, Term? p, Term? o, IReadOnlyList<Term?> graphs)
    {
        if (graphs.Count == 1)
        {
            var store = _ctx.Store;
            if (!TryIds(s, p, o, out var sid, out var pid, out var oid)) yield break;
            foreach (var (a, b, c) in store.MatchIds(sid, pid, oid, graphs[0])) yield return (store.TermOf(a), store.TermOf(b), store.TermOf(c));
            yield break;
        }
        // Several graphs merged: a triple in more than one of them is one triple of the merge.
        using var memory = _ctx.Memory.Hold();
        var seen = new HashSet<(Term, Term, Term)>();
        foreach (var g in graphs)
        {
            foreach (var q in _ctx.Store.Match(s, p, o, g))
            {
                _ctx.Check();
                var t = (q.Subject, (Term)q.Predicate, q.Object);
                if (!seen.Add(t)) continue;
                memory.Add(MergedTripleBytes);
                yield return t;
            }
        }
    }

    /// <summary>A set entry for a triple of the store (whose terms the store holds anyway).</summary>
    private const long MergedTripleBytes = 48;

    /// <summary>The store ids of the bound positions (0 for unbound); false when a bound term is not in the store at all.</summary>
    private bool TryIds(Term? s, Term? p, Term? o, out int sid, out int pid, out int oid)
    {
        var store = _ctx.Store;
        sid = pid = oid = 0;
        return (s is null || (sid = store.IdOf(s)) != 0) && (p is null || (pid = store.IdOf(p)) != 0) && (o is null || (oid = store.IdOf(o)) != 0);
    }

    private int EstimateIn(Term? s, Term? p, Term? o, IReadOnlyList<Term?> graphs)
    {
        var total = 0;
        foreach (var g in graphs) total += _ctx.Store.Estimate(s, p, o, g);
        return total;
    }

    private Term? Resolve(PatternNode node, Term?[] row) => node switch
    {
        TermNode t => t.Term,
        Variable v => Solution.Get(row, _ctx.Slot(v)),
        _ => null,
    };

    private IEnumerable<Term?[]> EvaluateBgp(Bgp bgp, Term?[] seed, IReadOnlyList<Term?> graphs) => EvaluateBgp(bgp, seed, graphs, []);

    /// <summary>
    /// A BGP, with filters (conjuncts of a FILTER directly over it) applied as soon as the patterns matched so far bind
    /// every variable they mention that the BGP binds; later patterns cannot change those bindings, so each
    /// filter gives the same answer as on the complete solution, and rows that fail it are not extended further.
    /// </summary>
    private IEnumerable<Term?[]> EvaluateBgp(Bgp bgp, Term?[] seed, IReadOnlyList<Term?> graphs, IReadOnlyList<Expression> filters)
    {
        if (bgp.Patterns.Count == 0)
        {
            return filters.All(f => Test(f, seed, graphs) == true) ? [seed] : [];
        }
        var ordered = OrderBySelectivity(bgp.Patterns, seed, graphs);
        var steps = new BgpStep[ordered.Count];
        var boundAt = new Dictionary<Variable, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var tp = ordered[i];
            steps[i] = new BgpStep(SlotOrConstant(tp.Subject), SlotOrConstant(tp.Predicate), SlotOrConstant(tp.Object), []);
            if (tp.Subject is Variable vs) boundAt.TryAdd(vs, i);
            if (tp.Predicate is Variable vp) boundAt.TryAdd(vp, i);
            if (tp.Object is Variable vo) boundAt.TryAdd(vo, i);
        }
        var atStart = new List<Expression>();
        foreach (var f in filters)
        {
            var depth = -1;
            foreach (var v in VariableScope.MentionedOnce(f))
            {
                if (boundAt.TryGetValue(v, out var d)) depth = Math.Max(depth, d);
            }
            if (depth < 0) atStart.Add(f);
            else steps[depth].Filters.Add(f);
        }
        if (atStart.Any(f => Test(f, seed, graphs) != true)) return [];
        return MatchFrom(steps, seed, graphs);
    }

    private (Term? Constant, int Slot) SlotOrConstant(PatternNode node) =>
        node is Variable v ? (null, _ctx.Slot(v)) : (((TermNode)node).Term, -1);

    /// <summary>One triple pattern of a BGP in evaluation order: constants or slots, and the filters to test after it.</summary>
    private sealed record BgpStep((Term? Constant, int Slot) S, (Term? Constant, int Slot) P, (Term? Constant, int Slot) O, List<Expression> Filters);

    /// <summary>
    /// Greedy join order: repeatedly take the pattern with the smallest estimated result, counting variables bound by
    /// the seed or by earlier patterns as selective, and preferring patterns connected to what is already bound.
    /// </summary>
    private List<TriplePattern> OrderBySelectivity(IReadOnlyList<TriplePattern> patterns, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        if (patterns.Count == 1) return [.. patterns];
        var remaining = patterns.ToList();
        var bound = new HashSet<Variable>();
        foreach (var (v, slot) in _ctx.Slots)
        {
            if (Solution.Get(seed, slot) is not null) bound.Add(v);
        }
        var result = new List<TriplePattern>(patterns.Count);
        while (remaining.Count > 0)
        {
            TriplePattern? best = null;
            var bestScore = double.MaxValue;
            foreach (var tp in remaining)
            {
                // Planning a BGP of thousands of patterns is quadratic: it runs on the query's clock too.
                _ctx.Check();
                var score = Score(tp, seed, bound, graphs, result.Count == 0);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = tp;
                }
            }
            result.Add(best!);
            remaining.Remove(best!);
            if (best!.Subject is Variable vs) bound.Add(vs);
            if (best.Predicate is Variable vp) bound.Add(vp);
            if (best.Object is Variable vo) bound.Add(vo);
        }
        return result;
    }

    private double Score(TriplePattern tp, Term?[] seed, HashSet<Variable> bound, IReadOnlyList<Term?> graphs, bool first)
    {
        var s = Resolve(tp.Subject, seed);
        var p = Resolve(tp.Predicate, seed);
        var o = Resolve(tp.Object, seed);
        double estimate = EstimateIn(s, p, o, graphs);
        if (estimate == 0) return -1;
        var boundLater = BoundLater(tp.Subject, s, bound) + BoundLater(tp.Predicate, p, bound) + BoundLater(tp.Object, o, bound);
        if (boundLater > 0) estimate = Math.Max(1, estimate / Math.Pow(100, boundLater));
        else if (!first && bound.Count > 0) estimate *= 1000; // a cartesian product: postpone
        // To start from, a pattern anchored on a subject or object constant beats a slightly smaller one with only
        // its predicate fixed: the anchored one's neighbours are few, the other's fan out over the whole predicate.
        else if (first && s is null && o is null) estimate *= 10;
        return estimate;
    }

    /// <summary>1 when the position is a variable the seed leaves unbound and an earlier pattern binds, else 0.</summary>
    private static int BoundLater(PatternNode node, Term? fromSeed, HashSet<Variable> bound) =>
        node is Variable v && fromSeed is null && bound.Contains(v) ? 1 : 0;

    /// <summary>
    /// The solutions of all the steps that extend <paramref name="seed"/>: depth first, with the open match of each
    /// step kept on an explicit stack, so a BGP of any number of patterns needs no more of the thread's stack than
    /// one of a single pattern.
    /// </summary>
    private IEnumerable<Term?[]> MatchFrom(BgpStep[] steps, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        var open = new IEnumerator<Term?[]>?[steps.Length];
        var level = 0;
        open[0] = Extensions(steps[0], seed, graphs).GetEnumerator();
        try
        {
            while (level >= 0)
            {
                var matches = open[level]!;
                if (!matches.MoveNext())
                {
                    matches.Dispose();
                    open[level--] = null;
                    continue;
                }
                if (level + 1 == steps.Length)
                {
                    yield return matches.Current;
                    continue;
                }
                level++;
                open[level] = Extensions(steps[level], matches.Current, graphs).GetEnumerator();
            }
        }
        finally
        {
            foreach (var matches in open) matches?.Dispose();
        }
    }

    /// <summary>The rows that extend <paramref name="row"/> by one match of the step's pattern and pass the step's filters.</summary>
    private IEnumerable<Term?[]> Extensions(BgpStep step, Term?[] row, IReadOnlyList<Term?> graphs)
    {
        var s = step.S.Constant ?? Solution.Get(row, step.S.Slot);
        var p = step.P.Constant ?? Solution.Get(row, step.P.Slot);
        var o = step.O.Constant ?? Solution.Get(row, step.O.Slot);
        if (p is not null and not Iri) yield break;
        var sSlot = s is null ? step.S.Slot : -1;
        var pSlot = p is null ? step.P.Slot : -1;
        var oSlot = o is null ? step.O.Slot : -1;
        var width = Math.Max(row.Length, _ctx.Width);
        foreach (var (ms, mp, mo) in MatchTriples(s, p, o, graphs))
        {
            _ctx.Check();
            Term?[] next = row;
            if (sSlot >= 0 || pSlot >= 0 || oSlot >= 0)
            {
                next = new Term?[width];
                Array.Copy(row, next, row.Length);
                if (!Bind(next, sSlot, ms) || !Bind(next, pSlot, mp) || !Bind(next, oSlot, mo)) continue;
            }
            if (PassesAll(step.Filters, next, graphs)) yield return next;
        }
    }

    private bool PassesAll(List<Expression> filters, Term?[] row, IReadOnlyList<Term?> graphs)
    {
        foreach (var f in filters)
        {
            if (Test(f, row, graphs) != true) return false;
        }
        return true;
    }

    /// <summary>Binds a slot, failing when the same variable appears twice in the pattern with different values.</summary>
    private static bool Bind(Term?[] row, int slot, Term value)
    {
        if (slot < 0) return true;
        var existing = row[slot];
        if (existing is null)
        {
            row[slot] = value;
            return true;
        }
        return existing.Equals(value);
    }
}
