namespace KgExport.Corpus;

/// <summary>
/// An article to export: its text file and the reviewed facts file beside it, or null when there is none and the
/// facts are to be extracted from the text.
/// </summary>
public sealed record ArticleInput(string TextPath, string? FactsPath)
{
    public const string TextExtension = ".txt";
    public const string FactsExtension = ".facts.json";

    /// <summary>
    /// The articles named by the command line: an article's <c>.txt</c> or its <c>.facts.json</c>, or a directory
    /// (its <c>*.txt</c> files, not recursive). An article without a facts file beside it is extracted, unless
    /// <paramref name="requireFacts"/> is set, which makes that an error. Returned sorted by path (ordinal) without
    /// duplicates; every problem is reported, not just the first.
    /// </summary>
    public static IReadOnlyList<ArticleInput> Find(IEnumerable<string> paths, out IReadOnlyList<string> problems, bool requireFacts = false)
    {
        var found = new SortedDictionary<string, ArticleInput>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var texts = Directory.GetFiles(path, "*" + TextExtension, SearchOption.TopDirectoryOnly);
                if (texts.Length == 0) errors.Add($"{path}: no article (*{TextExtension}) in this directory");
                foreach (var text in texts) AddText(text, found, errors, requireFacts);
            }
            else if (path.EndsWith(FactsExtension, StringComparison.OrdinalIgnoreCase))
            {
                if (!File.Exists(path))
                {
                    errors.Add($"{path}: no such file");
                    continue;
                }
                var text = path[..^FactsExtension.Length] + TextExtension;
                if (File.Exists(text)) AddText(text, found, errors, requireFacts);
                else errors.Add($"{path}: the article text {Path.GetFileName(text)} is not beside it");
            }
            else if (File.Exists(path))
            {
                if (path.EndsWith(TextExtension, StringComparison.OrdinalIgnoreCase)) AddText(path, found, errors, requireFacts);
                else errors.Add($"{path}: not an article; expected a {TextExtension} file, its {FactsExtension}, or a directory");
            }
            else
            {
                errors.Add($"{path}: no such file or directory");
            }
        }
        problems = errors;
        return [.. found.Values];
    }

    private static void AddText(string text, SortedDictionary<string, ArticleInput> found, List<string> errors, bool requireFacts)
    {
        var full = Path.GetFullPath(text);
        var facts = full[..^TextExtension.Length] + FactsExtension;
        if (!File.Exists(facts))
        {
            if (requireFacts)
            {
                errors.Add($"{text}: no reviewed facts file {Path.GetFileName(facts)} beside it (--facts uses reviewed facts only)");
                return;
            }
            found.TryAdd(full, new ArticleInput(full, null));
            return;
        }
        found.TryAdd(full, new ArticleInput(full, facts));
    }
}
