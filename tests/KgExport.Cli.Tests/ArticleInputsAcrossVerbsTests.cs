using KgExport.Cli.Commands;

namespace KgExport.Cli.Tests;

/// <summary>
/// <c>query --data</c> and <c>serve</c> take articles through the same pipeline as <c>export</c>: the same screening
/// (a bad file is an input error with its reason) and the same per-article SHACL check.
/// </summary>
public sealed class ArticleInputsAcrossVerbsTests : IDisposable
{
    private const string SeedId = "000_ee2775bcac5f55b5";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Directory(string name, Action<string> fill)
    {
        var dir = System.IO.Directory.CreateDirectory(Path.Combine(_scratch.Path, name)).FullName;
        fill(dir);
        return dir;
    }

    public static TheoryData<string, string> BadArticles => new()
    {
        { "empty-page.html", "an HTML page with no article body" },
        { "binary.txt", "a NUL byte at byte offset 4" },
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public void Query_refuses_an_article_that_export_refuses_with_the_same_reason(string name, string reason)
    {
        var dir = Directory("bad", d => Write(d, name));
        var export = CliRun.Invoke("export", dir, "--no-cache");
        Assert.True(export.ExitCode == 2, export.ToString());
        Assert.Contains(reason, export.Stderr, StringComparison.Ordinal);

        var query = CliRun.Invoke("query", "--data", dir, "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        Assert.True(query.ExitCode == 2, query.ToString());
        Assert.Contains(reason, query.Stderr, StringComparison.Ordinal);
        Assert.Equal("", query.Stdout + query.Output);
    }

    [Fact]
    public async Task Serve_refuses_a_bad_article_before_it_listens()
    {
        var dir = Directory("bad", d => Write(d, "empty-page.html"));
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), new StringWriter(), error);
        var serving = Task.Run(() => GuardedAction.Run(terminal, () => ServeCommand.Run([dir], null, new Dictionary<string, string?> { ["Server:Port"] = "0" }, terminal, CancellationToken.None)));
        var finished = await Task.WhenAny(serving, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == serving, "serve loaded the bad article and is serving it");
        Assert.Equal(ExitCodes.UsageError, await serving);
        Assert.Contains("an HTML page with no article body", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Query_checks_each_article_against_the_shapes_and_exits_1_on_violations()
    {
        // North Korea as a person: the loader accepts it, the shapes do not (a recogniser must be a polity).
        var dir = Directory("invalid", d =>
        {
            File.Copy(TestPaths.InRepository("seeds", SeedId + ".txt"), Path.Combine(d, SeedId + ".txt"));
            var facts = File.ReadAllText(TestPaths.InRepository("seeds", SeedId + ".facts.json"));
            var broken = facts.Replace("\"name\": \"North Korea\",\n      \"type\": \"state\"", "\"name\": \"North Korea\",\n      \"type\": \"person\"", StringComparison.Ordinal);
            Assert.NotEqual(facts, broken);
            File.WriteAllText(Path.Combine(d, SeedId + ".facts.json"), broken);
        });
        var query = CliRun.Invoke("query", "--data", dir, "-e", "ASK { ?s ?p ?o }");
        Assert.True(query.ExitCode == 1, query.ToString());
        Assert.Contains("does not conform to the shapes", query.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_pages_in_a_directory_are_exported_and_queried_like_text_files()
    {
        var dir = Directory("html", d => File.WriteAllText(Path.Combine(d, "page.html"),
            "<!doctype html><html><head><title>Ties</title></head><body><article><h1>Bhutan and Germany open ties</h1>"
            + "<p>Bhutan and Germany established diplomatic relations on 25 November 2020.</p></article></body></html>"));
        var export = CliRun.Invoke("export", dir, "--no-cache", "-f", "nquads");
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("<https://w3id.org/kgexport/id/graph/page>", export.Stdout, StringComparison.Ordinal);

        var query = CliRun.Invoke("query", "--data", dir, "--results", "csv", "-e",
            "SELECT (COUNT(?e) AS ?n) { ?e a <https://w3id.org/kgexport/ontology#EstablishmentOfRelations> }");
        Assert.True(query.ExitCode == 0, query.ToString());
        Assert.Equal("n\r\n1\r\n", query.Stdout);
    }

    private static void Write(string dir, string name)
    {
        var path = Path.Combine(dir, name);
        if (name.EndsWith(".html", StringComparison.Ordinal)) File.WriteAllText(path, "<!doctype html><html><head><title>Nothing</title></head><body></body></html>");
        else File.WriteAllBytes(path, [(byte)'T', (byte)'i', (byte)'e', (byte)'s', 0, (byte)'\n']);
    }
}
