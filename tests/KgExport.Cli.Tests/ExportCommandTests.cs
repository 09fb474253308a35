using KgExport.Testing;

namespace KgExport.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private const string SeedId = "000_ee2775bcac5f55b5";
    private static readonly string Seeds = TestPaths.InRepository("seeds");
    private static readonly string Snapshots = TestPaths.InRepository("tests", "KgExport.Mapping.Tests", "Snapshots");

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    /// <summary>Copies the seed into the scratch directory, with its facts changed by <paramref name="edit"/>.</summary>
    private string SeedCopy(Func<string, string> edit)
    {
        File.Copy(Path.Combine(Seeds, SeedId + ".txt"), _scratch.File(SeedId + ".txt"));
        var facts = File.ReadAllText(Path.Combine(Seeds, SeedId + ".facts.json"));
        var edited = edit(facts);
        Assert.NotEqual(facts, edited);
        _scratch.File(SeedId + ".facts.json", edited);
        return _scratch.Path;
    }

    [Fact]
    public void Exporting_the_seeds_writes_the_approved_turtle()
    {
        var r = CliRun.Invoke("export", Seeds);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Snapshots, "seed.ttl")), r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Output_file_in_trig()
    {
        var target = _scratch.File("out.trig");
        var r = CliRun.Invoke("export", Path.Combine(Seeds, SeedId + ".facts.json"), "--format", "trig", "-o", target);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Snapshots, "seed.trig")), File.ReadAllText(target));
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void An_article_without_facts_is_an_input_error_with_facts_only()
    {
        var text = _scratch.File("lonely.txt", "Headline\n\nBody.\n");
        var r = CliRun.Invoke("export", text, "--facts");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no reviewed facts file lonely.facts.json", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Invalid_facts_are_reported_with_their_json_path()
    {
        var dir = SeedCopy(f => f.Replace("\"date\": \"2022-07-13\"", "\"date\": \"2022-07-32\"", StringComparison.Ordinal));
        var r = CliRun.Invoke("export", dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches($@"{SeedId}\.facts\.json:\d+:\d+: \$\.recognitions\[0\]\.date: ""2022-07-32"": 2022-07 has no day 32", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_that_breaks_the_shapes_is_not_written_unless_validation_is_skipped()
    {
        // North Korea as a person: the loader accepts it, the shapes do not (a recogniser must be a polity).
        var dir = SeedCopy(f => f.Replace("\"name\": \"North Korea\",\n      \"type\": \"state\"", "\"name\": \"North Korea\",\n      \"type\": \"person\"", StringComparison.Ordinal));
        var target = _scratch.File("out.nt");
        var r = CliRun.Invoke("export", dir, "--format", "ntriples", "-o", target);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("does not conform", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("recogniser", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));

        var skipped = CliRun.Invoke("export", dir, "--format", "ntriples", "-o", target, "--no-validate");
        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.Contains("<https://w3id.org/kgexport/ontology#Person>", File.ReadAllText(target), StringComparison.Ordinal);
    }
}
