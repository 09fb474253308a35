using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KgExport.Extraction.Dates;

namespace KgExport.Extraction.Text;

/// <summary>
/// Reads an HTML page: takes the headline (h1, else og:title, else title) and the paragraphs of the article body
/// (article, [itemprop=articleBody], main, else body), leaving out navigation, asides, footers, scripts and
/// blocks whose class or id marks them as page furniture (related, share, newsletter, promo, ...). The result is
/// plain text, one block per line with blank lines between, read as a plain-text article; the publication date
/// comes from the page metadata when present.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly string[] FurnitureMarkers =
        ["related", "share", "social", "newsletter", "promo", "advert", "nav", "menu", "footer", "comment", "recommend", "breadcrumb", "subscribe", "cookie", "sidebar"];

    private static readonly string[] DateMeta =
        ["article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "DC.date.issued", "sailthru.date"];

    public static ArticleDocument Read(string id, string html, PartialDate? statedPublished = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var linkedDataPublished = PublishedFromLinkedData(document);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, nav, aside, footer, form, iframe, template, svg, button").ToList())
        {
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            var marker = ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
            if (element.LocalName is not ("body" or "html" or "article" or "main") && FurnitureMarkers.Any(marker.Contains)) element.Remove();
        }

        var headline = Clean(document.QuerySelector("h1")?.TextContent)
            ?? Clean(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"))
            ?? Clean(document.Title);
        var root = document.QuerySelector("[itemprop='articleBody']") ?? document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;

        var text = new StringBuilder();
        if (headline is not null) text.Append(headline).Append("\n\n");
        if (root is not null)
        {
            foreach (var block in root.QuerySelectorAll("p, h2, h3, h4, blockquote, li"))
            {
                if (block.LocalName == "li" && block.QuerySelector("a") is not null && block.TextContent.Length < 80) continue; // link lists
                if (block.ParentElement?.Closest("p, blockquote") is not null && block.LocalName != "blockquote") continue; // nested
                if (Clean(block.TextContent) is { } line && line != headline) text.Append(line).Append("\n\n");
            }
            // a page whose text sits in divs, cells or lines broken by <br> rather than paragraphs: its lines
            if (headline is not null ? text.Length == headline.Length + 2 : text.Length == 0)
            {
                foreach (var br in root.QuerySelectorAll("br").ToList()) br.Replace(document.CreateTextNode("\n"));
                foreach (var element in root.QuerySelectorAll("div, td, th, tr, section, h5, h6, dd, dt, pre").ToList()) element.Append(document.CreateTextNode("\n"));
                foreach (var raw in (root.TextContent ?? "").Split('\n'))
                {
                    if (Clean(raw) is { } line && line != headline) text.Append(line).Append("\n\n");
                }
            }
        }
        return PlainTextArticleReader.Read(id, text.ToString(), statedPublished ?? PublishedFromMetadata(document) ?? linkedDataPublished);
    }

    /// <summary>
    /// "datePublished" in the page's schema.org JSON-LD (<c>script type="application/ld+json"</c>), where news sites put
    /// it; at any depth (inside "@graph" or a list). Malformed JSON is ignored: it is page furniture, not the article.
    /// </summary>
    private static PartialDate? PublishedFromLinkedData(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (Find(json.RootElement) is { } date) return date;
            }
            catch (JsonException)
            {
                // not JSON: nothing to read here
            }
        }
        return null;

        static PartialDate? Find(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        if (p.Name == "datePublished" && p.Value.ValueKind == JsonValueKind.String && PartialDate.TryParseIsoPrefix(p.Value.GetString()!, out var d)) return d;
                    }
                    foreach (var p in e.EnumerateObject())
                    {
                        if (Find(p.Value) is { } inner) return inner;
                    }
                    return null;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        if (Find(item) is { } inner) return inner;
                    }
                    return null;
                default:
                    return null;
            }
        }
    }

    private static PartialDate? PublishedFromMetadata(IDocument document)
    {
        foreach (var name in DateMeta)
        {
            var meta = document.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
            if (meta?.GetAttribute("content") is { } content && PartialDate.TryParseIsoPrefix(content, out var date)) return date;
        }
        if (document.QuerySelector("time[datetime]")?.GetAttribute("datetime") is { } dt && PartialDate.TryParseIsoPrefix(dt, out var time)) return time;
        return null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
