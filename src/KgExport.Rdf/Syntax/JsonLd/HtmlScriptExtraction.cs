namespace KgExport.Rdf.JsonLd;

/// <summary>
/// JSON-LD embedded in HTML (JSON-LD 1.1 §7.3, "HTML Script Extraction" for a single document): the first
/// <c>&lt;script type="application/ld+json"&gt;</c> element (media-type parameters such as a profile allowed). Script
/// content is raw text in HTML, so it is taken as written. Selecting a script by the URL's fragment and extracting
/// all scripts are not supported (loaded documents are cached per URL without fragment).
/// </summary>
public static class HtmlScriptExtraction
{
    public static bool IsHtml(string mediaTypeOrPath) =>
        mediaTypeOrPath.Split(';')[0].Trim().ToLowerInvariant() is "text/html" or "application/xhtml+xml"
        || mediaTypeOrPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || mediaTypeOrPath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || mediaTypeOrPath.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The parsed JSON of the selected script element.</summary>
    public static object? Extract(string html, string url, string sourceName)
    {
        var position = 0;
        while (FindScript(html, ref position, out var attributes, out var content))
        {
            var type = attributes.GetValueOrDefault("type", "").Split(';')[0].Trim();
            if (!type.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                return JsonTree.Parse(content, sourceName);
            }
            catch (JsonLdException e) when (e.Code != JsonLdError.InvalidScriptElement)
            {
                throw new JsonLdException(JsonLdError.InvalidScriptElement, $"<{url}>: the script element does not hold JSON: {e.Detail}");
            }
        }
        throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: the HTML document has no <script type=\"application/ld+json\"> element");
    }

    private static bool FindScript(string html, ref int position, out Dictionary<string, string> attributes, out string content)
    {
        attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        content = "";
        var start = html.IndexOf("<script", position, StringComparison.OrdinalIgnoreCase);
        if (start < 0) return false;
        var i = start + "<script".Length;
        while (i < html.Length && html[i] != '>')
        {
            if (char.IsWhiteSpace(html[i]) || html[i] == '/')
            {
                i++;
                continue;
            }
            var nameStart = i;
            while (i < html.Length && html[i] is not ('=' or '>' or '/') && !char.IsWhiteSpace(html[i])) i++;
            var name = html[nameStart..i];
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i++];
                    var end = html.IndexOf(quote, i);
                    if (end < 0) end = html.Length;
                    value = html[i..end];
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && html[i] != '>' && !char.IsWhiteSpace(html[i])) i++;
                    value = html[valueStart..i];
                }
            }
            if (name.Length > 0) attributes.TryAdd(name, System.Net.WebUtility.HtmlDecode(value));
        }
        var bodyStart = Math.Min(i + 1, html.Length);
        var close = html.IndexOf("</script", bodyStart, StringComparison.OrdinalIgnoreCase);
        if (close < 0) close = html.Length;
        content = html[bodyStart..close];
        position = close;
        return true;
    }
}
