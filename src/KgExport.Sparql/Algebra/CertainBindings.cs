namespace KgExport.Sparql.Algebra;

/// <summary>
/// The variables every solution of an algebra expression binds, whatever the data: what a hash join can key on.
/// Conservative: a variable an expression may leave unbound (an OPTIONAL's right side, one branch of a UNION, a BIND
/// whose expression may fail, an aggregate other than COUNT) is not in the set. It recurses once per level, so it
/// is for algebra already checked against <see cref="AlgebraDepth.Max"/>.
/// </summary>
internal static class CertainBindings
{
    public static IReadOnlySet<Variable> Of(AlgebraNode node) => node switch
    {
        Bgp b => b.Patterns.SelectMany(t => new[] { t.Subject, t.Predicate, t.Object }).OfType<Variable>().ToHashSet(),
        PathNode p => new[] { p.Subject, p.Object }.OfType<Variable>().ToHashSet(),
        Join j => Union(Of(j.Left), Of(j.Right)),
        LeftJoin l => Of(l.Left),
        Minus m => Of(m.Left),
        Filter f => Of(f.Inner),
        Union u => Of(u.Left).Intersect(Of(u.Right)).ToHashSet(),
        GraphPattern g => g.Name is Variable v ? Union(Of(g.Inner), [v]) : Of(g.Inner),
        Extend e => OfExtend(e),
        Group g => OfGroup(g),
        OrderBy o => Of(o.Inner),
        Project p => Of(p.Inner).Intersect(p.Variables).ToHashSet(),
        Distinct d => Of(d.Inner),
        Reduced r => Of(r.Inner),
        Slice s => Of(s.Inner),
        Table t => t.Variables.Where((_, i) => t.Rows.All(r => i < r.Length && r[i] is not null)).ToHashSet(),
        _ => new HashSet<Variable>(),
    };

    private static HashSet<Variable> Union(IReadOnlySet<Variable> a, IEnumerable<Variable> b)
    {
        var all = new HashSet<Variable>(a);
        all.UnionWith(b);
        return all;
    }

    /// <summary>BIND of a constant or of a variable always bound (SELECT's renaming of an aggregate) binds too.</summary>
    private static IReadOnlySet<Variable> OfExtend(Extend e)
    {
        var inner = Of(e.Inner);
        return e.Expression switch
        {
            ConstantExpression => Union(inner, [e.Variable]),
            VariableExpression v when inner.Contains(v.Variable) => Union(inner, [e.Variable]),
            _ => inner,
        };
    }

    /// <summary>A group binds its plain-variable keys that its input always binds, and its COUNTs (never an error).</summary>
    private static HashSet<Variable> OfGroup(Group g)
    {
        var inner = Of(g.Inner);
        var bound = new HashSet<Variable>();
        foreach (var k in g.Keys)
        {
            if (k.Expression is VariableExpression v && inner.Contains(v.Variable)) bound.Add(k.Variable);
        }
        foreach (var a in g.Aggregates)
        {
            if (a.Aggregate.Name == "COUNT") bound.Add(a.Variable);
        }
        return bound;
    }
}
