namespace KgExport.Facts.Tests;

/// <summary>The seed article (seeds/000_ee2775bcac5f55b5) and its reviewed facts.</summary>
internal static class Seed
{
    public const string Id = "000_ee2775bcac5f55b5";

    public static string TextPath => TestPaths.InRepository("seeds", Id + ".txt");

    public static string FactsPath => TestPaths.InRepository("seeds", Id + ".facts.json");

    public static ArticleText Text() => ArticleText.Load(TextPath);

    public static ArticleFacts Facts() => FactsLoader.LoadFileOrThrow(FactsPath, Text());
}
