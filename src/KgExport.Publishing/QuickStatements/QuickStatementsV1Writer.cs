using System.Text;

namespace KgExport.Publishing.QuickStatements;

/// <summary>
/// QuickStatements V1: one command a line, TAB-separated. <c>CREATE</c> then <c>LAST</c> lines for a new item;
/// <c>Q…</c> lines for an existing one; labels <c>Lxx</c>, aliases <c>Axx</c>; statements <c>P…</c> value,
/// then qualifier pairs, then source pairs (<c>S…</c>, all in one reference).
/// </summary>
/// <remarks>
/// The source article goes where QuickStatements reads it: a <c>/* … */</c> at the end of a command is that edit's
/// summary (QuickStatements 2, quickstatements.php importDataFromV1, "Extract comment as summary"; QuickStatements 3,
/// parsers/v1.py parse_comment), so every edit in the item history names its article. A line holding only a
/// comment is not a command: QuickStatements 2 drops it, QuickStatements 3 fails on it (parse_command indexes the
/// first column of an empty command), so the batch has no comment-only header; the command lists the articles on
/// stderr instead.
/// </remarks>
public static class QuickStatementsV1Writer
{
    public static string Write(Batch batch)
    {
        var sb = new StringBuilder();
        foreach (var edit in batch.Edits)
        {
            var subject = edit.Item ?? "LAST";
            if (edit.Item is null) End(sb.Append("CREATE"), edit.Summary);
            foreach (var (language, text) in edit.Labels) End(Line(sb, subject, "L" + language, QuickStatementsValues.String(text)), edit.Summary);
            foreach (var (language, text) in edit.Aliases) End(Line(sb, subject, "A" + language, QuickStatementsValues.String(text)), edit.Summary);
            foreach (var s in edit.Statements)
            {
                sb.Append(subject).Append('\t').Append(s.Property).Append('\t').Append(s.Value);
                foreach (var q in s.Qualifiers) sb.Append('\t').Append(q.Property).Append('\t').Append(q.Value);
                foreach (var r in s.Sources) sb.Append('\t').Append('S').Append(r.Property.AsSpan(1)).Append('\t').Append(r.Value);
                End(sb, s.Summary);
            }
        }
        return sb.ToString();
    }

    private static StringBuilder Line(StringBuilder sb, string subject, string command, string value) =>
        sb.Append(subject).Append('\t').Append(command).Append('\t').Append(value);

    private static void End(StringBuilder sb, string? summary)
    {
        if (summary is not null && QuickStatementsValues.IsSummary(summary)) sb.Append(" /* ").Append(summary).Append(" */");
        sb.Append('\n');
    }
}
