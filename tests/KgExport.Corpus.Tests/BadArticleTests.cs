using System.Text;

namespace KgExport.Corpus.Tests;

public sealed class BadArticleTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();

    public void Dispose() => _corpus.Dispose();

    /// <summary>Runs a corpus of one good article before and one after the bad one; returns the bad one's outcome.</summary>
    private ArticleOutcome Bad(string name, Action<string> write)
    {
        _corpus.WriteArticles(1, from: 0);
        write(_corpus.Path_(name));
        _corpus.Write("9999_after.txt", CorpusFixture.Article(7));
        var (outcomes, progress) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 2, KeepGoing = true });
        Assert.Equal(3, outcomes.Count);
        Assert.Equal(1, progress.Failed);
        var bad = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal(_corpus.Path_(name), bad.Input.TextPath);
        Assert.All(bad.Messages, m => Assert.DoesNotContain("   at ", m, StringComparison.Ordinal));
        Assert.StartsWith(_corpus.Path_(name), bad.Messages[0], StringComparison.Ordinal);
        return bad;
    }

    [Fact]
    public void An_empty_article()
    {
        var bad = Bad("0500_empty.txt", p => File.WriteAllBytes(p, []));
        Assert.Equal(ArticleStatus.BadInput, bad.Status);
        Assert.EndsWith(": the article is empty", bad.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_of_only_white_space()
    {
        var bad = Bad("0500_blank.txt", p => File.WriteAllText(p, "\n \n\t\n"));
        Assert.Contains("the article is empty (only white space)", bad.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file()
    {
        var bad = Bad("0500_image.txt", p => File.WriteAllBytes(p, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]));
        Assert.Contains("is a binary file, not text (a NUL byte at byte offset 8)", bad.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Serbia recognises Kosovo\n\nBelgrade (Reuters) - Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" owners said.\n")).ToArray();
        var bad = Bad("0500_latin1.txt", p => File.WriteAllBytes(p, bytes));
        Assert.Contains("the article is not valid UTF-8 (byte offset 50)", bad.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_without_being_read()
    {
        var bad = Bad("0500_dump.txt", p =>
        {
            using var f = new FileStream(p, FileMode.CreateNew);
            f.SetLength(50L * 1024 * 1024);
        });
        Assert.Contains("the article is too large: 50 MB (the limit is 10 MB", bad.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_with_no_body()
    {
        var bad = Bad("0500_page.txt", p => File.WriteAllText(p, "<!DOCTYPE html><html><head><title>Breaking news</title></head><body><nav>Home | World</nav><script>track()</script></body></html>"));
        Assert.Contains("an HTML page with no article body", bad.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_with_a_body_is_read_as_an_article()
    {
        _corpus.Write("0001_page.txt", "<!DOCTYPE html><html><head><title>Serbia</title></head><body><article><h1>Nauru recognises Kosovo</h1>"
            + "<p>April 2 (Reuters) - Nauru recognised Kosovo on April 1, 2008, its foreign ministry said.</p></article></body></html>");
        var (outcomes, _) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 1, Validator = CorpusFixture.LoadValidator });
        var o = Assert.Single(outcomes);
        Assert.True(o.Succeeded, string.Join("\n", o.Messages));
        Assert.DoesNotContain("<p>", o.NQuads, StringComparison.Ordinal);
    }

    [Fact]
    public void A_facts_file_that_belongs_to_another_article()
    {
        _corpus.WriteArticles(1);
        _corpus.CopySeed(text: CorpusFixture.Article(3) + "\nSome more text that is not the seed article at all, so its offsets point at nothing like the quotes.\n");
        var (outcomes, _) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 2, KeepGoing = true });
        var bad = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal(ArticleStatus.BadInput, bad.Status);
        Assert.Matches(@"000_ee2775bcac5f55b5\.facts\.json: the facts do not match the article 000_ee2775bcac5f55b5\.txt: \d+ evidence spans do not show their quoted text", bad.Messages[0]);
        Assert.Matches(@"\.facts\.json:\d+:\d+: \$\.[a-z]+\[\d+\]\.evidence\[\d+\]", bad.Messages[1]);
        Assert.True(bad.Messages.Count <= 14, "the problems of one article are capped");
    }

    [Fact]
    public void Invalid_utf8_in_a_facts_file()
    {
        _corpus.CopySeed();
        var facts = _corpus.Path_(CorpusFixture.SeedId + ".facts.json");
        File.WriteAllBytes(facts, [.. File.ReadAllBytes(facts).Take(40), 0xFF, 0xFE]);
        var (outcomes, _) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 1 });
        Assert.Equal($"{facts}: the facts file is not valid UTF-8 (byte offset 40)", Assert.Single(outcomes).Messages[0]);
    }

    [Fact]
    public void An_article_whose_graph_breaks_the_shapes_is_invalid()
    {
        _corpus.CopySeed(editFacts: f => f.Replace("\"name\": \"North Korea\",\n      \"type\": \"state\"", "\"name\": \"North Korea\",\n      \"type\": \"person\"", StringComparison.Ordinal));
        var (outcomes, _) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 1, Validator = CorpusFixture.LoadValidator });
        var o = Assert.Single(outcomes);
        Assert.Equal(ArticleStatus.Invalid, o.Status);
        Assert.Contains("does not conform to the shapes", o.Messages[0], StringComparison.Ordinal);
        Assert.Contains(o.Messages, m => m.Contains("recogniser", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_keep_going_the_first_failure_in_input_order_stops_the_run()
    {
        _corpus.WriteArticles(30);
        _corpus.Write("0010_empty.txt", "");
        _corpus.Write("0020_binary.txt", [0, 1, 2]);
        var inputs = _corpus.Inputs();
        foreach (var jobs in new[] { 1, 4 })
        {
            var (outcomes, progress) = CorpusFixture.Run(inputs, new CorpusOptions { Jobs = jobs });
            // 0000..0009, 0010_article, then 0010_empty: delivery stops right after the first failure.
            Assert.Equal(12, outcomes.Count);
            Assert.EndsWith("0010_empty.txt", outcomes[^1].Input.TextPath, StringComparison.Ordinal);
            Assert.Equal(1, progress.Failed);
            Assert.Equal(inputs.Count - 12, progress.NotProcessed);
        }
    }

    [Fact]
    public void With_keep_going_every_article_is_delivered_and_every_failure_reported()
    {
        _corpus.WriteArticles(30);
        _corpus.Write("0010_empty.txt", "");
        _corpus.Write("0020_binary.txt", [0, 1, 2]);
        var (outcomes, progress) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 4, KeepGoing = true });
        Assert.Equal(32, outcomes.Count);
        Assert.Equal(2, progress.Failed);
        Assert.Equal(30, progress.Exported);
        Assert.Equal(0, progress.NotProcessed);
        Assert.Equal(["0010_empty.txt", "0020_binary.txt"], outcomes.Where(o => !o.Succeeded).Select(o => Path.GetFileName(o.Input.TextPath)));
    }
}
