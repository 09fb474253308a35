using System.Text;

namespace KgExport.Publishing.QuickStatements;

/// <summary>
/// QuickStatements V1: one command a line, TAB-separated. <c>CREATE</c> then <c>LAST</c> lines for a new item;
/// <c>Q…</c> lines for an existing one; labels <c>Lxx</c>, aliases <c>Axx</c>; statements <c>P…</c> value,
/// then qualifier pairs, then source pairs (<c>S…</c>). A header of <c>/* … */</c> comments names the articles.
/// </summary>
public static class QuickStatementsV1Writer
{
    public static string Write(Batch batch)
    {
        var sb = new StringBuilder();
        sb.Append("/* QuickStatements V1 batch written by kgexport wikidata */\n");
        foreach (var article in batch.SourceArticles) sb.Append("/* source article: ").Append(article.Replace("*/", "* /", StringComparison.Ordinal)).Append(" */\n");
        foreach (var edit in batch.Edits)
        {
            var subject = edit.Item ?? "LAST";
            if (edit.Item is null) sb.Append("CREATE\n");
            foreach (var (language, text) in edit.Labels) Line(sb, subject, "L" + language, QuickStatementsValues.String(text));
            foreach (var (language, text) in edit.Aliases) Line(sb, subject, "A" + language, QuickStatementsValues.String(text));
            foreach (var s in edit.Statements)
            {
                sb.Append(subject).Append('\t').Append(s.Property).Append('\t').Append(s.Value);
                foreach (var q in s.Qualifiers) sb.Append('\t').Append(q.Property).Append('\t').Append(q.Value);
                foreach (var r in s.Sources) sb.Append('\t').Append('S').Append(r.Property.AsSpan(1)).Append('\t').Append(r.Value);
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string subject, string command, string value) =>
        sb.Append(subject).Append('\t').Append(command).Append('\t').Append(value).Append('\n');
}
