using System.Text.Json.Nodes;
using KgExport.Facts;

namespace KgExport.Mapping.Tests;

/// <summary>A small article written for these tests, with one establishment of relations, and its facts.</summary>
internal static class EstablishmentSample
{
    public const string Sentence = "Bhutan and Germany established diplomatic relations on 25 November 2020.";

    public static readonly string Text = "Bhutan and Germany open ties\n\n" + Sentence + "\n";

    public static ArticleText ArticleText => new(Text);

    /// <param name="between">The parties' entity ids, in the order the file gives them.</param>
    /// <param name="confidence">Set for an extracted fact; null for a reviewed one.</param>
    public static ArticleFacts Facts(string[]? between = null, string articleId = "est-article", bool restoration = false, decimal? confidence = null)
    {
        var start = Text.IndexOf(Sentence, StringComparison.Ordinal);
        return new ArticleFacts
        {
            Article = new Article(articleId, "Bhutan and Germany open ties", FactDate.Parse("2020-11-26"), null, null, "en"),
            Entities =
            [
                new Entity("bhutan", "Bhutan", EntityType.State, "Q917", []),
                new Entity("germany", "Germany", EntityType.State, "Q183", []),
                new Entity("bavaria", "Bavaria", EntityType.Region, null, []),
                new Entity("austria", "Austria", EntityType.State, "Q40", []), // a state no fact names: a valid third party to break the shapes with
                new Entity("agency", "Example News Agency", EntityType.NewsAgency, null, []),
            ],
            Sources = [new Source("src-agency", SourceKind.NewsReport, "agency", null, null, [])],
            Establishments =
            [
                new Establishment(between ?? ["bhutan", "germany"], FactDate.Parse("2020-11-25"), restoration)
                {
                    Id = "est-bhutan--germany",
                    Evidence = [new Evidence(start, start + Sentence.Length, Sentence)],
                    AttributedTo = ["src-agency"],
                    Review = confidence is null ? ReviewStatus.Reviewed : ReviewStatus.Extracted,
                    Confidence = confidence,
                },
            ],
        };
    }

    public static JsonObject Json(ArticleFacts? facts = null) => JsonNode.Parse(FactsWriter.Write(facts ?? Facts()))!.AsObject();

    public static JsonObject Establishment(JsonObject root) => root["establishments"]![0]!.AsObject();
}
