using KgExport.Facts;
using KgExport.Testing;

namespace KgExport.Publishing.Tests.QuickStatements;

/// <summary>The seed article with facts of the test's choosing, in a scratch directory the command can read.</summary>
internal sealed class SeedCopy : IDisposable
{
    private SeedCopy(string directory) => Directory = directory;

    public string Directory { get; }

    public static SeedCopy Of(ArticleFacts facts)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("kgexport-qs-").FullName;
        File.Copy(TestPaths.InRepository("seeds", facts.Article.Id + ".txt"), Path.Combine(dir, facts.Article.Id + ".txt"));
        File.WriteAllText(Path.Combine(dir, facts.Article.Id + ".facts.json"), FactsWriter.Write(facts));
        return new SeedCopy(dir);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
