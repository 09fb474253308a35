using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

public sealed partial class AlgebraEvaluator
{
    /// <summary>Triples matching a pattern in the active graph (a merge of several graphs when FROM lists more than one).</summary>
    internal IEnumerable<(Term S, Term P, Term O)> MatchTriples(Term? s, Term? p, Term? o, IReadOnlyList<Term?> graphs)
    {
        if (graphs.Count == 1)
        {
            foreach (var q in _ctx.Store.Match(s, p, o, graphs[0])) yield return (q.Subject, q.Predicate, q.Object);
            yield break;
        }
        var seen = new HashSet<(Term, Term, Term)>();
        foreach (var g in graphs)
        {
            foreach (var q in _ctx.Store.Match(s, p, o, g))
            {
                var t = (q.Subject, (Term)q.Predicate, q.Object);
                if (seen.Add(t)) yield return t;
            }
        }
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

    private IEnumerable<Term?[]> EvaluateBgp(Bgp bgp, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        if (bgp.Patterns.Count == 0) return [seed];
        var ordered = OrderBySelectivity(bgp.Patterns, seed, graphs);
        return MatchFrom(ordered, 0, seed, graphs);
    }

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
                var score = Score(tp, seed, bound, graphs, result.Count == 0);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = tp;
                }
            }
            result.Add(best!);
            remaining.Remove(best!);
            foreach (var n in new[] { best!.Subject, best.Predicate, best.Object })
            {
                if (n is Variable v) bound.Add(v);
            }
        }
        return result;
    }

    private double Score(TriplePattern tp, Term?[] seed, HashSet<Variable> bound, IReadOnlyList<Term?> graphs, bool first)
    {
        Term? Const(PatternNode n) => n is TermNode t ? t.Term : n is Variable v ? Solution.Get(seed, _ctx.Slot(v)) : null;
        var s = Const(tp.Subject);
        var p = Const(tp.Predicate);
        var o = Const(tp.Object);
        double estimate = EstimateIn(s, p, o, graphs);
        if (estimate == 0) return -1;
        var boundLater = 0;
        foreach (var n in new[] { tp.Subject, tp.Predicate, tp.Object })
        {
            if (n is Variable v && bound.Contains(v) && Solution.Get(seed, _ctx.Slot(v)) is null) boundLater++;
        }
        if (boundLater > 0) estimate = Math.Max(1, estimate / Math.Pow(100, boundLater));
        else if (!first && bound.Count > 0) estimate *= 1000; // a cartesian product: postpone
        // To start from, a pattern anchored on a subject or object constant beats a slightly smaller one with only
        // its predicate fixed: the anchored one's neighbours are few, the other's fan out over the whole predicate.
        else if (first && s is null && o is null) estimate *= 10;
        return estimate;
    }

    private IEnumerable<Term?[]> MatchFrom(List<TriplePattern> patterns, int index, Term?[] row, IReadOnlyList<Term?> graphs)
    {
        if (index == patterns.Count)
        {
            yield return row;
            yield break;
        }
        var tp = patterns[index];
        var s = Resolve(tp.Subject, row);
        var p = Resolve(tp.Predicate, row);
        var o = Resolve(tp.Object, row);
        if (p is not null and not Iri) yield break;
        var sSlot = s is null ? _ctx.Slot((Variable)tp.Subject) : -1;
        var pSlot = p is null ? _ctx.Slot((Variable)tp.Predicate) : -1;
        var oSlot = o is null ? _ctx.Slot((Variable)tp.Object) : -1;
        foreach (var (ms, mp, mo) in MatchTriples(s, p, o, graphs))
        {
            _ctx.Check();
            Term?[] next = row;
            if (sSlot >= 0 || pSlot >= 0 || oSlot >= 0)
            {
                next = new Term?[Math.Max(row.Length, _ctx.Width)];
                Array.Copy(row, next, row.Length);
                if (!Bind(next, sSlot, ms) || !Bind(next, pSlot, mp) || !Bind(next, oSlot, mo)) continue;
            }
            foreach (var r in MatchFrom(patterns, index + 1, next, graphs)) yield return r;
        }
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
