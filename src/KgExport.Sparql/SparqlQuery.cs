using KgExport.Rdf;
using KgExport.Sparql.Algebra;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql;

/// <summary>A parsed and translated query, ready to evaluate: its form, algebra and (for CONSTRUCT/DESCRIBE) template.</summary>
public sealed class SparqlQuery
{
    private SparqlQuery(QuerySyntax syntax, AlgebraNode algebra)
    {
        Syntax = syntax;
        Algebra = algebra;
    }

    internal QuerySyntax Syntax { get; }

    public QueryForm Form => Syntax.Form;

    internal AlgebraNode Algebra { get; }

    /// <summary>The result variables of a SELECT query, in order.</summary>
    public IReadOnlyList<Variable> ResultVariables => Algebra switch
    {
        Project p => p.Variables,
        Distinct { Inner: Project p } => p.Variables,
        Reduced { Inner: Project p } => p.Variables,
        Slice { Inner: Project p } => p.Variables,
        Slice { Inner: Distinct { Inner: Project p } } => p.Variables,
        Slice { Inner: Reduced { Inner: Project p } } => p.Variables,
        _ => VariableScope.InScope(Algebra).Where(v => !v.IsHidden).ToList(),
    };

    internal IReadOnlyList<TriplePattern> ConstructTemplate => Syntax.ConstructTemplate;

    public IReadOnlyList<Iri> From => Syntax.From;

    public IReadOnlyList<Iri> FromNamed => Syntax.FromNamed;

    public PrefixMap Prefixes => Syntax.Prefixes;

    public static SparqlQuery Parse(string text, string? baseIri = null)
    {
        var syntax = SparqlParser.ParseQuery(text, baseIri);
        var algebra = new AlgebraTranslator().TranslateQueryPattern(syntax);
        return new SparqlQuery(syntax, algebra);
    }

    public override string ToString() => Algebra.ToString();
}
