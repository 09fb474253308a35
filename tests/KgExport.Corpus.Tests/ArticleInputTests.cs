namespace KgExport.Corpus.Tests;

public sealed class ArticleInputTests
{
    private static string SeedTextPath => TestPaths.InRepository("seeds", CorpusFixture.SeedId + ".txt");

    private static string SeedFactsPath => TestPaths.InRepository("seeds", CorpusFixture.SeedId + ".facts.json");

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kgexport-corpus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void A_directory_a_text_and_a_facts_file_name_the_same_article_once()
    {
        var dir = Path.GetDirectoryName(SeedTextPath)!;
        var found = ArticleInput.Find([dir, SeedTextPath, SeedFactsPath], out var problems);
        Assert.Empty(problems);
        var article = Assert.Single(found);
        Assert.Equal(Path.GetFullPath(SeedFactsPath), article.FactsPath);
    }

    [Fact]
    public void An_article_without_facts_is_extracted_unless_reviewed_facts_are_required()
    {
        var dir = TempDir();
        var text = Path.Combine(dir, "lonely.txt");
        File.WriteAllText(text, "Headline\n\nBody.\n");
        var extracted = Assert.Single(ArticleInput.Find([text], out var none));
        Assert.Empty(none);
        Assert.Null(extracted.FactsPath);
        var found = ArticleInput.Find([text], out var problems, requireFacts: true);
        Assert.Empty(found);
        var p = Assert.Single(problems);
        Assert.Contains("lonely.txt", p, StringComparison.Ordinal);
        Assert.Contains("no reviewed facts file lonely.facts.json", p, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_facts_is_exported_from_its_extracted_facts()
    {
        var dir = TempDir();
        File.Copy(SeedTextPath, Path.Combine(dir, "seed.txt"));
        var corpus = Collect(ArticleInput.Find([dir], out _));
        Assert.Empty(corpus.Problems);
        var recognitions = corpus.Dataset.MatchAllGraphs(null, KgExport.Rdf.Vocab.Rdf.Type, null)
            .Count(q => q.Object is KgExport.Rdf.Iri { Value: var v } && v.EndsWith("#RecognitionAct", StringComparison.Ordinal));
        Assert.Equal(6, recognitions);
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
        File.Copy(SeedTextPath, Path.Combine(dir, "a.txt"));
        File.WriteAllText(Path.Combine(dir, "a.facts.json"), File.ReadAllText(SeedFactsPath).Replace("\"recogniser\": \"syria\"", "\"recogniser\": \"syriaa\"", StringComparison.Ordinal));
        var inputs = ArticleInput.Find([dir], out var inputProblems);
        Assert.Empty(inputProblems);
        var corpus = Collect(inputs);
        Assert.True(corpus.AnyBadInput);
        Assert.Equal(2, corpus.Problems.Count);
        Assert.All(corpus.Problems, p => Assert.Matches(@"a\.facts\.json:\d+:\d+: \$\.recognitions\[[45]\]\.recogniser: unknown entity id ""syriaa""$", p));
    }

    [Fact]
    public void Two_files_with_the_same_article_id_are_an_error()
    {
        var dir = TempDir();
        foreach (var name in new[] { "a", "b" })
        {
            File.Copy(SeedTextPath, Path.Combine(dir, name + ".txt"));
            File.Copy(SeedFactsPath, Path.Combine(dir, name + ".facts.json"));
        }
        var corpus = Collect(ArticleInput.Find([dir], out _));
        Assert.False(corpus.Ok);
        Assert.Contains("also used by", Assert.Single(corpus.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_pages_in_a_directory_are_articles_like_text_files_and_keep_their_facts()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "A\n\nBody.\n");
        File.WriteAllText(Path.Combine(dir, "b.html"), "<html><body><p>B</p></body></html>");
        File.WriteAllText(Path.Combine(dir, "c.HTM"), "<html><body><p>C</p></body></html>");
        File.WriteAllText(Path.Combine(dir, "c.facts.json"), "{}");
        File.WriteAllText(Path.Combine(dir, "notes.md"), "not an article");
        var found = ArticleInput.Find([dir], out var problems);
        Assert.Empty(problems);
        Assert.Equal(["a.txt", "b.html", "c.HTM"], found.Select(a => Path.GetFileName(a.TextPath)));
        Assert.Equal(Path.Combine(dir, "c.facts.json"), found[2].FactsPath);
        Assert.Equal(found[2], Assert.Single(ArticleInput.Find([Path.Combine(dir, "c.facts.json")], out _)));
    }

    [Fact]
    public void One_rule_says_what_is_an_article_input()
    {
        var articles = TempDir();
        File.WriteAllText(Path.Combine(articles, "page.html"), "<html></html>");
        var rdf = TempDir();
        File.WriteAllText(Path.Combine(rdf, "data.ttl"), "");
        Assert.True(ArticleInput.IsArticleInput(articles));
        Assert.False(ArticleInput.IsArticleInput(rdf));
        Assert.True(ArticleInput.IsArticleInput("x.txt"));
        Assert.True(ArticleInput.IsArticleInput("x.htm"));
        Assert.True(ArticleInput.IsArticleInput("x.facts.json"));
        Assert.False(ArticleInput.IsArticleInput("x.jsonld"));
        Assert.False(ArticleInput.IsArticleInput("x.ttl"));
    }

    private static CorpusDataset Collect(IReadOnlyList<ArticleInput> inputs) =>
        new CorpusRun(new CorpusOptions { KeepGoing = true }).Collect(inputs);
}
