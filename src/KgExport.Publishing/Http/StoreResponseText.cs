using System.Text.RegularExpressions;

namespace KgExport.Publishing.Http;

/// <summary>Turns a store's error body (often an HTML page) into one readable line for an error message.</summary>
public static partial class StoreResponseText
{
    public static string Summarize(string body, int maxLength = 400)
    {
        var text = body;
        // Virtuoso puts the actual message in an <xmp> element; prefer it over the page's boilerplate.
        var xmp = XmpElement().Match(text);
        if (xmp.Success) text = xmp.Groups[1].Value;
        text = Tags().Replace(text, " ");
        text = System.Net.WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ").Trim();
        return text.Length <= maxLength ? text : text[..maxLength] + "...";
    }

    [GeneratedRegex("<xmp>(.*?)</xmp>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex XmpElement();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
