namespace KgExport.Corpus;

/// <summary>
/// An article to export: its text file and the reviewed facts file beside it, or null when there is none and the
/// facts are to be extracted from the text.
/// </summary>
public sealed record ArticleInput(string TextPath, string? FactsPath)
{
    public const string FactsExtension = ".facts.json";

    /// <summary>What an article's text file may end with: plain text, or an HTML page (news archives are HTML).</summary>
    public static readonly IReadOnlyList<string> TextExtensions = [".txt", ".html", ".htm"];

    private static readonly string TextPatterns = string.Join(", ", TextExtensions.Select(e => "*" + e));

    /// <summary>
    /// The one rule for what every verb reads as articles: an article text (<see cref="TextExtensions"/>), a facts
    /// file, or a directory that holds article texts. Everything else is RDF (or an error).
    /// </summary>
    public static bool IsArticleInput(string path) =>
        IsArticleFile(path) || (Directory.Exists(path) && TextsIn(path).Any());

    /// <summary>
    /// The articles named by the command line: an article's text or its <c>.facts.json</c>, or a directory (its
    /// article texts, not recursive). An article without a facts file beside it is extracted, unless
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
                var texts = TextsIn(path).ToList();
                if (texts.Count == 0) errors.Add($"{path}: no article ({TextPatterns}) in this directory");
                foreach (var text in texts) AddText(text, found, errors, requireFacts);
            }
            else if (path.EndsWith(FactsExtension, StringComparison.OrdinalIgnoreCase))
            {
                if (!File.Exists(path))
                {
                    errors.Add($"{path}: no such file");
                    continue;
                }
                var text = TextBeside(path);
                if (text is not null) AddText(text, found, errors, requireFacts);
                else errors.Add($"{path}: the article text {Path.GetFileName(path[..^FactsExtension.Length])}.txt (or .html, .htm) is not beside it");
            }
            else if (File.Exists(path))
            {
                if (IsText(path)) AddText(path, found, errors, requireFacts);
                else errors.Add($"{path}: not an article; expected an article text ({string.Join(", ", TextExtensions)}), its {FactsExtension}, or a directory");
            }
            else
            {
                errors.Add($"{path}: no such file or directory");
            }
        }
        problems = errors;
        return [.. found.Values];
    }

    private static bool IsArticleFile(string path) =>
        IsText(path) || path.EndsWith(FactsExtension, StringComparison.OrdinalIgnoreCase);

    private static bool IsText(string path) =>
        TextExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The article text a facts file belongs to (X.txt, else X.html, else X.htm, in any letter case), or null.</summary>
    private static string? TextBeside(string factsPath)
    {
        var directory = Path.GetDirectoryName(factsPath) is { Length: > 0 } d ? d : ".";
        var name = Path.GetFileName(factsPath[..^FactsExtension.Length]);
        return TextsIn(directory)
            .Where(t => string.Equals(Path.GetFileNameWithoutExtension(t), name, StringComparison.Ordinal))
            .OrderBy(t => TextExtensions.TakeWhile(e => !t.EndsWith(e, StringComparison.OrdinalIgnoreCase)).Count())
            .ThenBy(t => t, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static IEnumerable<string> TextsIn(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.TopDirectoryOnly).Where(IsText);

    private static void AddText(string text, SortedDictionary<string, ArticleInput> found, List<string> errors, bool requireFacts)
    {
        var full = Path.GetFullPath(text);
        var facts = Path.ChangeExtension(full, null) + FactsExtension;
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
