namespace KgExport.Corpus.Tests;

public sealed class ExportCacheTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private CorpusOptions Options(string version = "test-1", string settings = "s") =>
        new() { Jobs = 2, Cache = new ExportCache(_corpus.CacheDirectory, version, settings), Validator = CorpusFixture.LoadValidator };

    [Fact]
    public void A_rerun_takes_unchanged_articles_from_the_cache_with_the_same_bytes()
    {
        _corpus.WriteArticles(10);
        _corpus.CopySeed();
        var inputs = _corpus.Inputs();
        var first = Options();
        var (cold, coldProgress) = CorpusFixture.Run(inputs, first);
        Assert.Equal(11, coldProgress.Exported);
        Assert.Equal(11, first.Cache!.Misses);

        var second = Options();
        var (warm, warmProgress) = CorpusFixture.Run(inputs, second);
        Assert.Equal(11, warmProgress.Cached);
        Assert.Equal(0, warmProgress.Exported);
        Assert.Equal(11, second.Cache!.Hits);
        Assert.All(warm, o => Assert.Equal(ArticleStatus.Cached, o.Status));
        Assert.Equal(CorpusFixture.NQuads(cold), CorpusFixture.NQuads(warm));
        Assert.Equal(cold.Select(o => (o.ArticleId, o.QuadCount, o.Warnings)), warm.Select(o => (o.ArticleId, o.QuadCount, o.Warnings)));
    }

    [Fact]
    public void A_changed_article_or_facts_file_misses()
    {
        _corpus.WriteArticles(4);
        var (_, facts) = _corpus.CopySeed();
        CorpusFixture.Run(_corpus.Inputs(), Options());

        _corpus.Write("0002_article.txt", CorpusFixture.Article(2).Replace("Reuters", "AFP", StringComparison.Ordinal));
        File.WriteAllText(facts, File.ReadAllText(facts).Replace("\"headline\": \"North Korea", "\"headline\": \"N. Korea", StringComparison.Ordinal));
        var (outcomes, progress) = CorpusFixture.Run(_corpus.Inputs(), Options());
        Assert.Equal(2, progress.Exported);
        Assert.Equal(3, progress.Cached);
        Assert.Equal(ArticleStatus.Exported, outcomes.Single(o => o.Input.TextPath.EndsWith("0002_article.txt", StringComparison.Ordinal)).Status);
        Assert.Contains("N. Korea", outcomes.Single(o => o.ArticleId == CorpusFixture.SeedId).NQuads, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_tool_version_or_other_settings_invalidate_every_entry()
    {
        _corpus.WriteArticles(5);
        var inputs = _corpus.Inputs();
        CorpusFixture.Run(inputs, Options("test-1"));
        Assert.Equal(5, CorpusFixture.Run(inputs, Options("test-1")).Progress.Cached);
        Assert.Equal(5, CorpusFixture.Run(inputs, Options("test-2")).Progress.Exported);
        Assert.Equal(5, CorpusFixture.Run(inputs, Options("test-2", settings: "other shapes")).Progress.Exported);
        Assert.Equal(5, CorpusFixture.Run(inputs, Options("test-2")).Progress.Cached);
    }

    [Fact]
    public void A_renamed_article_misses_because_its_id_comes_from_its_name()
    {
        _corpus.WriteArticles(1);
        CorpusFixture.Run(_corpus.Inputs(), Options());
        File.Move(_corpus.Path_("0000_article.txt"), _corpus.Path_("0000_renamed.txt"));
        var (outcomes, _) = CorpusFixture.Run(_corpus.Inputs(), Options());
        Assert.Equal(ArticleStatus.Exported, outcomes[0].Status);
        Assert.Equal("0000_renamed", outcomes[0].ArticleId);
    }

    [Fact]
    public void A_torn_entry_is_a_miss_and_is_rewritten()
    {
        _corpus.WriteArticles(1);
        var (cold, _) = CorpusFixture.Run(_corpus.Inputs(), Options());
        var entry = Assert.Single(Directory.GetFiles(_corpus.CacheDirectory, "*.nq", SearchOption.AllDirectories));
        var content = File.ReadAllText(entry);
        File.WriteAllText(entry, content[..(content.Length / 2)]);

        var (again, progress) = CorpusFixture.Run(_corpus.Inputs(), Options());
        Assert.Equal(1, progress.Exported);
        Assert.Equal(CorpusFixture.NQuads(cold), CorpusFixture.NQuads(again));
        Assert.Equal(content, File.ReadAllText(entry));
    }

    [Fact]
    public void Failed_articles_are_not_cached()
    {
        _corpus.Write("0000_empty.txt", "");
        var options = Options();
        CorpusFixture.Run(_corpus.Inputs(), options with { KeepGoing = true });
        Assert.False(Directory.Exists(_corpus.CacheDirectory) && Directory.EnumerateFiles(_corpus.CacheDirectory, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void The_tool_version_names_the_code_it_was_built_from()
    {
        Assert.Matches(@"^[0-9][^+]*\+[0-9a-f]{16}$", ToolVersion.Current);
    }
}
