using KgExport.Extraction;
using KgExport.Extraction.Text;
using KgExport.Facts;
using KgExport.Mapping;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Corpus;

/// <summary>
/// Loads articles and their facts — the reviewed facts file where there is one, else the facts extracted from the
/// text — and maps them into one dataset, one named graph per article. Extracted facts pass the same checks as
/// reviewed ones before they are mapped.
/// </summary>
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
            if (!TryLoad(input, errors, cancellationToken, out var text, out var result, out var origin)) continue;
            if (!result.Ok)
            {
                errors.AddRange(result.Problems.Select(p => p.Format(origin)));
                continue;
            }
            var id = result.Facts!.Article.Id;
            if (!graphs.TryAdd(id, origin))
            {
                errors.Add($"{origin}: $.article.id: article id \"{id}\" is also used by {graphs[id]}");
                continue;
            }
            FactsMapper.Map(result.Facts, text, dataset, cancellationToken);
        }
        problems = errors;
        return errors.Count == 0 ? dataset : null;
    }

    private static bool TryLoad(ArticleInput input, List<string> errors, CancellationToken cancellationToken, out ArticleText text, out FactsLoadResult result, out string origin)
    {
        text = null!;
        result = null!;
        origin = input.FactsPath ?? input.TextPath + " (extracted facts)";
        try
        {
            if (input.FactsPath is null)
            {
                var document = ArticleReader.ReadFile(input.TextPath);
                text = new ArticleText(document.Text);
                var extracted = ArticleExtraction.Extract(document, cancellationToken: cancellationToken);
                result = FactsLoader.Verify(extracted, text);
                return true;
            }
            text = ArticleText.Load(input.TextPath);
        }
        catch (ArticleReadException e)
        {
            errors.Add(e.Message);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            errors.Add($"{input.TextPath}: cannot read the article: {e.Message}");
            return false;
        }
        try
        {
            result = FactsLoader.LoadFile(input.FactsPath, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{input.FactsPath}: cannot read the facts: {e.Message}");
            return false;
        }
    }
}
