using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

internal sealed partial class AlgebraEvaluator
{
    /// <summary>
    /// GROUP BY with its aggregates, streaming: each input row updates its group's accumulators (one per aggregate)
    /// and is then dropped. Groups come out in the order their first member arrived. The groups' keys and what their
    /// accumulators keep (GROUP_CONCAT text, DISTINCT values) are charged to the memory budget.
    /// </summary>
    private IEnumerable<Term?[]> EvaluateGroup(Group g, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        var keySlots = g.Keys.Select(k => _ctx.Slot(k.Variable)).ToArray();
        var aggSlots = g.Aggregates.Select(a => _ctx.Slot(a.Variable)).ToArray();
        var aggregates = g.Aggregates.Select(a => a.Aggregate).ToArray();
        var groups = new Dictionary<Term?[], GroupAccumulator[]>(Solution.EqualityComparer.Instance);
        var order = new List<(Term?[] Key, GroupAccumulator[] State)>();
        using var memory = _ctx.Memory.Hold();
        GroupAccumulator[] NewState() => aggregates.Select(a => GroupAccumulator.For(a, _expr.Numbers, memory)).ToArray();
        foreach (var row in Evaluate(g.Inner, seed, graphs))
        {
            _ctx.Check();
            var key = new Term?[keySlots.Length];
            for (var i = 0; i < key.Length; i++) key[i] = Eval(g.Keys[i].Expression, row, graphs);
            if (!groups.TryGetValue(key, out var state))
            {
                memory.Add(MemoryBudget.SizeOf(key) + 64L * (aggregates.Length + 1));
                groups[key] = state = NewState();
                order.Add((key, state));
            }
            for (var i = 0; i < aggregates.Length; i++)
            {
                var argument = aggregates[i].Argument;
                state[i].Add(row, argument is null ? null : Eval(argument, row, graphs));
            }
        }
        // With no GROUP BY, aggregation over an empty input still yields one group.
        if (order.Count == 0 && keySlots.Length == 0) order.Add(([], NewState()));
        foreach (var (key, state) in order)
        {
            var result = new Term?[_ctx.Width];
            for (var i = 0; i < keySlots.Length; i++) result[keySlots[i]] = key[i];
            for (var i = 0; i < aggSlots.Length; i++)
            {
                if (state[i].Result() is { } value) result[aggSlots[i]] = value;
            }
            yield return result;
        }
    }
}
