using System.Text;

namespace KgExport.Publishing.QuickStatements;

/// <summary>
/// The QuickStatements CSV dialect: a header row (<c>qid</c>, then <c>Lxx</c>/<c>Axx</c> label and alias columns,
/// <c>P…</c> statement columns each followed by its <c>qal…</c> qualifier and source columns), then one row per
/// item; an empty <c>qid</c> creates the item. Values are in V1 syntax (labels and aliases plain text), quoted by
/// RFC 4180. Rows are aligned to one shared header; a row leaves the columns it does not use empty.
/// </summary>
/// <remarks>
/// Source columns follow the importers (QuickStatements 2, quickstatements.php importDataFromCSV; QuickStatements 3,
/// parsers/csv.py): an upper-case <c>S…</c> column starts a new reference and a lower-case <c>s…</c> column adds to
/// it, so a statement's reference is one <c>S</c> column then <c>s</c> columns (the V1 line puts them all in one
/// reference too). QuickStatements 3 skips empty cells; QuickStatements 2 turns every cell into a command and
/// cannot skip one (magnusmanske/quickstatements issue 22), so there a batch whose rows differ in shape fails
/// and V1 is the format to use.
/// </remarks>
public static class QuickStatementsCsvWriter
{
    public static string Write(Batch batch)
    {
        var rows = batch.Edits.Select(Cells).ToList();
        var header = new List<string> { "qid" };
        var placed = new List<int[]>();
        foreach (var row in rows)
        {
            // Greedy common supersequence: each cell goes in the next header column of its name, or a new one. A
            // qualifier or source cell stays before the next statement column, so it never reads as belonging to
            // another row's statement.
            var positions = new int[row.Count];
            var at = 1;
            for (var i = 0; i < row.Count; i++)
            {
                var limit = IsStatement(row[i].Column) ? header.Count : NextStatement(header, at);
                var found = header.IndexOf(row[i].Column, at, limit - at);
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

    private static bool IsStatement(string column) => column.StartsWith('P');

    private static int NextStatement(List<string> header, int from)
    {
        for (var k = from; k < header.Count; k++) if (IsStatement(header[k])) return k;
        return header.Count;
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
            for (var i = 0; i < s.Sources.Count; i++) cells.Add(((i == 0 ? "S" : "s") + s.Sources[i].Property[1..], s.Sources[i].Value));
        }
        return cells;
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
