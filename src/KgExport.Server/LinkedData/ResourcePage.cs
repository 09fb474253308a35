using System.Text;
using System.Text.Encodings.Web;
using KgExport.Rdf;

namespace KgExport.Server.LinkedData;

/// <summary>
/// The HTML page of a resource: its label and types, the facts it states and the facts that point at it (each
/// linked to its own page), and the quoted evidence with the article it comes from.
/// </summary>
public static class ResourcePage
{
    /// <summary>Rows of facts out, and of facts in, on one page; the rest are on the next pages (<c>?page=N</c>).</summary>
    public const int RowsPerPage = 500;

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <summary>The URL of page <paramref name="page"/> of a resource's page.</summary>
    public static string PageUrl(string iri, int page, string baseUrl, ServerSettings settings)
    {
        var url = PublicUrls.PageFor(iri, baseUrl, settings);
        return page == 1 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Render(ResourceDescription d, PrefixMap prefixes, string baseUrl, ServerSettings settings)
    {
        var title = d.Label ?? d.Title ?? Compact(d.Subject.Value, prefixes);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append(" · KgExport</title>\n")
            .Append("<link rel=\"alternate\" type=\"text/turtle\" href=\"").Append(E(PublicUrls.PageFor(d.Subject.Value, baseUrl, settings))).Append("\">\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
            .Append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}")
            .Append("code{font-size:.9em;color:#555}blockquote{border-left:3px solid #8ab;margin:.5rem 0;padding:.2rem .8rem;background:#f5f8fa}")
            .Append("#summary p{font-size:1.25rem;line-height:1.5;margin:.4rem 0}#summary p+p{font-size:1rem;color:#444}#timeline-chart{max-width:100%;height:auto}</style>\n")
            .Append("</head>\n<body>\n<p><a href=\"").Append(E(baseUrl)).Append("\">KgExport query</a></p>\n");
        html.Append("<h1 id=\"label\">").Append(E(title)).Append("</h1>\n");
        if (d.Summary.Count > 0)
        {
            html.Append("<div id=\"summary\">\n");
            foreach (var sentence in d.Summary) html.Append("<p>").Append(SentenceHtml(sentence, baseUrl, settings)).Append("</p>\n");
            html.Append("</div>\n");
        }
        html.Append("<p><code id=\"iri\">").Append(E(d.Subject.Value)).Append("</code></p>\n");

        if (d.GraphSize > 0)
        {
            var graph = baseUrl + "store?graph=" + Uri.EscapeDataString(d.Subject.Value);
            html.Append("<p id=\"graph\">A named graph of ").Append(d.GraphSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
                .Append(" triples in this store: <a href=\"").Append(E(graph)).Append("\">its triples</a> (Turtle, or any type by <code>Accept</code>).</p>\n");
        }

        var types = d.Types.ToList();
        if (types.Count > 0)
        {
            html.Append("<p id=\"types\">Type: ");
            html.AppendJoin(", ", types.Select(t => Link(t, d, prefixes, baseUrl, settings)));
            html.Append("</p>\n");
        }

        if (d.Evidence.Count > 0)
        {
            html.Append("<h2>Evidence</h2>\n<div id=\"evidence\">\n");
            foreach (var e in d.Evidence)
            {
                html.Append("<blockquote>“").Append(E(e.Exact)).Append("”");
                if (e.Article is not null)
                {
                    html.Append("<br><small>from <a href=\"").Append(E(PublicUrls.PageFor(e.Article.Value, baseUrl, settings))).Append("\">")
                        .Append(E(e.Headline ?? Compact(e.Article.Value, prefixes))).Append("</a></small>");
                }
                html.Append("</blockquote>\n");
            }
            html.Append("</div>\n");
        }

        if (d.Timeline is { } timeline) Timeline(html, timeline, title, d, prefixes, baseUrl, settings);

        Table(html, "Facts", "out", d.Outgoing.Where(t => t.Predicate != Vocab.Rdf.Type).Select(t => (t.Predicate, t.Object)), d, prefixes, baseUrl, settings);
        Table(html, "Referenced by", "in", d.Incoming.Select(t => (t.Predicate, t.Subject)), d, prefixes, baseUrl, settings);
        if (d.Page > 1 || d.HasNextPage)
        {
            html.Append("<p id=\"pages\">Page ").Append(d.Page);
            if (d.Page > 1) html.Append(" · <a rel=\"prev\" href=\"").Append(E(PageUrl(d.Subject.Value, d.Page - 1, baseUrl, settings))).Append("\">previous page</a>");
            if (d.HasNextPage) html.Append(" · <a rel=\"next\" href=\"").Append(E(PageUrl(d.Subject.Value, d.Page + 1, baseUrl, settings))).Append("\">next page</a>");
            html.Append("</p>\n");
        }
        html.Append("<p>Also as Turtle (Accept: text/turtle) or JSON-LD (Accept: application/ld+json).</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string SentenceHtml(Sentence sentence, string baseUrl, ServerSettings settings)
    {
        var html = new StringBuilder();
        foreach (var part in sentence.Parts)
        {
            if (part.Link is { } iri) html.Append("<a href=\"").Append(E(PublicUrls.PageFor(iri.Value, baseUrl, settings))).Append("\">").Append(E(part.Text)).Append("</a>");
            else html.Append(E(part.Text));
        }
        return html.ToString();
    }

    /// <summary>The chart, then every act with each of its sources: one row per act and source.</summary>
    private static void Timeline(StringBuilder html, RecognitionTimeline timeline, string title, ResourceDescription d, PrefixMap prefixes, string baseUrl, ServerSettings settings)
    {
        html.Append("<h2>Recognition timeline</h2>\n<figure id=\"timeline\">\n")
            .Append(TimelineChart.Render(timeline, title, iri => PublicUrls.PageFor(iri, baseUrl, settings)));
        if (timeline.Total > timeline.Entries.Count)
        {
            html.Append("<figcaption>The first ").Append(timeline.Entries.Count).Append(" of ").Append(timeline.Total).Append(" acts.</figcaption>\n");
        }
        html.Append("</figure>\n<table id=\"timeline-table\">\n<tr><th>date</th><th>act</th><th>according to</th><th>article</th></tr>\n");
        foreach (var e in timeline.Entries)
        {
            var sources = e.Sources.Count > 0 ? e.Sources : [new SourceMention("", e.Act, null, null)];
            foreach (var source in sources)
            {
                html.Append("<tr><td>").Append(E(e.Date?.Short ?? "no date given")).Append("</td><td>")
                    .Append("<a href=\"").Append(E(PublicUrls.PageFor(e.Act.Value, baseUrl, settings))).Append("\">")
                    .Append(E(EnglishNames.AtStart(e.RecogniserName) + (e.Withdrawal ? " withdrew its recognition of " : " recognised ") + EnglishNames.InSentence(e.RecognisedName)))
                    .Append("</a></td><td>").Append(source.Name.Length == 0 ? "" : Link(source.Attribution, d, prefixes, baseUrl, settings, source.Name)).Append("</td><td>");
                if (source.Article is { } article)
                {
                    html.Append("<a href=\"").Append(E(PublicUrls.PageFor(article.Value, baseUrl, settings))).Append("\">").Append(E(source.Headline ?? Compact(article.Value, prefixes))).Append("</a>");
                }
                html.Append("</td></tr>\n");
            }
        }
        html.Append("</table>\n");
    }

    private static void Table(StringBuilder html, string heading, string id, IEnumerable<(Iri Predicate, Term Other)> rows, ResourceDescription d, PrefixMap prefixes, string baseUrl, ServerSettings settings)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        html.Append("<h2>").Append(heading).Append("</h2>\n<table id=\"").Append(id).Append("\">\n");
        foreach (var (p, o) in list)
        {
            html.Append("<tr><th>").Append(Link(p, d, prefixes, baseUrl, settings)).Append("</th><td>").Append(Link(o, d, prefixes, baseUrl, settings)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Link(Term term, ResourceDescription d, PrefixMap prefixes, string baseUrl, ServerSettings settings, string? text = null)
    {
        switch (term)
        {
            case Iri iri:
            {
                text ??= d.Labels.TryGetValue(iri, out var label) ? label : Compact(iri.Value, prefixes);
                return $"<a href=\"{E(PublicUrls.PageFor(iri.Value, baseUrl, settings))}\" title=\"{E(iri.Value)}\">{E(text)}</a>";
            }
            case Literal literal:
            {
                var suffix = literal.Language is { } lang ? $" <small>@{E(lang)}</small>"
                    : literal.IsSimple ? "" : $" <small>{E(Compact(literal.Datatype.Value, prefixes))}</small>";
                return E(literal.LexicalForm) + suffix;
            }
            default:
                return "<code>" + E(NTriplesFormatter.Format(term)) + "</code>";
        }
    }

    private static string Compact(string iri, PrefixMap prefixes)
    {
        foreach (var (prefix, ns) in prefixes.Entries)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal)) return prefix + ":" + iri[ns.Length..];
        }
        return iri;
    }

    private static string E(string s) => Html.Encode(s);
}
