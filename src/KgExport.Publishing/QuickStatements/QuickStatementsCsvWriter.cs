using System.Text;

namespace KgExport.Publishing.QuickStatements;

/// <summary>
/// The QuickStatements CSV dialect: a header row (<c>qid</c>, then <c>Lxx</c>/<c>Axx</c> label and alias columns,
/// <c>P…</c> statement columns each followed by its <c>qal…</c> qualifier and <c>S…</c> source columns), then one
/// row per item; an empty <c>qid</c> creates the item. Values are in V1 syntax (labels and aliases plain text),
/// quoted by RFC 4180. Rows are aligned to one shared header; a row leaves the columns it does not use empty.
/// </summary>
public static class QuickStatementsCsvWriter
{
    public static string Write(Batch batch)
    {
        var rows = batch.Edits.Select(Cells).ToList();
        var header = new List<string> { "qid" };
        var placed = new List<int[]>();
        foreach (var row in rows)
        {
            // Greedy common supersequence: each cell goes in the next header column of its name, or a new one.
            var positions = new int[row.Count];
            var at = 1;
            for (var i = 0; i < row.Count; i++)
            {
                var found = header.IndexOf(row[i].Column, at);
                if (found < 0)
                {
                    header.Insert(at, row[i].Column);
                    foreach (var earlier in placed)
                    {
                        for (var k = 0; k < earlier.Length; k++) if (earlier[k] >= at) earlier[k]++;
                    }
                    found = at;
                }
                positions[i] = found;
                at = found + 1;
            }
            placed.Add(positions);
        }
        var sb = new StringBuilder();
        sb.Append(string.Join(",", header.Select(Field))).Append('\n');
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new string[header.Count];
            Array.Fill(cells, "");
            cells[0] = batch.Edits[r].Item ?? "";
            for (var i = 0; i < rows[r].Count; i++) cells[placed[r][i]] = rows[r][i].Value;
            sb.Append(string.Join(",", cells.Select(Field))).Append('\n');
        }
        return sb.ToString();
    }

    private static List<(string Column, string Value)> Cells(ItemEdit edit)
    {
        var cells = new List<(string, string)>();
        foreach (var (language, text) in edit.Labels) cells.Add(("L" + language, text));
        foreach (var (language, text) in edit.Aliases) cells.Add(("A" + language, text));
        foreach (var s in edit.Statements)
        {
            cells.Add((s.Property, s.Value));
            foreach (var q in s.Qualifiers) cells.Add(("qal" + q.Property[1..], q.Value));
            foreach (var source in s.Sources) cells.Add(("S" + source.Property[1..], source.Value));
        }
        return cells;
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
