using KgExport.Rdf;

namespace KgExport.Sparql.Algebra;

/// <summary>A SPARQL expression (§17).</summary>
public abstract record Expression;

internal sealed record VariableExpression(Variable Variable) : Expression
{
    public override string ToString() => Variable.ToString();
}

internal sealed record ConstantExpression(Term Value) : Expression
{
    public override string ToString() => Sse.Term(Value);
}

/// <summary>
/// An operator or function call. <see cref="Name"/> is an operator ("+", "&amp;&amp;", "!", "u-", "in", "notin"),
/// an upper-case built-in name ("STRLEN", "REGEX") or, for casts and extension functions, an absolute IRI.
/// </summary>
internal sealed record CallExpression(string Name, IReadOnlyList<Expression> Arguments) : Expression
{
    public bool IsIriFunction => Name.Contains(':');

    public override string ToString() => Arguments.Count == 0 ? $"({Name})" : $"({Name} {Sse.List(Arguments)})";
}

/// <summary>EXISTS / NOT EXISTS over a graph pattern.</summary>
internal sealed record ExistsExpression(AlgebraNode Pattern, bool Negated) : Expression
{
    public override string ToString() => $"({(Negated ? "notexists" : "exists")} {Pattern})";
}

/// <summary>An aggregate call as written in SELECT, HAVING or ORDER BY; the translation replaces it by a variable.</summary>
internal sealed record AggregateExpression(string Name, bool Distinct, Expression? Argument, string? Separator) : Expression
{
    public override string ToString() =>
        $"({Name.ToLowerInvariant()}{(Distinct ? " distinct" : "")}{(Argument is null ? "" : " " + Argument)}{(Separator is null ? "" : " separator=\"" + Separator + "\"")})";
}
