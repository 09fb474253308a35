using KgExport.Facts;

namespace KgExport.Mapping.Tests;

/// <summary>
/// Made-up one-sentence articles about Nauru and Taiwan, for the claim layer: each reports one recognition act with
/// its own date, source and ids, so that two of them can be mapped into one dataset.
/// </summary>
internal static class ClaimSample
{
    public const string Text = "Nauru recognises Taiwan\n\nNauru recognised Taiwan, its foreign ministry said, according to Reuters.\n";

    public static ArticleText ArticleText { get; } = new(Text);

    private static Evidence Span(string words)
    {
        var start = Text.IndexOf(words, StringComparison.Ordinal);
        return new Evidence(start, start + words.Length, words);
    }

    /// <param name="taiwanQid">Taiwan's QID, or null as before a reviewer found it.</param>
    /// <param name="occurrence">Which time Nauru recognised Taiwan, as the facts give it.</param>
    public static ArticleFacts Facts(
        string articleId, string? date, string source = "reuters", string? taiwanQid = "Q865", int? occurrence = null,
        RecognitionKind? kind = null, string published = "2024-02-01", IReadOnlyList<Entity>? extraEntities = null)
    {
        var by = source == "reuters"
            ? new Entity("reuters", "Reuters", EntityType.NewsAgency, null, [])
            : new Entity("ministry", "Nauru's foreign ministry", EntityType.Organisation, null, []);
        return new ArticleFacts
        {
            Article = new Article(articleId, "Nauru recognises Taiwan", FactDate.Parse(published), null, null, "en"),
            Entities =
            [
                new Entity("nauru", "Nauru", EntityType.State, "Q697", []),
                new Entity("taiwan", "Taiwan", EntityType.State, taiwanQid, []),
                by,
                .. extraEntities ?? [],
            ],
            Sources = [new Source("src", source == "reuters" ? SourceKind.NewsReport : SourceKind.AgencyReport, by.Id, null, null, [Span(source == "reuters" ? "according to Reuters" : "its foreign ministry said")])],
            Recognitions =
            [
                new Recognition("nauru", "taiwan", kind ?? RecognitionKind.State, date is null ? null : FactDate.Parse(date))
                {
                    Id = "rec-" + articleId,
                    Evidence = [Span("Nauru recognised Taiwan")],
                    AttributedTo = ["src"],
                    DateBasis = date is null ? null : DateBasis.Stated,
                    Occurrence = occurrence,
                },
            ],
        };
    }
}
