namespace KgExport.Mapping.Tests;

public sealed class ArticleInputTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kgexport-mapping-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void A_directory_a_text_and_a_facts_file_name_the_same_article_once()
    {
        var dir = Path.GetDirectoryName(Seed.TextPath)!;
        var found = ArticleInput.Find([dir, Seed.TextPath, Seed.FactsPath], out var problems);
        Assert.Empty(problems);
        var article = Assert.Single(found);
        Assert.Equal(Path.GetFullPath(Seed.FactsPath), article.FactsPath);
    }

    [Fact]
    public void An_article_without_facts_is_a_clear_error()
    {
        var dir = TempDir();
        var text = Path.Combine(dir, "lonely.txt");
        File.WriteAllText(text, "Headline\n\nBody.\n");
        var found = ArticleInput.Find([text], out var problems);
        Assert.Empty(found);
        var p = Assert.Single(problems);
        Assert.Contains("lonely.txt", p, StringComparison.Ordinal);
        Assert.Contains("no reviewed facts file lonely.facts.json", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_paths_and_empty_directories_are_reported_together()
    {
        var empty = TempDir();
        var missing = Path.Combine(empty, "nope.txt");
        ArticleInput.Find([empty, missing, Path.Combine(empty, "x.ttl")], out var problems);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("no article", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no such file", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_facts_are_reported_with_file_and_json_path()
    {
        var dir = TempDir();
        File.Copy(Seed.TextPath, Path.Combine(dir, "a.txt"));
        File.WriteAllText(Path.Combine(dir, "a.facts.json"), File.ReadAllText(Seed.FactsPath).Replace("\"recogniser\": \"syria\"", "\"recogniser\": \"syriaa\"", StringComparison.Ordinal));
        var inputs = ArticleInput.Find([dir], out var inputProblems);
        Assert.Empty(inputProblems);
        Assert.Null(ExportBuilder.Build(inputs, out var problems));
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Matches(@"a\.facts\.json:\d+:\d+: \$\.recognitions\[[45]\]\.recogniser: unknown entity id ""syriaa""$", p));
    }

    [Fact]
    public void Two_files_with_the_same_article_id_are_an_error()
    {
        var dir = TempDir();
        foreach (var name in new[] { "a", "b" })
        {
            File.Copy(Seed.TextPath, Path.Combine(dir, name + ".txt"));
            File.Copy(Seed.FactsPath, Path.Combine(dir, name + ".facts.json"));
        }
        Assert.Null(ExportBuilder.Build(ArticleInput.Find([dir], out _), out var problems));
        Assert.Contains("also used by", Assert.Single(problems), StringComparison.Ordinal);
    }
}
