using KgExport.Extraction.Dates;

namespace KgExport.Extraction.Text;

/// <summary>
/// Reads a plain-text article: each line is a block. The first line is the headline (unless it is running prose); a block that repeats an
/// earlier one (compared on letters only, so "Russias" repeats "Russia's") is skipped; page furniture such as
/// "you may also like" ends the article; blocks before the dateline are the standfirst.
/// </summary>
public static class PlainTextArticleReader
{
    private static readonly string[] EndMarkers =
    [
        "you may also like", "related articles", "related research articles", "read more", "more from", "recommended",
        "related stories", "related coverage", "most read", "most popular", "sign up for", "subscribe to our",
    ];

    private static readonly string[] FurnitureLines =
    [
        "share this", "share this article", "advertisement", "skip to main content", "follow us", "all rights reserved",
        "print", "email", "share", "comments",
    ];

    public static ArticleDocument Read(string id, string text, PartialDate? statedPublished = null)
    {
        var blocks = new List<Paragraph>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ended = false;
        var headlineSeen = false;
        var bodyStarted = false;
        Dateline? dateline = null;
        foreach (var (start, end) in Lines(text))
        {
            var line = text[start..end];
            var key = LettersOnly(line);
            if (key.Length == 0) continue;
            ParagraphRole role;
            var lower = line.Trim().ToLowerInvariant().TrimEnd(':', '.');
            if (ended || EndMarkers.Any(m => lower.StartsWith(m, StringComparison.Ordinal)))
            {
                ended = true;
                role = ParagraphRole.Boilerplate;
            }
            else if (FurnitureLines.Contains(lower))
            {
                role = ParagraphRole.Boilerplate;
            }
            else if (!seen.Add(key))
            {
                role = ParagraphRole.Repeated;
            }
            else if (!headlineSeen)
            {
                headlineSeen = true;
                role = IsProse(line) ? ParagraphRole.Body : ParagraphRole.Headline;
            }
            else
            {
                if (!bodyStarted && dateline is null && (DatelineParser.TryParse(text, start, end) ?? (blocks.Count <= 4 || OnlyHeaderLines(text, blocks) ? DatelineParser.TryParseDateLine(text, start, end) : null)) is { } d)
                {
                    dateline = d;
                    bodyStarted = true;
                }
                role = bodyStarted ? ParagraphRole.Body : ParagraphRole.Standfirst;
            }
            blocks.Add(new Paragraph(start, end, role));
        }
        // Without a dateline there is no telling standfirst from body: everything after the headline is body.
        if (dateline is null)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Role == ParagraphRole.Standfirst) blocks[i] = blocks[i] with { Role = ParagraphRole.Body };
            }
        }
        return new ArticleDocument(id, text, blocks) { Dateline = dateline, StatedPublished = statedPublished };
    }

    /// <summary>
    /// A first line that is running prose, not a headline: a text pasted without its title starts with a sentence of a
    /// dozen words or more that ends in a full stop (headlines are shorter and end without one).
    /// </summary>
    private static bool IsProse(string line)
    {
        var t = line.Trim();
        if (!t.EndsWith('.') || t.EndsWith("...", StringComparison.Ordinal)) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 12;
    }

    /// <summary>
    /// A statement's header ("Press Statement / Hillary Rodham Clinton / Secretary of State / Washington, DC" before its
    /// date line): up to ten short lines after the headline, none of them a sentence.
    /// </summary>
    private static bool OnlyHeaderLines(string text, List<Paragraph> blocks) =>
        blocks.Count <= 10 && blocks.Skip(1).All(b =>
        {
            var line = text[b.Start..b.End];
            return !line.EndsWith('.') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
        });

    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var end = i;
            if (end > start && text[end - 1] == '\r') end--;
            // trim surrounding spaces so block offsets start and end on text
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return (s, e);
            start = i + 1;
        }
    }

    private static string LettersOnly(string line)
    {
        Span<char> buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        var n = 0;
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..n]);
    }
}
