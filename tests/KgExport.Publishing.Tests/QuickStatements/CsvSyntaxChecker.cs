using System.Text;
using System.Text.RegularExpressions;

namespace KgExport.Publishing.Tests.QuickStatements;

/// <summary>
/// Checks a batch in the QuickStatements CSV dialect and returns every problem ("line N: reason"), by the rules of
/// its importers, QuickStatements 2 (magnusmanske/quickstatements, quickstatements.php importDataFromCSV) and
/// QuickStatements 3 (WikiMovimentoBrasil/quickstatements3, src/core/parsers/csv.py check_header/parse_line):
/// <list type="bullet">
/// <item>The header starts with <c>qid</c> (exactly, and only once); the other columns are <c>Lxx</c>/<c>Dxx</c>/
/// <c>Axx</c>, <c>P…</c>, <c>qal…</c> qualifiers, <c>S…</c> (starts a reference) and <c>s…</c> (adds to it);
/// a qualifier or source column needs a statement column before it.</item>
/// <item>Every row has the header's width. An empty <c>qid</c> creates an item. In a row, a qualifier or an
/// <c>S</c> cell needs its statement's cell filled; an <c>s</c> cell needs an <c>S</c> cell of the same statement
/// filled. Statement, qualifier and source cells hold V1 values; empty cells are skipped (QuickStatements 3).</item>
/// </list>
/// Fields are RFC 4180 (double quotes around fields with commas or quotes, doubled inside).
/// </summary>
internal static partial class CsvSyntaxChecker
{
    [GeneratedRegex("^[LDA][a-z]{2,3}(-[a-z0-9]+)*$")] private static partial Regex Term();
    [GeneratedRegex("^P[1-9][0-9]*$")] private static partial Regex Statement();
    [GeneratedRegex("^qal[1-9][0-9]*$")] private static partial Regex Qualifier();
    [GeneratedRegex("^S[1-9][0-9]*$")] private static partial Regex NewReference();
    [GeneratedRegex("^s[1-9][0-9]*$")] private static partial Regex SameReference();

    public static IReadOnlyList<string> Check(string csv)
    {
        var errors = new List<string>();
        if (!csv.EndsWith('\n')) errors.Add("the batch does not end with a line break");
        var lines = csv.TrimEnd('\n').Split('\n');
        var header = Fields(lines[0]);
        if (header[0] != "qid") errors.Add("line 1: the first column is not \"qid\"");
        var sawStatement = false;
        for (var c = 1; c < header.Count; c++)
        {
            var h = header[c];
            if (h == "qid") errors.Add($"line 1: column {c + 1}: \"qid\" twice");
            else if (Statement().IsMatch(h)) sawStatement = true;
            else if (Qualifier().IsMatch(h) || NewReference().IsMatch(h) || SameReference().IsMatch(h))
            {
                if (!sawStatement) errors.Add($"line 1: column {c + 1}: {h} before any statement column");
            }
            else if (!Term().IsMatch(h)) errors.Add($"line 1: column {c + 1}: \"{h}\" is not a label, description, alias, statement, qualifier or source column");
        }
        if (lines.Length < 2) errors.Add("no rows");
        var created = false;
        for (var r = 1; r < lines.Length; r++)
        {
            var n = r + 1;
            var row = Fields(lines[r]);
            if (row.Count != header.Count)
            {
                errors.Add($"line {n}: {row.Count} fields, the header has {header.Count}");
                continue;
            }
            if (row[0].Length > 0 && V1SyntaxChecker.ValueError(row[0]) is not null) errors.Add($"line {n}: qid \"{row[0]}\" is not an item id");
            if (row[0].Length == 0) created = true;
            var statementFilled = false;
            var referenceOpen = false;
            for (var c = 1; c < row.Count; c++)
            {
                var h = header[c];
                var cell = row[c];
                if (Statement().IsMatch(h))
                {
                    statementFilled = cell.Length > 0;
                    referenceOpen = false;
                }
                if (cell.Length == 0) continue;
                if (Term().IsMatch(h)) continue; // plain text
                if (cell == "LAST" ? !created : V1SyntaxChecker.ValueError(cell) is not null)
                {
                    errors.Add($"line {n}: column {c + 1} ({h}): {(cell == "LAST" ? "LAST before any row created an item" : V1SyntaxChecker.ValueError(cell))}");
                }
                if ((Qualifier().IsMatch(h) || NewReference().IsMatch(h)) && !statementFilled) errors.Add($"line {n}: column {c + 1} ({h}) without its statement");
                if (NewReference().IsMatch(h)) referenceOpen = statementFilled;
                if (SameReference().IsMatch(h) && !referenceOpen) errors.Add($"line {n}: column {c + 1} ({h}) adds to a reference no S column started");
            }
        }
        return errors;
    }

    /// <summary>The RFC 4180 fields of one line (the writer never puts line breaks inside fields).</summary>
    public static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
