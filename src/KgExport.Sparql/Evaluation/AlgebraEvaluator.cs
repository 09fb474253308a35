using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// Pull-based evaluation of the algebra over a <see cref="Dataset"/>. Every operator is a lazy sequence of
/// solutions; only ORDER BY, GROUP BY, DISTINCT, MINUS, the build side of hash joins and path closures materialise,
/// and what they hold is charged to the query's <see cref="MemoryBudget"/>.
/// <para>
/// Evaluation takes a seed solution whose bindings are substituted into the pattern (§18.6 substitute, as EXISTS
/// needs); ordinary evaluation seeds with the empty solution. Joins pass left solutions as seeds to right sides
/// whose meaning does not depend on outer variables (BGPs, paths, tables and joins/unions of them).
/// </para>
/// </summary>
internal sealed partial class AlgebraEvaluator
{
    private readonly QueryContext _ctx;
    private readonly ExpressionEvaluator _expr;
    private Dictionary<AlgebraNode, int[]>? _certain;

    public AlgebraEvaluator(QueryContext context)
    {
        _ctx = context;
        _expr = new ExpressionEvaluator(context, this);
    }

    public QueryContext Context => _ctx;

    public ExpressionEvaluator Expressions => _expr;

    public IEnumerable<Term?[]> Evaluate(AlgebraNode node) => Evaluate(node, [], _ctx.DefaultGraphs);

    public IEnumerable<Term?[]> Evaluate(AlgebraNode node, Term?[] seed, IReadOnlyList<Term?> graphs) => node switch
    {
        Bgp b => EvaluateBgp(b, seed, graphs),
        PathNode p => EvaluatePath(p, seed, graphs),
        Join j => EvaluateJoin(j, seed, graphs),
        LeftJoin l => EvaluateLeftJoin(l, seed, graphs),
        Filter f => EvaluateFilter(f, seed, graphs),
        Union u => Evaluate(u.Left, seed, graphs).Concat(Evaluate(u.Right, seed, graphs)),
        Minus m => EvaluateMinus(m, seed, graphs),
        GraphPattern g => EvaluateGraph(g, seed, graphs),
        Extend e => EvaluateExtend(e, seed, graphs),
        Group g => EvaluateGroup(g, seed, graphs),
        OrderBy o => EvaluateOrderBy(o, seed, graphs, null),
        Project p => EvaluateProject(p, seed, graphs, null),
        Distinct d => DistinctRows(Evaluate(d.Inner, seed, graphs)),
        Reduced r => DistinctRows(Evaluate(r.Inner, seed, graphs)),
        Slice s => EvaluateSlice(s, seed, graphs),
        Table t => EvaluateTable(t, seed),
        Service s => EvaluateService(s, seed),
        _ => throw new NotSupportedException($"unsupported algebra node {node.GetType().Name}"),
    };

    private Term? Eval(Expression e, Term?[] row, IReadOnlyList<Term?> graphs)
    {
        _expr.ActiveGraphs = graphs;
        var outer = _expr.BeginExpression();
        try
        {
            return _expr.Evaluate(e, row);
        }
        finally
        {
            _expr.EndExpression(outer);
        }
    }

    private bool? Test(Expression e, Term?[] row, IReadOnlyList<Term?> graphs)
    {
        _expr.ActiveGraphs = graphs;
        var outer = _expr.BeginExpression();
        try
        {
            return _expr.EffectiveBoolean(e, row);
        }
        finally
        {
            _expr.EndExpression(outer);
        }
    }

    /// <summary>Whether substituting outer bindings into the node gives the same as joining with it afterwards.</summary>
    private static bool IsSeedSafe(AlgebraNode node) => node switch
    {
        // SERVICE joins its (once fetched) remote solutions with the seed; an endpoint variable needs the seed to be bound.
        Bgp or PathNode or Table or Service => true,
        Join j => IsSeedSafe(j.Left) && IsSeedSafe(j.Right),
        Union u => IsSeedSafe(u.Left) && IsSeedSafe(u.Right),
        GraphPattern g => IsSeedSafe(g.Inner),
        _ => false,
    };

    /// <summary>
    /// The slots every solution of <paramref name="probe"/> binds when evaluated from <paramref name="seed"/>: the
    /// variables the algebra always binds (worked out once per node) and those the seed binds.
    /// </summary>
    private List<int> ProbeSlots(AlgebraNode probe, Term?[] seed)
    {
        _certain ??= new(ReferenceEqualityComparer.Instance);
        if (!_certain.TryGetValue(probe, out var slots))
        {
            slots = [.. CertainBindings.Of(probe).Select(_ctx.Slot)];
            _certain[probe] = slots;
        }
        var all = new List<int>(slots);
        for (var i = 0; i < seed.Length; i++)
        {
            if (seed[i] is not null && !all.Contains(i)) all.Add(i);
        }
        return all;
    }

    private IEnumerable<Term?[]> EvaluateJoin(Join j, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        if (IsSeedSafe(j.Right))
        {
            foreach (var l in Evaluate(j.Left, seed, graphs))
            {
                foreach (var r in Evaluate(j.Right, l, graphs)) yield return r;
            }
            yield break;
        }
        using var build = new HashJoinTable(Evaluate(j.Right, seed, graphs), ProbeSlots(j.Left, seed), _ctx);
        foreach (var l in Evaluate(j.Left, seed, graphs))
        {
            foreach (var r in build.Candidates(l))
            {
                if (Solution.Compatible(l, r)) yield return Solution.Merge(l, r);
            }
        }
    }

    private IEnumerable<Term?[]> EvaluateLeftJoin(LeftJoin lj, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        using var build = IsSeedSafe(lj.Right) ? null : new HashJoinTable(Evaluate(lj.Right, seed, graphs), ProbeSlots(lj.Left, seed), _ctx);
        foreach (var l in Evaluate(lj.Left, seed, graphs))
        {
            var any = false;
            var candidates = build is null
                ? Evaluate(lj.Right, l, graphs)
                : build.Candidates(l).Where(r => Solution.Compatible(l, r)).Select(r => Solution.Merge(l, r));
            foreach (var m in candidates)
            {
                if (lj.Condition is not null && Test(lj.Condition, m, graphs) != true) continue;
                any = true;
                yield return m;
            }
            if (!any) yield return l;
        }
    }

    private IEnumerable<Term?[]> EvaluateFilter(Filter f, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        // FILTER over BIND of a variable the condition does not mention filters first, computing less; FILTER
        // over a BGP is tested inside the BGP's matching, as early as its variables allow.
        if (f.Inner is Extend e && IsPlaceable(f.Condition) && !VariableScope.Mentioned(f.Condition).Contains(e.Variable))
            return Evaluate(e with { Inner = new Filter(f.Condition, e.Inner) }, seed, graphs);
        if (f.Inner is Bgp b && IsPlaceable(f.Condition)) return EvaluateBgp(b, seed, graphs, Conjuncts(f.Condition).ToList());
        return FilterRows(f, seed, graphs);
    }

    /// <summary>
    /// Whether a filter condition may be tested on a partial solution of the variables it mentions: no EXISTS (its
    /// pattern sees the whole solution) and nothing that differs per call (RAND, BNODE, UUID, STRUUID, NOW is fixed).
    /// </summary>
    private static bool IsPlaceable(Expression e) => e switch
    {
        ExistsExpression or AggregateExpression => false,
        CallExpression c => c.Name is not ("RAND" or "BNODE" or "UUID" or "STRUUID") && c.Arguments.All(IsPlaceable),
        _ => true,
    };

    /// <summary>The operands of a chain of &amp;&amp;: a row passes the conjunction exactly when it passes each (errors fail).</summary>
    private static IEnumerable<Expression> Conjuncts(Expression e)
    {
        if (e is CallExpression { Name: "&&", Arguments.Count: 2 } and)
        {
            foreach (var x in Conjuncts(and.Arguments[0])) yield return x;
            foreach (var x in Conjuncts(and.Arguments[1])) yield return x;
        }
        else
        {
            yield return e;
        }
    }

    private IEnumerable<Term?[]> FilterRows(Filter f, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        foreach (var row in Evaluate(f.Inner, seed, graphs))
        {
            _ctx.Check();
            if (Test(f.Condition, row, graphs) == true) yield return row;
        }
    }

    private IEnumerable<Term?[]> EvaluateMinus(Minus m, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        using var right = new HashJoinTable(Evaluate(m.Right, seed, graphs), ProbeSlots(m.Left, seed), _ctx);
        foreach (var l in Evaluate(m.Left, seed, graphs))
        {
            var removed = false;
            foreach (var r in right.Candidates(l))
            {
                if (Solution.ShareVariable(l, r) && Solution.Compatible(l, r))
                {
                    removed = true;
                    break;
                }
            }
            if (!removed) yield return l;
        }
    }

    private IEnumerable<Term?[]> EvaluateExtend(Extend e, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        var slot = _ctx.Slot(e.Variable);
        foreach (var row in Evaluate(e.Inner, seed, graphs))
        {
            // The solution is held while its new value is built: a chain of BINDs that doubles a string each time
            // is stopped by what the solution already holds, not only by the newest string.
            var held = MemoryBudget.SizeOf(row);
            _ctx.Memory.Reserve(held);
            Term? value;
            try
            {
                value = Eval(e.Expression, row, graphs);
            }
            finally
            {
                _ctx.Memory.Release(held);
            }
            var existing = Solution.Get(row, slot);
            if (existing is not null)
            {
                // Only reachable through substitution (EXISTS); keep the solution when the values agree.
                if (value is null || value.Equals(existing)) yield return row;
                continue;
            }
            yield return value is null ? row : Solution.With(row, slot, value, _ctx.Width);
        }
    }

    private IEnumerable<Term?[]> EvaluateGraph(GraphPattern g, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        Term? name = g.Name switch
        {
            TermNode t => t.Term,
            Variable v => Solution.Get(seed, _ctx.Slot(v)),
            _ => null,
        };
        if (name is not null)
        {
            if (!_ctx.IsVisibleNamedGraph(name)) yield break;
            foreach (var row in Evaluate(g.Inner, seed, [name]))
            {
                if (g.Name is Variable)
                {
                    var slot = _ctx.Slot((Variable)g.Name);
                    yield return Solution.Get(row, slot) is null ? Solution.With(row, slot, name, _ctx.Width) : row;
                }
                else
                {
                    yield return row;
                }
            }
            yield break;
        }
        // The graph variable is bound after evaluating the inner pattern, not substituted into it: inside, the
        // variable is an ordinary variable (MINUS and FILTER must not see it unless the pattern binds it).
        var varSlot = _ctx.Slot((Variable)g.Name);
        foreach (var graph in _ctx.VisibleNamedGraphs())
        {
            foreach (var row in Evaluate(g.Inner, seed, [graph]))
            {
                _ctx.Check();
                var bound = Solution.Get(row, varSlot);
                if (bound is null) yield return Solution.With(row, varSlot, graph, _ctx.Width);
                else if (bound.Equals(graph)) yield return row;
            }
        }
    }

    /// <summary>Projection; <paramref name="inner"/> evaluates the inner node in its place (top-k ORDER BY) when given.</summary>
    private IEnumerable<Term?[]> EvaluateProject(Project p, Term?[] seed, IReadOnlyList<Term?> graphs,
        Func<Term?[], IReadOnlyList<Term?>, IEnumerable<Term?[]>>? inner)
    {
        var slots = p.Variables.Select(_ctx.Slot).ToArray();
        // Only the projected variables are visible to (and substituted into) the inner pattern.
        var innerSeed = new Term?[_ctx.Width];
        foreach (var s in slots) innerSeed[s] = Solution.Get(seed, s);
        foreach (var row in inner is null ? Evaluate(p.Inner, innerSeed, graphs) : inner(innerSeed, graphs))
        {
            var projected = new Term?[_ctx.Width];
            foreach (var s in slots) projected[s] = Solution.Get(row, s);
            if (seed.Length == 0) yield return projected;
            else if (Solution.Compatible(seed, projected)) yield return Solution.Merge(seed, projected);
        }
    }

    private IEnumerable<Term?[]> DistinctRows(IEnumerable<Term?[]> rows)
    {
        using var memory = _ctx.Memory.Hold();
        var seen = new HashSet<Term?[]>(Solution.EqualityComparer.Instance);
        foreach (var row in rows)
        {
            if (!seen.Add(row)) continue;
            memory.Add(MemoryBudget.SizeOf(row));
            yield return row;
        }
    }

    private IEnumerable<Term?[]> EvaluateSlice(Slice s, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        var rows = s.Limit is { } k && TopK(s.Inner, seed, graphs, s.Offset + k) is { } top ? top : Evaluate(s.Inner, seed, graphs);
        if (s.Offset > 0) rows = rows.Skip((int)Math.Min(s.Offset, int.MaxValue));
        if (s.Limit is { } limit) rows = rows.Take((int)Math.Min(limit, int.MaxValue));
        return rows;
    }

    private IEnumerable<Term?[]> EvaluateTable(Table t, Term?[] seed)
    {
        var slots = t.Variables.Select(_ctx.Slot).ToArray();
        foreach (var values in t.Rows)
        {
            var row = new Term?[_ctx.Width];
            for (var i = 0; i < slots.Length; i++) row[slots[i]] = values[i];
            if (Solution.Compatible(seed, row)) yield return Solution.Merge(row, seed);
        }
    }
}
