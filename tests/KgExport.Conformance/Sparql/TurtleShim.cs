using System.Text.RegularExpressions;
using KgExport.Rdf;
using KgExport.Sparql.Update;

namespace KgExport.Conformance.Sparql;

/// <summary>
/// Loads test data. Uses the RDF core's parsers; until the Turtle parser has landed, reads Turtle by rewriting it
/// into a SPARQL INSERT DATA request (Turtle's triple syntax is a subset of SPARQL's) — a stop-gap for tests only.
/// </summary>
internal static partial class TurtleShim
{
    [GeneratedRegex(@"@prefix\s+([^\s:]*:)\s*<([^>]*)>\s*\.", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixDirective();

    [GeneratedRegex(@"@base\s+<([^>]*)>\s*\.", RegexOptions.IgnoreCase)]
    private static partial Regex BaseDirective();

    [GeneratedRegex(@"^\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SparqlDirective();

    public static Dataset Load(string path, string baseIri)
    {
        try
        {
            return RdfIo.LoadFile(path, baseIri: baseIri);
        }
        catch (NotImplementedException)
        {
            var text = File.ReadAllText(path);
            var prologue = new List<string>();
            text = PrefixDirective().Replace(text, m => { prologue.Add($"PREFIX {m.Groups[1].Value} <{m.Groups[2].Value}>"); return " "; });
            text = BaseDirective().Replace(text, m => { prologue.Add($"BASE <{m.Groups[1].Value}>"); return " "; });
            text = SparqlDirective().Replace(text, m => { prologue.Add(m.Value); return " "; });
            var dataset = new Dataset();
            var request = string.Join("\n", prologue) + "\nINSERT DATA {\n" + text + "\n}";
            UpdateExecutor.Execute(request, dataset, new KgExport.Sparql.Evaluation.QueryOptions { BaseIri = baseIri });
            return dataset;
        }
    }
}
