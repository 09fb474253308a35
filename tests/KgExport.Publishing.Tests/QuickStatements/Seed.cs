using KgExport.Facts;
using KgExport.Publishing.QuickStatements;
using KgExport.Testing;

namespace KgExport.Publishing.Tests.QuickStatements;

/// <summary>The repository's reviewed seed article and the maps the tests use.</summary>
internal static class Seed
{
    public static readonly FactDate Retrieved = FactDate.OfDay(2024, 1, 15);

    /// <summary>The seed's facts as the file has them.</summary>
    public static ArticleFacts Loaded { get; } = FactsLoader.LoadFileOrThrow(
        TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.facts.json"),
        ArticleText.Load(TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.txt")));

    /// <summary>
    /// The seed as the file has it: its publisher Reuters is Q130879, so its references name their source, and Crimea
    /// is Q7835 (both verified for issue 18; see src/KgExport.Extraction/Gazetteer/README.md).
    /// </summary>
    public static ArticleFacts Facts => Loaded;

    /// <summary>
    /// The seed with Crimea's QID taken out, so that there is an entity for a reconciliation table or service to link
    /// (the tests give it a made-up item, Q90200); Reuters keeps Q130879.
    /// </summary>
    public static ArticleFacts Unlinked { get; } = WithQid(Loaded, "crimea", null);

    /// <summary>The seed whose references could name no source: a publisher without a QID, no URL.</summary>
    public static ArticleFacts Uncited { get; } = WithQid(Loaded, "reuters", null) with { Article = Loaded.Article with { Url = null } };

    public static ArticleFacts WithQid(ArticleFacts facts, string entityId, string? qid) =>
        facts with { Entities = [.. facts.Entities.Select(e => e.Id == entityId ? e with { Wikidata = qid } : e)] };

    public static string DefaultMapPath => TestPaths.InRepository("ontology", "wikibase-map.json");

    public static WikibaseMap DefaultMap => WikibaseMap.LoadFile(DefaultMapPath);

    public static WikibaseMap TestWikibase => WikibaseMap.LoadFile(TestPaths.InRepository("tests", "KgExport.Publishing.Tests", "QuickStatements", "Maps", "test-wikibase.json"));

    public static Batch Build(WikibaseMap map, bool createMissing = false, params ArticleFacts[] more) =>
        BatchBuilder.Build([Facts, .. more], map, new BatchOptions(Retrieved, createMissing));

    /// <summary>The batch of <see cref="Unlinked"/> alone.</summary>
    public static Batch BuildUnlinked(WikibaseMap map, bool createMissing = false) =>
        BatchBuilder.Build([Unlinked], map, new BatchOptions(Retrieved, createMissing));
}
