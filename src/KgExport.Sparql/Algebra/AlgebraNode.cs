using KgExport.Rdf;

namespace KgExport.Sparql.Algebra;

/// <summary>A node of the SPARQL algebra (§18.2); ToString prints an SSE-like tree.</summary>
internal abstract record AlgebraNode;

/// <summary>A basic graph pattern. An empty BGP is the join identity (one empty solution).</summary>
internal sealed record Bgp(IReadOnlyList<TriplePattern> Patterns) : AlgebraNode
{
    public override string ToString() => Patterns.Count == 0 ? "(bgp)" : $"(bgp {Sse.List(Patterns)})";
}

internal sealed record PathNode(PatternNode Subject, PathExpr Path, PatternNode Object) : AlgebraNode
{
    public override string ToString() => $"(path {Subject} {Path} {Object})";
}

internal sealed record Join(AlgebraNode Left, AlgebraNode Right) : AlgebraNode
{
    public override string ToString() => Sse.Node("join", Left, Right);
}

internal sealed record LeftJoin(AlgebraNode Left, AlgebraNode Right, Expression? Condition) : AlgebraNode
{
    public override string ToString() => Sse.Node("leftjoin", Left, Right, Condition);
}

internal sealed record Filter(Expression Condition, AlgebraNode Inner) : AlgebraNode
{
    public override string ToString() => Sse.Node("filter", Condition, Inner);
}

internal sealed record Union(AlgebraNode Left, AlgebraNode Right) : AlgebraNode
{
    public override string ToString() => Sse.Node("union", Left, Right);
}

internal sealed record Minus(AlgebraNode Left, AlgebraNode Right) : AlgebraNode
{
    public override string ToString() => Sse.Node("minus", Left, Right);
}

internal sealed record GraphPattern(PatternNode Name, AlgebraNode Inner) : AlgebraNode
{
    public override string ToString() => Sse.Node("graph", Name, Inner);
}

internal sealed record Extend(AlgebraNode Inner, Variable Variable, Expression Expression) : AlgebraNode
{
    public override string ToString() => Sse.Node("extend", $"(({Variable} {Expression}))", Inner);
}

/// <summary>One GROUP BY key: an expression, bound to <see cref="Variable"/> in the output.</summary>
internal sealed record GroupKey(Variable Variable, Expression Expression)
{
    public override string ToString() => Expression is VariableExpression v && v.Variable == Variable ? Variable.ToString() : $"({Variable} {Expression})";
}

internal sealed record AggregateBinding(Variable Variable, AggregateExpression Aggregate)
{
    public override string ToString() => $"({Variable} {Aggregate})";
}

internal sealed record Group(AlgebraNode Inner, IReadOnlyList<GroupKey> Keys, IReadOnlyList<AggregateBinding> Aggregates) : AlgebraNode
{
    public override string ToString() => Sse.Node("group", $"({Sse.List(Keys)})", $"({Sse.List(Aggregates)})", Inner);
}

internal sealed record OrderCondition(Expression Expression, bool Descending)
{
    public override string ToString() => Descending ? $"(desc {Expression})" : $"(asc {Expression})";
}

internal sealed record OrderBy(AlgebraNode Inner, IReadOnlyList<OrderCondition> Conditions) : AlgebraNode
{
    public override string ToString() => Sse.Node("order", $"({Sse.List(Conditions)})", Inner);
}

internal sealed record Project(AlgebraNode Inner, IReadOnlyList<Variable> Variables) : AlgebraNode
{
    public override string ToString() => Sse.Node("project", $"({Sse.List(Variables)})", Inner);
}

internal sealed record Distinct(AlgebraNode Inner) : AlgebraNode
{
    public override string ToString() => Sse.Node("distinct", Inner);
}

internal sealed record Reduced(AlgebraNode Inner) : AlgebraNode
{
    public override string ToString() => Sse.Node("reduced", Inner);
}

internal sealed record Slice(AlgebraNode Inner, long Offset, long? Limit) : AlgebraNode
{
    public override string ToString() => Sse.Node("slice", Offset.ToString(System.Globalization.CultureInfo.InvariantCulture), Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_", Inner);
}

/// <summary>Inline data (VALUES); a null cell is UNDEF.</summary>
internal sealed record Table(IReadOnlyList<Variable> Variables, IReadOnlyList<Term?[]> Rows) : AlgebraNode
{
    public static Table Unit { get; } = new([], [Array.Empty<Term?>()]);

    public override string ToString() =>
        $"(table ({Sse.List(Variables)}) {Sse.List(Rows.Select(r => "(row " + Sse.List(r.Select((t, i) => t is null ? null : $"[{Variables[i]} {Sse.Term(t)}]").Where(x => x is not null)) + ")"))})";
}

/// <param name="Endpoint">The endpoint's IRI, or the variable that names it.</param>
/// <param name="Inner">The group evaluated remotely.</param>
/// <param name="Silent">SERVICE SILENT: a failing endpoint gives one empty solution instead of an error.</param>
/// <param name="RemoteQuery">What is sent to the endpoint: the group as a SELECT * query with the query's prologue.</param>
internal sealed record Service(PatternNode Endpoint, AlgebraNode Inner, bool Silent, string RemoteQuery) : AlgebraNode
{
    public override string ToString() => Sse.Node(Silent ? "service silent" : "service", Endpoint, Inner);
}
