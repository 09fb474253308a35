using KgExport.Extraction.Facts;
using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>Loads articles and their facts and maps them into one dataset, one named graph per article.</summary>
public static class ExportBuilder
{
    /// <summary>
    /// Maps every article. Problems in any article (unreadable text, invalid facts) are all collected, formatted
    /// "file: $.path: message" or "file:line:column: message"; the dataset is returned only when there are none.
    /// </summary>
    public static Dataset? Build(IReadOnlyList<ArticleInput> inputs, out IReadOnlyList<string> problems, CancellationToken cancellationToken = default)
    {
        var dataset = new Dataset();
        foreach (var (k, v) in Namespaces.Prefixes().Entries) dataset.Prefixes.Set(k, v);
        var errors = new List<string>();
        var graphs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArticleText text;
            try
            {
                text = ArticleText.Load(input.TextPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                errors.Add($"{input.TextPath}: cannot read the article: {e.Message}");
                continue;
            }
            FactsLoadResult result;
            try
            {
                result = FactsLoader.LoadFile(input.FactsPath, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{input.FactsPath}: cannot read the facts: {e.Message}");
                continue;
            }
            if (!result.Ok)
            {
                errors.AddRange(result.Problems.Select(p => p.Format(input.FactsPath)));
                continue;
            }
            var id = result.Facts!.Article.Id;
            if (!graphs.TryAdd(id, input.FactsPath))
            {
                errors.Add($"{input.FactsPath}: $.article.id: article id \"{id}\" is also used by {graphs[id]}");
                continue;
            }
            FactsMapper.Map(result.Facts, text, dataset, cancellationToken);
        }
        problems = errors;
        return errors.Count == 0 ? dataset : null;
    }
}
