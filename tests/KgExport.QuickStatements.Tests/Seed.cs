using KgExport.Facts;
using KgExport.Publishing.QuickStatements;
using KgExport.Testing;

namespace KgExport.QuickStatements.Tests;

/// <summary>The repository's reviewed seed article and the maps the tests use.</summary>
internal static class Seed
{
    public static readonly FactDate Retrieved = FactDate.OfDay(2024, 1, 15);

    /// <summary>The seed's facts as the file has them.</summary>
    public static ArticleFacts Loaded { get; } = FactsLoader.LoadFileOrThrow(
        TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.facts.json"),
        ArticleText.Load(TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.txt")));

    /// <summary>
    /// The seed with its publisher's item, Reuters Q130879 (the and the claims work's id for it), so that its
    /// references name their source; the file may not carry it yet.
    /// </summary>
    public static ArticleFacts Facts { get; } = WithQid(Loaded, "reuters", "Q130879");

    /// <summary>The seed whose references could name no source: a publisher without a QID, no URL.</summary>
    public static ArticleFacts Uncited { get; } = WithQid(Loaded, "reuters", null) with { Article = Loaded.Article with { Url = null } };

    public static ArticleFacts WithQid(ArticleFacts facts, string entityId, string? qid) =>
        facts with { Entities = [.. facts.Entities.Select(e => e.Id == entityId ? e with { Wikidata = qid } : e)] };

    public static string DefaultMapPath => TestPaths.InRepository("ontology", "wikibase-map.json");

    public static WikibaseMap DefaultMap => WikibaseMap.LoadFile(DefaultMapPath);

    public static WikibaseMap TestWikibase => WikibaseMap.LoadFile(TestPaths.InRepository("tests", "KgExport.QuickStatements.Tests", "Maps", "test-wikibase.json"));

    public static Batch Build(WikibaseMap map, bool createMissing = false, params ArticleFacts[] more) =>
        BatchBuilder.Build([Facts, .. more], map, new BatchOptions(Retrieved, createMissing));
}
