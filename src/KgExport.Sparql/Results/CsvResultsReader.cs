using System.Text;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>
/// Reads SPARQL 1.1 CSV results. CSV loses term types: "_:x" reads as a blank node, a value with a URI scheme as
/// an IRI, anything else as a simple literal.
/// </summary>
public static class CsvResultsReader
{
    /// <summary>Reads a whole CSV results document.</summary>
    public static QueryResult Read(TextReader input)
    {
        var records = ParseRecords(input.ReadToEnd());
        if (records.Count == 0) throw new SparqlResultsFormatException("1:1: missing header line");
        var vars = records[0];
        var rows = new List<Term?[]>();
        foreach (var rec in records.Skip(1))
        {
            if (rec.Count == 1 && rec[0].Length == 0 && vars.Count != 1) continue;
            var row = new Term?[vars.Count];
            for (var i = 0; i < vars.Count && i < rec.Count; i++)
            {
                var v = rec[i];
                if (v.Length == 0) continue;
                row[i] = v.StartsWith("_:", StringComparison.Ordinal) ? new BlankNode(v[2..])
                    : LooksLikeIri(v) ? new Iri(v)
                    : new Literal(v);
            }
            rows.Add(row);
        }
        return QueryResult.FromBindings(vars, rows);
    }

    private static bool LooksLikeIri(string v)
    {
        var colon = v.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(v[0]) && v[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && !v.Contains(' ');
    }

    private static List<List<string>> ParseRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}
