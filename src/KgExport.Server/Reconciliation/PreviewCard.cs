using System.Text;
using System.Text.Encodings.Web;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// The preview a client shows beside a candidate (Reconciliation Service API 0.2 §6): a small HTML card with the name,
/// types, aliases, Wikidata item and a link to the resource's page here. Everything from the data is HTML-encoded.
/// </summary>
internal static class PreviewCard
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Write(ReconcilableEntity entity, IReadOnlyList<ReconciliationType> types, string pageUrl)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(entity.Name)).Append("</title>\n")
            .Append("<style>body{margin:0;font:14px/1.4 system-ui,sans-serif}div{padding:8px}h1{font-size:16px;margin:0 0 4px}p{margin:2px 0;color:#444}</style></head>\n")
            .Append("<body><div>\n<h1><a href=\"").Append(E(pageUrl)).Append("\" target=\"_blank\" rel=\"noopener\">").Append(E(entity.Name)).Append("</a></h1>\n");
        if (types.Count > 0) html.Append("<p>").Append(E(string.Join(", ", types.Select(t => t.Name)))).Append("</p>\n");
        if (entity.Aliases.Count > 0) html.Append("<p>also ").Append(E(string.Join(", ", entity.Aliases))).Append("</p>\n");
        foreach (var qid in entity.Qids)
        {
            html.Append("<p>Wikidata <a href=\"https://www.wikidata.org/wiki/").Append(E(qid)).Append("\" target=\"_blank\" rel=\"noopener\">").Append(E(qid)).Append("</a></p>\n");
        }
        html.Append("<p><code>").Append(E(entity.Iri.Value)).Append("</code></p>\n</div></body></html>\n");
        return html.ToString();
    }

    private static string E(string s) => Html.Encode(s);
}
