using KgExport.Extraction.Text;
using KgExport.Facts;

namespace KgExport.Extraction;

/// <summary>From an article file to the facts format in one call (what <c>kgexport extract</c> runs).</summary>
public static class ArticleExtraction
{
    private static readonly FactExtractor Extractor = new();

    public static ArticleFacts ExtractFile(string path, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var document = ArticleReader.ReadFile(path, options?.Published);
        return Extract(document, options, cancellationToken);
    }

    public static ArticleFacts Extract(ArticleDocument document, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = Extractor.Extract(document, options, cancellationToken);
        return FindingsToFacts.Convert(result, new ArticleText(document.Text));
    }
}
