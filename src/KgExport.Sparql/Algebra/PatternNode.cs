using KgExport.Rdf;

namespace KgExport.Sparql.Algebra;

/// <summary>A position in a pattern or template: a constant RDF term or a variable.</summary>
public abstract record PatternNode
{
    /// <summary>A constant position holding <paramref name="term"/>.</summary>
    public static PatternNode Of(Term term) => new TermNode(term);
}

internal sealed record TermNode(Term Term) : PatternNode
{
    public override string ToString() => Sse.Term(Term);
}

/// <summary>
/// A query variable. Names starting with '.' are hidden variables made by the translation (blank nodes in
/// patterns, path steps, aggregates); they are never projected by SELECT *.
/// </summary>
public sealed record Variable(string Name) : PatternNode
{
    /// <summary>True for variables the translation made (names starting with '.'), which SELECT * leaves out.</summary>
    public bool IsHidden => Name.StartsWith('.');

    /// <summary>The variable as written: <c>?name</c>.</summary>
    public override string ToString() => "?" + Name;
}

/// <summary>A triple pattern; any position may be a variable.</summary>
internal sealed record TriplePattern(PatternNode Subject, PatternNode Predicate, PatternNode Object)
{
    public override string ToString() => $"({Subject} {Predicate} {Object})";
}

/// <summary>A triple pattern inside GRAPH in a template (INSERT/DELETE) — Graph null is the default graph.</summary>
internal sealed record QuadPattern(PatternNode Subject, PatternNode Predicate, PatternNode Object, PatternNode? Graph)
{
    public override string ToString() => Graph is null ? $"({Subject} {Predicate} {Object})" : $"(quad {Graph} {Subject} {Predicate} {Object})";
}
