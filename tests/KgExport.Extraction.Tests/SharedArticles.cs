using KgExport.Testing;

namespace KgExport.Extraction.Tests;

/// <summary>The development articles in ../shared/articles (others' words: read there, never copied).</summary>
internal static class SharedArticles
{
    public static string Directory => Path.Combine(TestPaths.Shared, "articles");

    public static string GoldDirectory => Path.Combine(TestPaths.RepositoryRoot, "tests", "KgExport.Extraction.Tests", "Gold");

    public static readonly string[] Ids =
    [
        "03_eucom_kosovo-declares-independence",
        "05_wikipedia_recognition-of-abkhazia-and-south-ossetia",
        "07_wikipedia_syria-ukraine-relations",
        "10_wikipedia_recognition-of-kosovo",
    ];

    /// <summary>Skips the test, loudly, when the shared folder is absent; on CI that is a failure.</summary>
    public static void Require()
    {
        if (System.IO.Directory.Exists(Directory)) return;
        Assert.False(TestPaths.IsCi, $"the development articles are missing on CI: {Directory}");
        Skip.If(true, $"SKIPPED: the development articles are not at {Directory} (set KGEXPORT_SHARED)");
    }

    public static string Text(string id) => Path.Combine(Directory, id + ".txt");
}
