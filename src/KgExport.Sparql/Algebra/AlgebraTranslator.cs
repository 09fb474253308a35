using KgExport.Rdf;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Algebra;

/// <summary>
/// Translates parsed graph patterns and queries into the SPARQL algebra (§18.2), checking scoping rules. The
/// translation recurses over the syntax, and evaluation over the algebra it makes, so both are held to
/// <see cref="AlgebraDepth.Max"/> levels: the recursion here is counted as it goes (an operator chain such as
/// a || b || … is as deep as it is long, although the parser reads it in a loop), and the finished algebra is
/// measured before it is returned. Every error names the place in the text: the element or SELECT item that breaks
/// the rule, or the group or query that is too deep.
/// </summary>
internal sealed class AlgebraTranslator
{
    private int _hidden;
    private int _depth;
    private TextPosition _group = TextPosition.Start;

    private Variable NewHidden(string kind) => new($".{kind}{++_hidden}");

    private void Enter()
    {
        if (++_depth > AlgebraDepth.Max) throw AlgebraDepth.TooDeep(_group);
    }

    private void Leave() => _depth--;

    // ---- graph patterns ----

    public AlgebraNode TranslateGroup(GroupSyntax group) => AlgebraDepth.Checked(GroupAlgebra(group), group.Position);

    private AlgebraNode GroupAlgebra(GroupSyntax group)
    {
        var (inner, filter) = TranslateGroupParts(group);
        return filter is null ? inner : new Filter(filter, inner);
    }

    /// <summary>The group's pattern and, separately, the conjunction of its own FILTERs (which OPTIONAL lifts into the left join).</summary>
    private (AlgebraNode Pattern, Expression? Filter) TranslateGroupParts(GroupSyntax group)
    {
        var outer = _group;
        _group = group.Position;
        Enter();
        var parts = GroupParts(group);
        Leave();
        _group = outer;
        return parts;
    }

    private (AlgebraNode Pattern, Expression? Filter) GroupParts(GroupSyntax group)
    {
        AlgebraNode g = new Bgp([]);
        var filters = new List<Expression>();
        var wrapped = 0;
        foreach (var element in group.Elements)
        {
            var before = g;
            switch (element)
            {
                case TriplesElement t:
                    g = JoinOf(g, TranslateTriples(t.Triples));
                    break;
                case OptionalElement o:
                {
                    var (inner, condition) = TranslateGroupParts(o.Group);
                    g = new LeftJoin(g, inner, condition);
                    break;
                }
                case MinusElement m:
                    g = new Minus(g, GroupAlgebra(m.Group));
                    break;
                case BindElement b:
                {
                    if (VariableScope.InScope(g).Contains(b.Variable))
                        throw new SparqlSyntaxException(b.Position, $"BIND: variable {b.Variable} is already in scope");
                    g = new Extend(g, b.Variable, TranslateExpression(b.Expression));
                    break;
                }
                case FilterElement f:
                    filters.Add(TranslateExpression(f.Condition));
                    break;
                case UnionElement u:
                {
                    var acc = GroupAlgebra(u.Alternatives[0]);
                    for (var i = 1; i < u.Alternatives.Count; i++) acc = new Union(acc, GroupAlgebra(u.Alternatives[i]));
                    g = JoinOf(g, acc);
                    break;
                }
                case GraphElement ge:
                    g = JoinOf(g, new GraphPattern(ge.Name, GroupAlgebra(ge.Group)));
                    break;
                case ServiceElement s:
                    g = JoinOf(g, new Service(s.Endpoint, GroupAlgebra(s.Group), s.Silent, s.RemoteQuery));
                    break;
                case NestedGroupElement n:
                    g = JoinOf(g, GroupAlgebra(n.Group));
                    break;
                case ValuesElement v:
                    g = JoinOf(g, v.Table);
                    break;
                case SubQueryElement sq:
                    g = JoinOf(g, QueryAlgebra(sq.Query));
                    break;
            }
            // Each element that wraps the pattern so far makes it a level deeper: stop at the limit rather than
            // finish a chain of thousands (each BIND looks through the whole pattern before it).
            if (!ReferenceEquals(g, before) && g is Join or LeftJoin or Minus or Extend && ++wrapped > AlgebraDepth.Max) throw AlgebraDepth.TooDeep(group.Position);
        }
        if (filters.Count == 0) return (g, null);
        var all = filters[0];
        for (var i = 1; i < filters.Count; i++) all = new CallExpression("&&", [all, filters[i]]);
        return (g, all);
    }

    private static bool IsEmptyBgp(AlgebraNode n) => n is Bgp { Patterns.Count: 0 };

    private static AlgebraNode JoinOf(AlgebraNode left, AlgebraNode right)
    {
        if (IsEmptyBgp(left)) return right;
        if (IsEmptyBgp(right)) return left;
        if (left is Bgp a && right is Bgp b) return new Bgp([.. a.Patterns, .. b.Patterns]);
        return new Join(left, right);
    }

    private AlgebraNode TranslateTriples(List<PathTriple> triples)
    {
        AlgebraNode result = new Bgp([]);
        var pending = new List<TriplePattern>();
        void Flush()
        {
            if (pending.Count == 0) return;
            result = JoinOf(result, new Bgp([.. pending]));
            pending.Clear();
        }
        foreach (var t in triples)
        {
            if (t.Predicate is not null)
            {
                pending.Add(new TriplePattern(t.Subject, t.Predicate, t.Object));
                continue;
            }
            var parts = new List<object>();
            TranslatePath(t.Subject, t.Path!, t.Object, parts);
            foreach (var part in parts)
            {
                if (part is TriplePattern tp)
                {
                    pending.Add(tp);
                }
                else
                {
                    Flush();
                    result = JoinOf(result, (AlgebraNode)part);
                }
            }
        }
        Flush();
        return result;
    }

    /// <summary>Adds triple patterns for the simple parts of a path and PathNodes for the rest (§18.2.2.4).</summary>
    private void TranslatePath(PatternNode s, PathExpr path, PatternNode o, List<object> parts)
    {
        Enter();
        switch (path)
        {
            case LinkPath link:
                parts.Add(new TriplePattern(s, new TermNode(link.Iri), o));
                break;
            case InversePath inv:
                TranslatePath(o, inv.Path, s, parts);
                break;
            case SequencePath seq:
            {
                var mid = NewHidden("p");
                TranslatePath(s, seq.Left, mid, parts);
                TranslatePath(mid, seq.Right, o, parts);
                break;
            }
            default:
                parts.Add(new PathNode(s, path, o));
                break;
        }
        Leave();
    }

    private Expression TranslateExpression(Expression e)
    {
        Enter();
        Expression translated = e switch
        {
            ExistsExpression { Pattern: ExistsPlaceholder p } x => new ExistsExpression(GroupAlgebra(p.Group), x.Negated),
            CallExpression c => new CallExpression(c.Name, c.Arguments.Select(TranslateExpression).ToList()),
            AggregateExpression a when a.Argument is not null => a with { Argument = TranslateExpression(a.Argument) },
            _ => e,
        };
        Leave();
        return translated;
    }

    // ---- queries ----

    /// <summary>The algebra of a whole SELECT/CONSTRUCT/DESCRIBE/ASK, up to and including projection and slicing.</summary>
    public AlgebraNode TranslateQueryPattern(QuerySyntax q) => AlgebraDepth.Checked(QueryAlgebra(q), q.Position);

    private AlgebraNode QueryAlgebra(QuerySyntax q)
    {
        AlgebraNode g = q.Where is null ? new Bgp([]) : GroupAlgebra(q.Where);
        if (q.Values is not null) g = JoinOf(g, q.Values);

        var patternScope = VariableScope.InScope(g);
        var aggregates = new List<AggregateBinding>();
        Expression Replace(Expression e)
        {
            switch (e)
            {
                case AggregateExpression a:
                {
                    var existing = aggregates.FirstOrDefault(b => b.Aggregate == a);
                    if (existing is not null) return new VariableExpression(existing.Variable);
                    var v = NewHidden("agg");
                    aggregates.Add(new AggregateBinding(v, a));
                    return new VariableExpression(v);
                }
                case CallExpression c:
                    Enter();
                    var replaced = new CallExpression(c.Name, c.Arguments.Select(Replace).ToList());
                    Leave();
                    return replaced;
                default:
                    return e;
            }
        }

        var selectExprs = q.Projection.Where(p => p.Expression is not null)
            .Select(p => (p.Variable, Expression: Replace(TranslateExpression(p.Expression!)))).ToList();
        var having = q.Having.Select(h => Replace(TranslateExpression(h))).ToList();
        var order = q.OrderBy.Select(o => o with { Expression = Replace(TranslateExpression(o.Expression)) }).ToList();

        var grouped = q.GroupBy.Count > 0 || aggregates.Count > 0;
        HashSet<Variable>? groupVars = null;
        if (grouped)
        {
            if (q.SelectAll && q.Form == QueryForm.Select) throw new SparqlSyntaxException(q.Position, "SELECT * is not allowed with GROUP BY or aggregates");
            var keys = new List<GroupKey>();
            foreach (var gc in q.GroupBy)
            {
                var expr = TranslateExpression(gc.Expression);
                if (gc.Alias is not null) keys.Add(new GroupKey(gc.Alias, expr));
                else if (expr is VariableExpression ve) keys.Add(new GroupKey(ve.Variable, expr));
                else keys.Add(new GroupKey(NewHidden("g"), expr));
            }
            groupVars = keys.Select(k => k.Variable).ToHashSet();
            g = new Group(g, keys, aggregates);
            foreach (var h in having) g = new Filter(h, g);
        }
        else if (having.Count > 0)
        {
            g = new Group(g, [], []);
            foreach (var h in having) g = new Filter(h, g);
        }

        var projected = new List<Variable>();
        foreach (var item in q.Projection)
        {
            if (projected.Contains(item.Variable)) throw new SparqlSyntaxException(item.Position, $"variable {item.Variable} is projected twice");
            if (item.Expression is not null)
            {
                var expr = selectExprs.First(s => s.Variable == item.Variable).Expression;
                if (patternScope.Contains(item.Variable) || projected.Contains(item.Variable))
                    throw new SparqlSyntaxException(item.Position, $"SELECT (… AS {item.Variable}): the variable is already in scope");
                if (groupVars is not null)
                {
                    foreach (var v in VariableScope.Mentioned(expr))
                    {
                        if (!v.IsHidden && !groupVars.Contains(v) && !projected.Contains(v))
                            throw new SparqlSyntaxException(item.Position, $"variable {v} is used outside an aggregate but is not grouped");
                    }
                }
                g = new Extend(g, item.Variable, expr);
            }
            else if (groupVars is not null && !groupVars.Contains(item.Variable))
            {
                throw new SparqlSyntaxException(item.Position, $"variable {item.Variable} is projected but is not a GROUP BY key");
            }
            projected.Add(item.Variable);
        }

        if (order.Count > 0) g = new OrderBy(g, order);
        if (q.Form == QueryForm.Select)
        {
            var vars = q.SelectAll ? VariableScope.InScope(g).Where(v => !v.IsHidden).ToList() : projected;
            g = new Project(g, vars);
        }
        if (q.Distinct) g = new Distinct(g);
        else if (q.Reduced) g = new Reduced(g);
        if (q.Offset > 0 || q.Limit is not null) g = new Slice(g, q.Offset, q.Limit);
        return g;
    }
}
