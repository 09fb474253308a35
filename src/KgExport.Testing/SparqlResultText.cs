using System.Text;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Testing;

/// <summary>
/// The canonical text of a SELECT or ASK result: SPARQL 1.1 TSV (a header of ?variables, one row per solution, terms
/// in N-Triples syntax), rows sorted in code point order unless the query's order is part of what is approved, blank
/// nodes relabelled _:b0, _:b1, ... in order of first appearance so the labels a store happened to give do not count.
/// </summary>
internal static class SparqlResultText
{
    public static string Of(QueryResult result, bool ordered, CancellationToken cancellationToken)
    {
        if (result.Kind == QueryResultKind.Boolean) return "?_askResult\n" + (result.Boolean ? "true" : "false") + "\n";
        var rows = new List<(string Masked, Term?[] Row)>();
        var sb = new StringBuilder();
        foreach (var row in result.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sb.Clear();
            AppendRow(sb, row, result.Variables.Count, _ => "");
            rows.Add((sb.ToString(), row));
        }
        if (!ordered) rows.Sort((a, b) => CodePointOrder.Instance.Compare(a.Masked, b.Masked));
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        string Relabel(string label) => labels.TryGetValue(label, out var l) ? l : labels[label] = "b" + labels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(string.Join("\t", result.Variables.Select(v => "?" + v))).Append('\n');
        foreach (var (_, row) in rows)
        {
            AppendRow(text, row, result.Variables.Count, Relabel);
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Null when the two texts are equal; else the rows each side has alone, or that only the order differs.</summary>
    public static string? Difference(string approved, string received)
    {
        if (approved == received) return null;
        var a = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var r = received.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        if (a.Length == 0 || r.Length == 0 || a[0] != r[0])
        {
            sb.Append("The variables differ:\n- ").Append(a.FirstOrDefault() ?? "").Append("\n+ ").Append(r.FirstOrDefault() ?? "").Append('\n');
        }
        var gone = Multiset(a.Skip(1));
        var came = Multiset(r.Skip(1));
        foreach (var line in r.Skip(1))
        {
            if (gone.TryGetValue(line, out var n) && n > 0)
            {
                gone[line] = n - 1;
                came[line]--;
            }
        }
        var removed = gone.Where(kv => kv.Value > 0).SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).ToList();
        var added = came.Where(kv => kv.Value > 0).SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).ToList();
        sb.Append($"{a.Length - 1} approved rows, {r.Length - 1} received; {removed.Count} only approved, {added.Count} only received.\n");
        foreach (var line in removed) sb.Append("- ").Append(line).Append('\n');
        foreach (var line in added) sb.Append("+ ").Append(line).Append('\n');
        if (removed.Count == 0 && added.Count == 0 && a[0] == r[0]) sb.Append("The same rows in another order:\n").Append(TextDiff.Lines(approved, received));
        return sb.ToString();
    }

    private static Dictionary<string, int> Multiset(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines) counts[line] = counts.GetValueOrDefault(line) + 1;
        return counts;
    }

    private static void AppendRow(StringBuilder sb, Term?[] row, int width, Func<string, string> blankLabel)
    {
        for (var i = 0; i < width; i++)
        {
            if (i > 0) sb.Append('\t');
            switch (i < row.Length ? row[i] : null)
            {
                case null:
                    break;
                case BlankNode b:
                    sb.Append("_:").Append(blankLabel(b.Label));
                    break;
                case var term:
                    NTriplesFormatter.Append(sb, term);
                    break;
            }
        }
    }
}
