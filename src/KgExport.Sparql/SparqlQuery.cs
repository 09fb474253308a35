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

    /// <summary>SELECT, CONSTRUCT, DESCRIBE or ASK.</summary>
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

    /// <summary>The FROM graphs, merged into the default graph when given.</summary>
    public IReadOnlyList<Iri> From => Syntax.From;

    /// <summary>The FROM NAMED graphs.</summary>
    public IReadOnlyList<Iri> FromNamed => Syntax.FromNamed;

    /// <summary>The prefixes the query declares.</summary>
    public PrefixMap Prefixes => Syntax.Prefixes;

    /// <summary>Parses and translates <paramref name="text"/>, resolving relative IRIs against <paramref name="baseIri"/>; throws <see cref="SparqlSyntaxException"/>.</summary>
    public static SparqlQuery Parse(string text, string? baseIri = null)
    {
        var syntax = SparqlParser.ParseQuery(text, baseIri);
        var algebra = new AlgebraTranslator().TranslateQueryPattern(syntax);
        return new SparqlQuery(syntax, algebra);
    }

    /// <summary>The query's algebra in SPARQL's S-expression notation (for debugging).</summary>
    public override string ToString() => Algebra.ToString();
}
