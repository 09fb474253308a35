namespace KgExport.Sparql.Algebra;

/// <summary>The in-scope variables of an algebra expression (§18.2.1), in order of first appearance.</summary>
public static class VariableScope
{
    public static List<Variable> InScope(AlgebraNode node)
    {
        var seen = new List<Variable>();
        var set = new HashSet<Variable>();
        Collect(node, seen, set);
        return seen;
    }

    private static void Add(PatternNode n, List<Variable> seen, HashSet<Variable> set)
    {
        if (n is Variable v && set.Add(v)) seen.Add(v);
    }

    private static void Collect(AlgebraNode node, List<Variable> seen, HashSet<Variable> set)
    {
        switch (node)
        {
            case Bgp b:
                foreach (var t in b.Patterns)
                {
                    Add(t.Subject, seen, set);
                    Add(t.Predicate, seen, set);
                    Add(t.Object, seen, set);
                }
                break;
            case PathNode p:
                Add(p.Subject, seen, set);
                Add(p.Object, seen, set);
                break;
            case Join j: Collect(j.Left, seen, set); Collect(j.Right, seen, set); break;
            case LeftJoin l: Collect(l.Left, seen, set); Collect(l.Right, seen, set); break;
            case Union u: Collect(u.Left, seen, set); Collect(u.Right, seen, set); break;
            case Minus m: Collect(m.Left, seen, set); break;
            case Filter f: Collect(f.Inner, seen, set); break;
            case GraphPattern g: Add(g.Name, seen, set); Collect(g.Inner, seen, set); break;
            case Service s: Collect(s.Inner, seen, set); break;
            case Extend e: Collect(e.Inner, seen, set); Add(e.Variable, seen, set); break;
            case Group g:
                foreach (var k in g.Keys) Add(k.Variable, seen, set);
                foreach (var a in g.Aggregates) Add(a.Variable, seen, set);
                break;
            case OrderBy o: Collect(o.Inner, seen, set); break;
            case Project p: foreach (var v in p.Variables) Add(v, seen, set); break;
            case Distinct d: Collect(d.Inner, seen, set); break;
            case Reduced r: Collect(r.Inner, seen, set); break;
            case Slice s: Collect(s.Inner, seen, set); break;
            case Table t: foreach (var v in t.Variables) Add(v, seen, set); break;
        }
    }

    /// <summary>Variables an expression mentions (outside EXISTS patterns).</summary>
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
