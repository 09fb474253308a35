using System.Runtime.CompilerServices;

namespace KgExport.Sparql.Algebra;

/// <summary>The in-scope variables of an algebra expression (§18.2.1), in order of first appearance.</summary>
internal static class VariableScope
{
    public static List<Variable> InScope(AlgebraNode node)
    {
        var seen = new List<Variable>();
        var set = new HashSet<Variable>();
        // Work still to do, next on top: nodes to look into and variables to add. A stack rather than recursion,
        // because this runs on algebra that is not yet checked against AlgebraDepth.Max.
        var work = new Stack<object>();
        work.Push(node);
        while (work.TryPop(out var item))
        {
            if (item is AlgebraNode n)
            {
                var parts = Parts(n);
                for (var i = parts.Count - 1; i >= 0; i--) work.Push(parts[i]);
            }
            else if (item is Variable v && set.Add(v))
            {
                seen.Add(v);
            }
        }
        return seen;
    }

    /// <summary>In order: the variables a node binds itself and the nodes whose in-scope variables are in scope in it.</summary>
    private static IReadOnlyList<object> Parts(AlgebraNode node) => node switch
    {
        Bgp b => b.Patterns.SelectMany(t => new object[] { t.Subject, t.Predicate, t.Object }).ToList(),
        PathNode p => [p.Subject, p.Object],
        Join j => [j.Left, j.Right],
        LeftJoin l => [l.Left, l.Right],
        Union u => [u.Left, u.Right],
        Minus m => [m.Left],
        Filter f => [f.Inner],
        GraphPattern g => [g.Name, g.Inner],
        Service s => [s.Inner],
        Extend e => [e.Inner, e.Variable],
        Group g => [.. g.Keys.Select(k => k.Variable), .. g.Aggregates.Select(a => a.Variable)],
        OrderBy o => [o.Inner],
        Project p => [.. p.Variables],
        Distinct d => [d.Inner],
        Reduced r => [r.Inner],
        Slice s => [s.Inner],
        Table t => [.. t.Variables],
        _ => [],
    };

    /// <summary>Variables an expression mentions (outside EXISTS patterns).</summary>
    /// <summary>
    /// <see cref="Mentioned"/> as a list worked out once per expression: a prepared query's filters are evaluated
    /// again at every run (a SHACL-SPARQL constraint's at every focus node), and the expressions never change.
    /// </summary>
    internal static IReadOnlyList<Variable> MentionedOnce(Expression e) => MentionedCache.GetValue(e, x => Mentioned(x).ToList());

    private static readonly ConditionalWeakTable<Expression, IReadOnlyList<Variable>> MentionedCache = new();

    public static IEnumerable<Variable> Mentioned(Expression e)
    {
        switch (e)
        {
            case VariableExpression v:
                yield return v.Variable;
                break;
            case CallExpression c:
                foreach (var a in c.Arguments)
                    foreach (var v in Mentioned(a)) yield return v;
                break;
            case AggregateExpression a when a.Argument is not null:
                foreach (var v in Mentioned(a.Argument)) yield return v;
                break;
        }
    }
}
