using KgExport.Rdf;

namespace KgExport.Sparql.Algebra;

/// <summary>
/// How deep a translated query may be. The translator and the evaluator recurse once per level of algebra,
/// expression and path, and a left-deep chain (many OPTIONALs in one group, a || b || …, p1|p2|…) is as deep as it
/// is long, so a query deeper than <see cref="Max"/> is refused before it runs instead of exhausting the stack,
/// which would end the process.
/// </summary>
public static class AlgebraDepth
{
    /// <summary>The deepest nesting of groups and operators a query may have.</summary>
    public const int Max = 512;

    /// <param name="at">The group or query that is too deep.</param>
    internal static SparqlSyntaxException TooDeep(TextPosition at) => new(at, $"nesting deeper than {Max} levels");

    /// <summary>The node, once checked (without recursing) that no path from it down to a leaf is longer than <see cref="Max"/>.</summary>
    /// <param name="root">The translated query or group.</param>
    /// <param name="at">Where the group or query the node was translated from is written.</param>
    internal static AlgebraNode Checked(AlgebraNode root, TextPosition at)
    {
        var stack = new Stack<(object Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.TryPop(out var top))
        {
            if (top.Depth > Max) throw TooDeep(at);
            foreach (var child in Children(top.Node)) stack.Push((child, top.Depth + 1));
        }
        return root;
    }

    private static IEnumerable<object> Children(object node) => node switch
    {
        PathNode p => [p.Path],
        Join j => [j.Left, j.Right],
        LeftJoin l => l.Condition is null ? [l.Left, l.Right] : [l.Left, l.Right, l.Condition],
        Filter f => [f.Condition, f.Inner],
        Union u => [u.Left, u.Right],
        Minus m => [m.Left, m.Right],
        GraphPattern g => [g.Inner],
        Service s => [s.Inner],
        Extend e => [e.Inner, e.Expression],
        Group g => [g.Inner, .. g.Keys.Select(k => k.Expression), .. g.Aggregates.Select(a => a.Aggregate)],
        OrderBy o => [o.Inner, .. o.Conditions.Select(c => c.Expression)],
        Project p => [p.Inner],
        Distinct d => [d.Inner],
        Reduced r => [r.Inner],
        Slice s => [s.Inner],
        CallExpression c => c.Arguments,
        ExistsExpression x => [x.Pattern],
        AggregateExpression { Argument: { } a } => [a],
        InversePath i => [i.Path],
        SequencePath s => [s.Left, s.Right],
        AlternativePath a => [a.Left, a.Right],
        ZeroOrMorePath z => [z.Path],
        OneOrMorePath o => [o.Path],
        ZeroOrOnePath z => [z.Path],
        _ => [],
    };
}
