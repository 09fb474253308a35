using System.Text;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>SPARQL 1.1 TSV results: terms in N-Triples/Turtle syntax, tab separated, header of ?variables.</summary>
internal static class TsvResultsWriter
{
    public static void Write(QueryResult result, TextWriter output)
    {
        if (result.Kind == QueryResultKind.Boolean)
        {
            output.Write("?_askResult\n" + (result.Boolean ? "true" : "false") + "\n");
            output.Flush();
            return;
        }
        output.Write(string.Join("\t", result.Variables.Select(v => "?" + v)) + "\n");
        var sb = new StringBuilder();
        foreach (var row in result.Rows)
        {
            sb.Clear();
            for (var i = 0; i < result.Variables.Count; i++)
            {
                if (i > 0) sb.Append('\t');
                // Literals come escaped; an IRI is escaped here, so a tab or newline in it cannot add a column or a row.
                if (row[i] is Iri iri) sb.Append('<').Append(IriSyntax.EscapeForIriRef(iri.Value)).Append('>');
                else if (row[i] is { } term) NTriplesFormatter.Append(sb, term);
            }
            sb.Append('\n');
            output.Write(sb);
        }
        output.Flush();
    }
}
