using System.Globalization;
using System.Text;

namespace KgExport.Cli.Tests;

/// <summary>`export` over a directory of many articles: --jobs, --keep-going, the cache, progress and summary.</summary>
public sealed class CorpusExportCommandTests : IDisposable
{
    private static readonly string[] States = ["Russia", "Syria", "Nicaragua", "Venezuela", "Nauru", "Serbia"];
    private static readonly string[] Breakaways = ["Abkhazia", "South Ossetia", "Kosovo", "Transnistria"];

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Corpus(int count)
    {
        var dir = Path.Combine(_scratch.Path, "articles");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
        {
            var s = States[i % States.Length];
            var b = Breakaways[i / States.Length % Breakaways.Length];
            var year = (2001 + i % 20).ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(dir, $"{i:D3}_news.txt"), $"{s} recognises {b}\n\nMay 3 (Reuters) - {s} recognised {b} on May 2, {year}, the foreign ministry said.\n", new UTF8Encoding(false));
        }
        return dir;
    }

    private string Cache => Path.Combine(_scratch.Path, "cache");

    [Theory]
    [InlineData("nquads")]
    [InlineData("turtle")]
    [InlineData("trig")]
    public void Any_number_of_jobs_writes_the_same_bytes(string format)
    {
        var dir = Corpus(24);
        var one = _scratch.File("one.out");
        var four = _scratch.File("four.out");
        var r1 = CliRun.Invoke("export", dir, "-f", format, "-o", one, "--jobs", "1", "--no-cache");
        var r4 = CliRun.Invoke("export", dir, "-f", format, "-o", four, "--jobs", "4", "--no-cache");
        Assert.True(r1.ExitCode == 0, r1.ToString());
        Assert.True(r4.ExitCode == 0, r4.ToString());
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(four));
        Assert.Contains("recognised", File.ReadAllText(one), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_article_stops_the_run_and_nothing_is_written()
    {
        var dir = Corpus(10);
        File.WriteAllBytes(Path.Combine(dir, "005_broken.txt"), [0x47, 0x49, 0x46, 0x00, 0x01]);
        var target = _scratch.File("out.nq");
        var r = CliRun.Invoke("export", dir, "-f", "nquads", "-o", target, "--no-cache", "-j", "3");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("005_broken.txt: the article is a binary file, not text", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("stopped at the first failed article", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(_scratch.Path, ".out.nq*"));
    }

    [Fact]
    public void Keep_going_writes_the_good_articles_reports_the_bad_and_exits_non_zero()
    {
        var dir = Corpus(10);
        File.WriteAllText(Path.Combine(dir, "003_empty.txt"), "");
        File.WriteAllBytes(Path.Combine(dir, "007_latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x0A]);
        var target = _scratch.File("out.nq");
        var r = CliRun.Invoke("export", dir, "-f", "nquads", "-o", target, "--no-cache", "--keep-going");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("003_empty.txt: the article is empty", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("007_latin1.txt: the article is not valid UTF-8 (byte offset 3)", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 of 12 articles failed", r.Stderr, StringComparison.Ordinal);
        var graphs = File.ReadLines(target).Select(l => l[(l.LastIndexOf(" <", StringComparison.Ordinal) + 2)..]).Distinct().Count();
        Assert.Equal(10, graphs);
    }

    [Fact]
    public void A_rerun_comes_from_the_cache_with_identical_output()
    {
        var dir = Corpus(8);
        var first = _scratch.File("first.nq");
        var second = _scratch.File("second.nq");
        var r1 = CliRun.Invoke("export", dir, "-f", "nquads", "-o", first, "--cache", Cache);
        Assert.True(r1.ExitCode == 0, r1.ToString());
        Assert.Matches(@"from cache\s+0\n", r1.Stderr);
        var r2 = CliRun.Invoke("export", dir, "-f", "nquads", "-o", second, "--cache", Cache);
        Assert.True(r2.ExitCode == 0, r2.ToString());
        Assert.Matches(@"from cache\s+8\n", r2.Stderr);
        Assert.Matches(@"exported\s+0\n", r2.Stderr);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        var r3 = CliRun.Invoke("export", dir, "-f", "nquads", "-o", second, "--cache", Cache, "--no-cache");
        Assert.Matches(@"exported\s+8\n", r3.Stderr);
        Assert.Contains("(cache off)", r3.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_articles_get_a_summary_and_quiet_silences_it()
    {
        var dir = Corpus(3);
        var r = CliRun.Invoke("export", dir, "-f", "nquads", "--no-cache");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("export summary:", r.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"articles\s+3\n", r.Stderr);
        Assert.Matches(@"rate\s+\d+ articles/s", r.Stderr);

        var quiet = CliRun.Invoke("export", dir, "-f", "nquads", "--no-cache", "--quiet");
        Assert.Equal("", quiet.Stderr);
        Assert.Equal(r.Stdout, quiet.Stdout);
    }

    [Theory]
    [InlineData("export", "0")]
    [InlineData("export", "257")]
    [InlineData("export", "2147483647")]
    [InlineData("validate", "0")]
    [InlineData("validate", "2147483647")]
    public void Jobs_outside_1_to_256_is_a_usage_error_not_a_crash(string verb, string jobs)
    {
        var r = CliRun.Invoke(verb, Corpus(1), "--jobs", jobs);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"--jobs must be from 1 to {KgExport.Corpus.CorpusOptions.MaxJobs}, not {jobs}", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_most_jobs_allowed_run()
    {
        var r = CliRun.Invoke("export", Corpus(3), "-f", "nquads", "--no-cache", "--jobs", "256");
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public void Publish_builds_the_article_graphs_through_the_corpus_pipeline()
    {
        var dir = Corpus(5);
        var r = CliRun.Invoke("publish", dir, "--store", "http://127.0.0.1:9/store", "--dry-run");
        Assert.True(r.ExitCode == 0, r.ToString());
        var graphs = r.Output.Split('\n').Where(l => l.StartsWith("PUT ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, graphs.Count);
        Assert.Equal(graphs.Order(StringComparer.Ordinal), graphs);
        Assert.Contains("dry run: 5 graphs", r.Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "002_blank.txt"), "   \n");
        var bad = CliRun.Invoke("publish", dir, "--store", "http://127.0.0.1:9/store", "--dry-run");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("002_blank.txt: the article is empty (only white space)", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_checks_every_article_graph_and_reports_every_bad_one()
    {
        var dir = Corpus(6);
        var ok = CliRun.Invoke("validate", dir, "--jobs", "3");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains("validate: 6 articles conform to the shapes", ok.Stderr, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "001_blank.txt"), "");
        File.WriteAllBytes(Path.Combine(dir, "004_binary.txt"), [0, 0, 0]);
        var bad = CliRun.Invoke("validate", dir);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("001_blank.txt: the article is empty", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("004_binary.txt: the article is a binary file", bad.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"failed\s+2\n", bad.Stderr);
    }
}
