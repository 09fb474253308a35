using System.Runtime.ExceptionServices;
using KgExport.Rdf;
using KgExport.Rdf.Values;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

internal sealed partial class AlgebraEvaluator
{
    /// <summary>
    /// ORDER BY under a LIMIT (possibly through a projection): only the first <paramref name="count"/> rows of the
    /// order are needed, so they are kept in a bounded heap instead of sorting every row. Null when the shape does not
    /// allow it (e.g. DISTINCT between the slice and the order, whose duplicates would change which rows come first).
    /// </summary>
    private IEnumerable<Term?[]>? TopK(AlgebraNode inner, Term?[] seed, IReadOnlyList<Term?> graphs, long count)
    {
        if (count is < 0 or > 100_000) return null; // a huge LIMIT (or offset + limit overflowing): sort everything
        return inner switch
        {
            OrderBy o => EvaluateOrderBy(o, seed, graphs, (int)count),
            Project { Inner: OrderBy o } p => EvaluateProject(p, seed, graphs, (s, g) => EvaluateOrderBy(o, s, g, (int)count)),
            _ => null,
        };
    }

    /// <summary>
    /// Sorts the inner solutions (stably: ties keep their input order). Sort keys are computed once per row. With a
    /// <paramref name="limit"/>, only the best <paramref name="limit"/> rows are kept while reading (a max-heap whose
    /// top is the worst row kept), which needs O(limit) memory and O(n log limit) time. The rows kept are charged to
    /// the memory budget, and the comparisons check the clock, so neither reading nor sorting outlives the limits.
    /// </summary>
    private IEnumerable<Term?[]> EvaluateOrderBy(OrderBy o, Term?[] seed, IReadOnlyList<Term?> graphs, int? limit)
    {
        var conditions = o.Conditions;
        var comparer = new RankComparer(conditions, _ctx);
        using var memory = _ctx.Memory.Hold();
        if (limit is { } k)
        {
            if (k <= 0) yield break;
            var worstFirst = new PriorityQueue<Ranked, Ranked>(Comparer<Ranked>.Create((a, b) => comparer.Compare(b, a)));
            long seq = 0;
            foreach (var row in Evaluate(o.Inner, seed, graphs))
            {
                _ctx.Check();
                var ranked = new Ranked(row, KeysOf(conditions, row, graphs), seq++);
                if (worstFirst.Count < k)
                {
                    memory.Add(SizeOf(ranked, conditions));
                    worstFirst.Enqueue(ranked, ranked);
                }
                else if (comparer.Compare(ranked, worstFirst.Peek()) < 0)
                {
                    memory.Add(SizeOf(ranked, conditions));
                    memory.Remove(SizeOf(worstFirst.EnqueueDequeue(ranked, ranked), conditions));
                }
            }
            var best = new Ranked[worstFirst.Count];
            for (var i = best.Length - 1; i >= 0; i--) best[i] = worstFirst.Dequeue();
            foreach (var r in best) yield return r.Row;
            yield break;
        }
        var all = new List<Ranked>();
        foreach (var row in Evaluate(o.Inner, seed, graphs))
        {
            _ctx.Check();
            var ranked = new Ranked(row, KeysOf(conditions, row, graphs), all.Count);
            memory.Add(SizeOf(ranked, conditions));
            all.Add(ranked);
        }
        Sort(all, comparer);
        foreach (var r in all) yield return r.Row;
    }

    /// <summary>List.Sort, except that a limit the comparer hits is thrown as itself (the sort wraps what its comparer throws).</summary>
    private static void Sort(List<Ranked> rows, RankComparer comparer)
    {
        try
        {
            rows.Sort(comparer);
        }
        catch (InvalidOperationException e) when (e.InnerException is QueryEvaluationException or OperationCanceledException)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
        }
    }

    /// <summary>A kept row: the row, its keys, and the text of keys computed rather than read from the row.</summary>
    private static long SizeOf(Ranked ranked, IReadOnlyList<OrderCondition> conditions)
    {
        var bytes = MemoryBudget.SizeOf(ranked.Row) + 64 + 48L * ranked.Keys.Length;
        for (var i = 0; i < conditions.Count; i++)
        {
            if (conditions[i].Expression is not VariableExpression && ranked.Keys[i].Term is { } t) bytes += MemoryBudget.SizeOf(t);
        }
        return bytes;
    }

    private SortKey[] KeysOf(IReadOnlyList<OrderCondition> conditions, Term?[] row, IReadOnlyList<Term?> graphs)
    {
        var keys = new SortKey[conditions.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = SortKey.Of(Eval(conditions[i].Expression, row, graphs), _expr.Numbers);
        return keys;
    }

    /// <summary>A row with its sort keys and its input position (the final tie-breaker, for a stable order).</summary>
    private sealed record Ranked(Term?[] Row, SortKey[] Keys, long Sequence);

    private sealed class RankComparer(IReadOnlyList<OrderCondition> conditions, QueryContext context) : IComparer<Ranked>
    {
        public int Compare(Ranked? a, Ranked? b)
        {
            context.Check();
            for (var i = 0; i < conditions.Count; i++)
            {
                var c = SortKey.Compare(a!.Keys[i], b!.Keys[i]);
                if (c != 0) return conditions[i].Descending ? -c : c;
            }
            return a!.Sequence.CompareTo(b!.Sequence);
        }
    }

    /// <summary>
    /// An ORDER BY key: the term, with its number or date-time value parsed once when it has one. Values order first;
    /// ties and unordered pairs fall back to <see cref="TermOrder"/>, which gives the same answer, only slower.
    /// </summary>
    private readonly record struct SortKey(Term? Term, NumericValue? Number, XsdTemporal? Temporal)
    {
        public static SortKey Of(Term? t, LiteralValueCache values)
        {
            if (t is not Literal { Language: null } l) return new(t, null, null);
            if (values.TryGet(l, out var n)) return new(t, n, null);
            if (XsdDatatypes.IsTemporal(XsdDatatypes.SpaceOf(l)) && values.TryGetTemporal(l, out var d)) return new(t, null, d);
            return new(t, null, null);
        }

        public static int Compare(SortKey a, SortKey b)
        {
            if (a.Number is { } x && b.Number is { } y && NumericValue.Compare(x, y) is { } c && c != 0) return c;
            if (a.Temporal is { } p && b.Temporal is { } q && XsdTemporal.Compare(p, q) is { } dc && dc != 0) return dc;
            return TermOrder.Compare(a.Term, b.Term);
        }
    }
}
