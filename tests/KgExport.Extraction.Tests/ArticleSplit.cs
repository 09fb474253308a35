namespace KgExport.Extraction.Tests;

/// <summary>
/// The split of the 44 development articles in ../shared/articles, fixed before the extractor was rewritten:
/// files 40-79 whose number leaves 1 when divided by 3 (14 articles) are held out — not read while developing,
/// scored only to report the honest number. The rest (30, including the four older development articles 03-10)
/// are the development part.
/// </summary>
internal static class ArticleSplit
{
    public static bool IsHeldOut(string id)
    {
        var number = int.Parse(id.AsSpan(0, id.IndexOf('_')), System.Globalization.CultureInfo.InvariantCulture);
        return number >= 40 && number % 3 == 1;
    }

    /// <summary>The article ids of one part, from the texts present in the shared folder.</summary>
    public static string[] Ids(bool heldOut) =>
        [.. Directory.EnumerateFiles(SharedArticles.Directory, "*.txt")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Where(id => char.IsAsciiDigit(id[0]) && IsHeldOut(id) == heldOut)
            .Order(StringComparer.Ordinal)];
}
