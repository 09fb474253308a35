using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Syntax;

/// <summary>The four forms of a SPARQL query.</summary>
public enum QueryForm
{
    /// <summary>SELECT: solutions over variables.</summary>
    Select,

    /// <summary>CONSTRUCT: a graph from a template.</summary>
    Construct,

    /// <summary>DESCRIBE: a graph about the resources named.</summary>
    Describe,

    /// <summary>ASK: whether there is a solution.</summary>
    Ask,
}

/// <summary>One SELECT item: a variable, or (expression AS variable); <paramref name="Position"/> is where it starts.</summary>
internal sealed record SelectItem(Variable Variable, Expression? Expression, TextPosition Position);

internal sealed record GroupCondition(Expression Expression, Variable? Alias);

/// <summary>A parsed query before translation to algebra (also used for subqueries).</summary>
internal sealed class QuerySyntax
{
    /// <summary>Where the query form (SELECT, CONSTRUCT, DESCRIBE, ASK) is written, for the errors of the query as a whole.</summary>
    public TextPosition Position { get; init; }

    public QueryForm Form { get; set; }
    public bool Distinct { get; set; }
    public bool Reduced { get; set; }
    public bool SelectAll { get; set; }
    public List<SelectItem> Projection { get; } = [];
    public List<TriplePattern> ConstructTemplate { get; } = [];
    public List<PatternNode> DescribeTargets { get; } = [];
    public List<Iri> From { get; } = [];
    public List<Iri> FromNamed { get; } = [];
    public GroupSyntax? Where { get; set; }
    public List<GroupCondition> GroupBy { get; } = [];
    public List<Expression> Having { get; } = [];
    public List<OrderCondition> OrderBy { get; } = [];
    public long? Limit { get; set; }
    public long Offset { get; set; }
    public Table? Values { get; set; }
    public PrefixMap Prefixes { get; set; } = new();
    public string? BaseIri { get; set; }
}

/// <summary>A group graph pattern { … } as written: its elements in order.</summary>
internal sealed class GroupSyntax
{
    /// <summary>Where its '{' is.</summary>
    public TextPosition Position { get; init; }

    public List<PatternElement> Elements { get; } = [];
}

internal abstract record PatternElement;

/// <summary>A triple whose predicate is either a plain node (IRI or variable) or a property path.</summary>
internal sealed record PathTriple(PatternNode Subject, PatternNode? Predicate, PathExpr? Path, PatternNode Object);

internal sealed record TriplesElement(List<PathTriple> Triples) : PatternElement;

internal sealed record FilterElement(Expression Condition) : PatternElement;

internal sealed record OptionalElement(GroupSyntax Group) : PatternElement;

internal sealed record MinusElement(GroupSyntax Group) : PatternElement;

internal sealed record UnionElement(List<GroupSyntax> Alternatives) : PatternElement;

internal sealed record GraphElement(PatternNode Name, GroupSyntax Group) : PatternElement;

/// <param name="Endpoint">The endpoint's IRI, or the variable that names it.</param>
/// <param name="Silent">SERVICE SILENT.</param>
/// <param name="Group">The group sent to the endpoint.</param>
/// <param name="RemoteQuery">The group as a SELECT * query of its own, with the query's prologue: what is sent to the endpoint.</param>
internal sealed record ServiceElement(PatternNode Endpoint, bool Silent, GroupSyntax Group, string RemoteQuery) : PatternElement;

/// <param name="Expression">The value bound.</param>
/// <param name="Variable">The variable after AS.</param>
/// <param name="Position">Where the variable after AS is written.</param>
internal sealed record BindElement(Expression Expression, Variable Variable, TextPosition Position) : PatternElement;

internal sealed record ValuesElement(Table Table) : PatternElement;

internal sealed record SubQueryElement(QuerySyntax Query) : PatternElement;

internal sealed record NestedGroupElement(GroupSyntax Group) : PatternElement;
