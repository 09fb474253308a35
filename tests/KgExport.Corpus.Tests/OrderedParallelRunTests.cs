using KgExport.Mapping;
using KgExport.Rdf;

namespace KgExport.Corpus.Tests;

public sealed class OrderedParallelRunTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Parallel_output_is_byte_identical_to_a_sequential_run()
    {
        _corpus.WriteArticles(60);
        _corpus.CopySeed();
        var inputs = _corpus.Inputs();
        var validator = new CorpusOptions { Validator = CorpusFixture.LoadValidator };

        var (sequential, _) = CorpusFixture.Run(inputs, validator with { Jobs = 1 });
        var expected = CorpusFixture.NQuads(sequential);
        Assert.Equal(61, sequential.Count);
        Assert.All(sequential, o => Assert.Equal(ArticleStatus.Exported, o.Status));
        Assert.True(expected.Length > 10_000);

        foreach (var jobs in new[] { 2, 3, 8 })
        {
            var (parallel, progress) = CorpusFixture.Run(inputs, validator with { Jobs = jobs });
            Assert.Equal(Enumerable.Range(0, inputs.Count), parallel.Select(o => o.Index));
            Assert.Equal(expected, CorpusFixture.NQuads(parallel));
            Assert.Equal(61, progress.Exported);
        }
    }

    [Fact]
    public void The_streamed_n_quads_equal_the_whole_dataset_export()
    {
        _corpus.WriteArticles(25);
        _corpus.CopySeed();
        var inputs = _corpus.Inputs();
        var (outcomes, _) = CorpusFixture.Run(inputs, new CorpusOptions { Jobs = 4 });

        var whole = new CorpusRun(new CorpusOptions { Jobs = 1 }).Collect(inputs);
        Assert.True(whole.Ok, string.Join("\n", whole.Problems));
        Assert.Equal(ExportWriter.WriteToString(whole.Dataset, RdfFormat.NQuads), CorpusFixture.NQuads(outcomes));
    }

    [Fact]
    public void Quads_handed_out_for_merged_formats_are_the_block_parsed()
    {
        _corpus.WriteArticles(5);
        var (outcomes, _) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 2, WantQuads = true });
        foreach (var o in outcomes)
        {
            var parsed = RdfIo.CreateParser(RdfFormat.NQuads, new ParserOptions()).Parse(new StringReader(o.NQuads!)).ToList();
            Assert.Equal(parsed, o.Quads);
            Assert.Equal(o.QuadCount, parsed.Count);
        }
    }

    [Fact]
    public void Progress_is_reported_once_per_article_in_order()
    {
        _corpus.WriteArticles(12);
        var seen = new List<CorpusProgress>();
        CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 3, OnProgress = seen.Add });
        Assert.Equal(Enumerable.Range(1, 12), seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(12, p.Total));
        Assert.Equal(0, seen[^1].NotProcessed);
    }

    [Fact]
    public void Two_articles_with_one_id_fail_the_later_one()
    {
        _corpus.CopySeed();
        _corpus.CopySeed("zzz_copy");
        var (outcomes, _) = CorpusFixture.Run(_corpus.Inputs(), new CorpusOptions { Jobs = 2, KeepGoing = true });
        Assert.Equal(ArticleStatus.Exported, outcomes[0].Status);
        Assert.Equal(ArticleStatus.BadInput, outcomes[1].Status);
        Assert.Contains($"article id \"{CorpusFixture.SeedId}\" is also used by", outcomes[1].Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        _corpus.WriteArticles(40);
        using var cancel = new CancellationTokenSource();
        var delivered = 0;
        var run = new CorpusRun(new CorpusOptions { Jobs = 2 });
        Assert.ThrowsAny<OperationCanceledException>(() => run.Run(_corpus.Inputs(), _ =>
        {
            if (++delivered == 5) cancel.Cancel();
        }, cancel.Token));
        Assert.Equal(5, delivered);
    }
}
