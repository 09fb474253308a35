using System.Text.RegularExpressions;

namespace KgExport.Cli.Tests;

/// <summary>
/// Issue 18, finding 1, end to end: two articles that date one act differently are exported as one event with two
/// claims, and `export` warns once, naming both articles and both dates, in every output format.
/// </summary>
public sealed class DateConflictExportTests : IDisposable
{
    private const string SeedId = "000_ee2775bcac5f55b5";
    private const string OtherId = "001_other";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    /// <summary>The seed, and a second article with the seed's text whose facts date North Korea's recognition of the DPR a day earlier.</summary>
    private string TwoArticles()
    {
        var seeds = TestPaths.InRepository("seeds");
        var text = File.ReadAllText(Path.Combine(seeds, SeedId + ".txt"));
        var facts = File.ReadAllText(Path.Combine(seeds, SeedId + ".facts.json"));
        _scratch.File(SeedId + ".txt", text);
        _scratch.File(SeedId + ".facts.json", facts);
        var other = Regex.Replace(facts.Replace($"\"id\": \"{SeedId}\"", $"\"id\": \"{OtherId}\"", StringComparison.Ordinal),
            "(\"id\": \"rec-prk-dpr\",[^}]*?\"date\": \")2022-07-13\"", "${1}2022-07-12\"");
        Assert.Contains("2022-07-12", other, StringComparison.Ordinal);
        _scratch.File(OtherId + ".txt", text);
        _scratch.File(OtherId + ".facts.json", other);
        return _scratch.Path;
    }

    [Theory]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    [InlineData("nquads")]
    public void Two_dates_for_one_act_are_two_claims_and_one_warning(string format)
    {
        var r = CliRun.Invoke("export", TwoArticles(), "-f", format, "-q");
        Assert.True(r.ExitCode == 0, r.ToString());
        var warnings = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("conflicting dates", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.StartsWith("export: warning: conflicting dates for recognition:north-korea_donetsk-peoples-republic_state_1: ", warning, StringComparison.Ordinal);
        Assert.Contains($"2022-07-12 (article {OtherId}), 2022-07-13 (article {SeedId})", warning, StringComparison.Ordinal);

        // Both claims are in the output, each with its own date, about the one event.
        const string Event = "<https://w3id.org/kgexport/id/recognition/north-korea_donetsk-peoples-republic_state_1>";
        if (format != "turtle")
        {
            var about = r.Stdout.Split('\n').Where(l => l.Contains("<https://w3id.org/kgexport/ontology#about> " + Event, StringComparison.Ordinal)).ToList();
            Assert.Contains(about, l => l.StartsWith($"<https://w3id.org/kgexport/id/claim/{SeedId}.rec-prk-dpr>", StringComparison.Ordinal));
            Assert.Contains(about, l => l.StartsWith($"<https://w3id.org/kgexport/id/claim/{OtherId}.rec-prk-dpr>", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains($"claim:{OtherId}.rec-prk-dpr a kg:Claim", r.Stdout, StringComparison.Ordinal);
            Assert.Contains($"claim:{SeedId}.rec-prk-dpr a kg:Claim", r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_articles_that_agree_give_no_warning()
    {
        var dir = TwoArticles();
        var otherFacts = Path.Combine(dir, OtherId + ".facts.json");
        File.WriteAllText(otherFacts, File.ReadAllText(otherFacts).Replace("2022-07-12", "2022-07-13", StringComparison.Ordinal));
        var r = CliRun.Invoke("export", dir, "-q");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.DoesNotContain("conflicting dates", r.Stderr, StringComparison.Ordinal);
    }
}
