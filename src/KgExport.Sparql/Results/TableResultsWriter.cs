using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>A readable fixed-width table for terminals (reads all rows to size the columns).</summary>
public static class TableResultsWriter
{
    /// <summary>Writes <paramref name="result"/> as a table, IRIs shortened with <paramref name="prefixes"/> when given.</summary>
    public static void Write(QueryResult result, TextWriter output, PrefixMap? prefixes = null)
    {
        if (result.Kind == QueryResultKind.Boolean)
        {
            output.WriteLine(result.Boolean ? "yes" : "no");
            return;
        }
        var rows = result.Rows.Select(r => r.Select(t => t is null ? "" : Show(t, prefixes)).ToArray()).ToList();
        var widths = result.Variables.Select((v, i) => Math.Max(v.Length + 1, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(rule);
        output.WriteLine(Line(result.Variables.Select(v => "?" + v)));
        output.WriteLine(rule);
        foreach (var r in rows) output.WriteLine(Line(r));
        output.WriteLine(rule);
        output.WriteLine($"{rows.Count} row{(rows.Count == 1 ? "" : "s")}");
        output.Flush();
    }

    private static string Show(Term t, PrefixMap? prefixes)
    {
        if (t is Iri iri && prefixes is not null)
        {
            foreach (var (p, ns) in prefixes.Entries)
            {
                if (iri.Value.StartsWith(ns, StringComparison.Ordinal) && iri.Value.Length > ns.Length)
                    return p + ":" + iri.Value[ns.Length..];
            }
        }
        if (t is Literal { Language: null } l)
        {
            if (l.IsSimple) return NTriplesFormatter.Format(new Literal(l.LexicalForm));
            if (l.Datatype.Value is "http://www.w3.org/2001/XMLSchema#integer" or "http://www.w3.org/2001/XMLSchema#decimal" or "http://www.w3.org/2001/XMLSchema#boolean")
                return l.LexicalForm;
        }
        return NTriplesFormatter.Format(t);
    }
}
