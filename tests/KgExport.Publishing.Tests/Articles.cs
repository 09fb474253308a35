using KgExport.Corpus;
using KgExport.Testing;

namespace KgExport.Publishing.Tests;

/// <summary>The seed articles copied into a scratch directory the test may change, and their expected graphs.</summary>
internal sealed class Articles : IDisposable
{
    public Articles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kgexport-publish-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        // The repository's seed article, and the gold-reviewed articles (text from ../shared, facts from the repo).
        foreach (var file in System.IO.Directory.GetFiles(TestPaths.InRepository("seeds")))
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        var gold = TestPaths.InRepository("tests", "KgExport.Extraction.Tests", "Gold");
        foreach (var facts in System.IO.Directory.GetFiles(gold, "*" + ArticleInput.FactsExtension))
        {
            var name = Path.GetFileName(facts)[..^ArticleInput.FactsExtension.Length];
            var text = Path.Combine(TestPaths.Shared, "articles", name + ".txt");
            if (!File.Exists(text)) continue;
            File.Copy(facts, Path.Combine(Directory, Path.GetFileName(facts)));
            File.Copy(text, Path.Combine(Directory, name + ".txt"));
        }
    }

    public string Directory { get; }

    /// <summary>What publishing the directory should put on the store: the export's graphs.</summary>
    public IReadOnlyList<GraphContent> Expected()
    {
        var inputs = ArticleInput.Find([Directory], out var problems);
        Assert.Empty(problems);
        var corpus = new CorpusRun(new CorpusOptions()).Collect(inputs);
        Assert.True(corpus.Ok, string.Join("\n", corpus.Problems));
        return GraphContent.FromDataset(corpus.Dataset, "articles", null);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
