using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Tests;

/// <summary>Small helpers: a dataset from Turtle-like INSERT DATA text, and SELECT results as readable strings.</summary>
internal static class SparqlFixture
{
    public const string Ex = "http://example.org/";

    public static Dataset Data(string triples)
    {
        var dataset = new Dataset();
        KgExport.Sparql.Update.UpdateExecutor.Execute($"PREFIX : <{Ex}> INSERT DATA {{ {triples} }}", dataset);
        return dataset;
    }

    public static QueryResult Run(Dataset data, string query, QueryOptions? options = null) =>
        QueryExecutor.Execute(SparqlQuery.Parse($"PREFIX : <{Ex}> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + query), data, options);

    /// <summary>Each row as "var=value ..." with IRIs shortened to :local and literals as their lexical form (typed ones with ^^type).</summary>
    public static List<string> Rows(Dataset data, string query, bool sorted = true)
    {
        var result = Run(data, query);
        var rows = result.Rows.Select(r => string.Join(" ", result.Variables.Select((v, i) => $"{v}={Show(r[i])}"))).ToList();
        if (sorted) rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public static string Show(Term? t) => t switch
    {
        null => "",
        Iri i when i.Value.StartsWith(Ex, StringComparison.Ordinal) => ":" + i.Value[Ex.Length..],
        Iri i => "<" + i.Value + ">",
        BlankNode => "_",
        Literal { Language: not null } l => $"{l.LexicalForm}@{l.Language}",
        Literal l when l.IsSimple => l.LexicalForm,
        Literal l => $"{l.LexicalForm}^^{l.Datatype.Value[(l.Datatype.Value.LastIndexOf('#') + 1)..]}",
        _ => t.ToString(),
    };
}
