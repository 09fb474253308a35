namespace KgExport.Cli.Tests;

/// <summary>
/// Inputs built to exhaust the stack, the clock or memory end in one line and exit 2, never a crash: deep documents
/// for convert, query --data and validate, deep queries, a REGEX that backtracks past the query's timeout, a query
/// that would build gigabytes, and a validation past its time.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static string Nest(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private string DeepRdfXml() => _scratch.File("deep.rdf",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:x=\"http://x/\">\n"
        + Nest("<rdf:Description><x:p>", "", "</x:p></rdf:Description>", 5000) + "\n</rdf:RDF>\n");

    private string DeepJsonLd() => _scratch.File("deep.jsonld", Nest("{\"http://x/p\": ", "1", "}", 4000) + "\n");

    private string SmallData() => _scratch.File("small.ttl", "<http://x/s> <http://x/p> \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" .\n");

    public static TheoryData<string> Verbs => new() { "convert", "query", "validate" };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Deep_rdfxml_and_jsonld_are_syntax_errors_with_file_line_and_column(string verb)
    {
        foreach (var (path, column, limit) in new[] { (DeepRdfXml(), 22 * Rdf.NestingLimit.Max + 2, Rdf.NestingLimit.Max), (DeepJsonLd(), 15 * Rdf.NestingLimit.Json + 1, Rdf.NestingLimit.Json) })
        {
            var line = path.EndsWith(".rdf", StringComparison.Ordinal) ? 2 : 1;
            var r = verb switch
            {
                "convert" => CliRun.Invoke("convert", path, "--to", "ntriples"),
                "query" => CliRun.Invoke("query", "--data", path, "-e", "ASK { ?s ?p ?o }"),
                _ => CliRun.Invoke("validate", path),
            };
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Contains($"{path}:{line}:{column}: ", r.Stderr, StringComparison.Ordinal);
            Assert.Contains($"nesting deeper than {limit} levels", r.Stderr, StringComparison.Ordinal);
            Assert.Single(r.Stderr.Trim().Split('\n'));
        }
    }

    [Theory]
    [InlineData("ASK { FILTER(", "(", "1", ")", ") }")]
    [InlineData("ASK ", "{", "", "}", "")]
    [InlineData("SELECT * ", "{ SELECT * ", "{ }", " }", "")]
    [InlineData("SELECT (", "STR(", "?x", ")", " AS ?y) { }")]
    public void A_query_nested_20000_deep_is_a_usage_error_with_its_position(string before, string open, string inner, string close, string after)
    {
        var r = CliRun.Invoke("query", "--data", SmallData(), "-e", before + Nest(open, inner, close, 20_000) + after);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches($"^kgexport: -e:1:[0-9]+: nesting deeper than {Sparql.Syntax.SparqlParser.MaxNesting} levels\n$", r.Stderr);
    }

    [Fact]
    public void A_regex_that_backtracks_past_the_timeout_fails_the_query()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = CliRun.Invoke("query", "--data", SmallData(), "--timeout", "1", "-r", "csv",
            "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(REGEX(?o, \"^(a+)+$\")) }");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("kgexport: query: query timed out after 1 s\n", r.Stderr);
        Assert.DoesNotContain("n\r\n0", r.Stdout, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_query_that_would_build_gigabytes_fails_at_its_memory_limit()
    {
        // 26 BINDs doubling a string: 1 GiB for the last one alone.
        var chain = "SELECT (STRLEN(?v26) AS ?n) WHERE { BIND(\"abcdefgh\" AS ?v0) "
            + string.Concat(Enumerable.Range(0, 26).Select(i => $"BIND(CONCAT(?v{i},?v{i}) AS ?v{i + 1}) ")) + "}";
        var r = CliRun.Invoke("query", "--data", SmallData(), "--max-memory", "64", "-r", "csv", "-e", chain);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("kgexport: query: query exceeds the memory limit of 64 MB (strings built and rows held)\n", r.Stderr);
        Assert.DoesNotContain("536870912", r.Stdout, StringComparison.Ordinal);
        var bad = CliRun.Invoke("query", "--data", SmallData(), "--max-memory", "0", "-e", "ASK {}");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--max-memory must be a positive number of MB", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validation_past_its_time_exits_2_without_a_report()
    {
        // 2,000 values, each a backtracking match of a few milliseconds (far under the 2 s one match may take, even on a
        // loaded machine); together far past 1 s.
        var data = _scratch.File("names.ttl", string.Concat(Enumerable.Range(0, 2000).Select(i => $"<http://x/n{i}> a <http://x/T> ; <http://x/name> \"{new string('a', 18)}!\" .\n")));
        var shapes = _scratch.File("shapes.ttl", "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
            + "<http://x/S> a sh:NodeShape ; sh:targetClass <http://x/T> ; sh:property [ sh:path <http://x/name> ; sh:pattern \"^(a+)+$\" ] .\n");
        var r = CliRun.Invoke("validate", data, "--shapes", shapes, "--timeout", "1");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("kgexport: validation timed out after 1 s\n", r.Stderr);
    }
}
