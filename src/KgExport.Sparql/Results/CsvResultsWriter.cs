using System.Text;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>SPARQL 1.1 CSV results: plain values (IRIs bare, literals as their lexical form), RFC 4180 quoting, CRLF.</summary>
internal static class CsvResultsWriter
{
    public static void Write(QueryResult result, TextWriter output)
    {
        if (result.Kind == QueryResultKind.Boolean)
        {
            output.Write("_askResult\r\n" + (result.Boolean ? "true" : "false") + "\r\n");
            output.Flush();
            return;
        }
        output.Write(string.Join(",", result.Variables.Select(Quote)) + "\r\n");
        var sb = new StringBuilder();
        foreach (var row in result.Rows)
        {
            sb.Clear();
            for (var i = 0; i < result.Variables.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(row[i] switch
                {
                    Iri iri => Quote(iri.Value),
                    BlankNode b => "_:" + b.Label,
                    Literal l => Quote(l.LexicalForm),
                    _ => "",
                });
            }
            sb.Append("\r\n");
            output.Write(sb);
        }
        output.Flush();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
