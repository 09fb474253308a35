using KgExport.Extraction.Dates;

namespace KgExport.Extraction.Text;

/// <summary>Reads an article file as plain text or HTML (by extension, or by content that starts like markup).</summary>
public static class ArticleReader
{
    public static ArticleDocument ReadFile(string path, PartialDate? statedPublished = null)
    {
        var text = ArticleFile.ReadText(path);
        var id = Path.GetFileNameWithoutExtension(path);
        return IsHtml(path, text) ? HtmlArticleReader.Read(id, text, statedPublished) : PlainTextArticleReader.Read(id, text, statedPublished);
    }

    public static ArticleDocument Read(string id, string text, bool html = false, PartialDate? statedPublished = null) =>
        html ? HtmlArticleReader.Read(id, text, statedPublished) : PlainTextArticleReader.Read(id, text, statedPublished);

    public static bool IsHtml(string path, string text)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml") return true;
        if (ext is ".txt") return false;
        var head = text.AsSpan().TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
