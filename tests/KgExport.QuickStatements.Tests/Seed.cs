using KgExport.Facts;
using KgExport.Publishing.QuickStatements;
using KgExport.Testing;

namespace KgExport.QuickStatements.Tests;

/// <summary>The repository's reviewed seed article and the maps the tests use.</summary>
internal static class Seed
{
    public static readonly FactDate Retrieved = FactDate.OfDay(2024, 1, 15);

    public static ArticleFacts Facts { get; } = FactsLoader.LoadFileOrThrow(
        TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.facts.json"),
        ArticleText.Load(TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.txt")));

    public static string DefaultMapPath => TestPaths.InRepository("ontology", "wikibase-map.json");

    public static WikibaseMap DefaultMap => WikibaseMap.LoadFile(DefaultMapPath);

    public static WikibaseMap TestWikibase => WikibaseMap.LoadFile(TestPaths.InRepository("tests", "KgExport.QuickStatements.Tests", "Maps", "test-wikibase.json"));

    public static Batch Build(WikibaseMap map, bool createMissing = false, params ArticleFacts[] more) =>
        BatchBuilder.Build([Facts, .. more], map, new BatchOptions(Retrieved, createMissing));
}
