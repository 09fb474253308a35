using KgExport.Extraction.Text;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Evaluation;

/// <summary>
/// Scores extraction against reference facts for every article in a directory that has them. The reference for
/// article <c>X.txt</c> (or <c>X.html</c>) is <c>X.facts.json</c> or <c>X.json</c> in the gold directory when one
/// is given, else <c>X.facts.json</c> beside the article or <c>gold/X.json</c> under the article directory.
/// </summary>
public static class Evaluator
{
    public static (List<ArticleScore> Scores, List<string> Skipped) EvaluateDirectory(string articles, string? goldDirectory, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(articles)) throw new EvaluationException($"{articles}: no such directory");
        if (goldDirectory is not null && !Directory.Exists(goldDirectory)) throw new EvaluationException($"{goldDirectory}: no such directory");
        var scores = new List<ArticleScore>();
        var skipped = new List<string>();
        var files = Directory.GetFiles(articles)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).Equals("SOURCES.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Path.GetFileNameWithoutExtension(file);
            var gold = FindGold(file, id, goldDirectory);
            if (gold is null)
            {
                skipped.Add(file);
                continue;
            }
            scores.Add(EvaluateArticle(file, gold, options, cancellationToken));
        }
        return (scores, skipped);
    }

    public static ArticleScore EvaluateArticle(string articlePath, string goldPath, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        var gazetteer = GazetteerTable.Default;
        var gold = GoldReader.ReadFile(goldPath, gazetteer);
        var document = ArticleReader.ReadFile(articlePath, options.Published);
        var facts = ArticleExtraction.Extract(document, options, cancellationToken);
        return ArticleScore.Score(document.Id, goldPath, gold, GoldReader.FromFacts(facts, gazetteer));
    }

    private static string? FindGold(string file, string id, string? goldDirectory)
    {
        IEnumerable<string> candidates = goldDirectory is not null
            ? [Path.Combine(goldDirectory, id + ".facts.json"), Path.Combine(goldDirectory, id + ".json")]
            : [Path.Combine(Path.GetDirectoryName(file)!, id + ".facts.json"), Path.Combine(Path.GetDirectoryName(file)!, "gold", id + ".json")];
        return candidates.FirstOrDefault(File.Exists);
    }
}
