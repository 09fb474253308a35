namespace KgExport.Cli.Tests;

public sealed class QueryCommandTests : IDisposable
{
    private const string Sample = """
        @prefix ex: <http://example.org/ns#> .
        ex:kosovo a ex:State ; ex:name "Kosovo"@en ; ex:recognisedBy ex:albania, ex:usa .
        ex:serbia a ex:State ; ex:name "Serbia"@en .
        """;

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Select_prints_csv_rows()
    {
        var data = _scratch.File("states.ttl", Sample);
        var r = CliRun.Invoke("query", "--data", data, "-e",
            "PREFIX ex: <http://example.org/ns#> SELECT ?s (COUNT(?by) AS ?n) WHERE { ?s a ex:State OPTIONAL { ?s ex:recognisedBy ?by } } GROUP BY ?s ORDER BY ?s", "--results", "csv");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("s,n\r\nhttp://example.org/ns#kosovo,2\r\nhttp://example.org/ns#serbia,0\r\n", r.Stdout);
    }

    [Fact]
    public void Query_from_a_file_as_json_and_construct_as_ntriples()
    {
        var data = _scratch.File("states.ttl", Sample);
        var query = _scratch.File("ask.rq", "ASK { ?s <http://example.org/ns#recognisedBy> <http://example.org/ns#usa> }");
        var ask = CliRun.Invoke("query", "-d", data, "--query", query, "-r", "json");
        Assert.True(ask.ExitCode == 0, ask.ToString());
        Assert.Contains("\"boolean\": true", ask.Stdout, StringComparison.Ordinal);
        var construct = CliRun.Invoke("query", "-d", data, "-e", "CONSTRUCT { ?b <http://x/recognises> ?s } WHERE { ?s <http://example.org/ns#recognisedBy> ?b }", "-r", "ntriples");
        Assert.True(construct.ExitCode == 0, construct.ToString());
        Assert.Equal(2, construct.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Query_reads_rdfxml_data()
    {
        var data = _scratch.File("states.rdf", """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/ns#">
              <ex:State rdf:about="http://example.org/ns#kosovo"><ex:recognisedBy rdf:resource="http://example.org/ns#usa"/></ex:State>
            </rdf:RDF>
            """);
        var r = CliRun.Invoke("query", "--data", data, "-e", "SELECT ?by WHERE { <http://example.org/ns#kosovo> <http://example.org/ns#recognisedBy> ?by }", "--results", "csv");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("by\r\nhttp://example.org/ns#usa\r\n", r.Stdout);
    }

    [Fact]
    public void Syntax_errors_and_bad_usage_exit_2_with_a_position()
    {
        var data = _scratch.File("states.ttl", Sample);
        var bad = CliRun.Invoke("query", "-d", data, "-e", "SELECT * WHERE {\n ?s ?p }");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("-e:2:8: expected a variable, IRI, literal or blank node", bad.Stderr, StringComparison.Ordinal);
        var both = CliRun.Invoke("query", "-d", data);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exactly one of --query FILE or -e", both.Stderr, StringComparison.Ordinal);
        var missing = CliRun.Invoke("query", "-d", _scratch.File("nope.ttl"), "-e", "ASK {}");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_that_breaks_a_scoping_rule_exits_2_with_the_place_in_code_points()
    {
        var data = _scratch.File("states.ttl", Sample);
        var query = _scratch.File("bind.rq", "SELECT * {\n  ?s ?p \"\U0001F600\" BIND(1 AS ?p)\n}");
        var r = CliRun.Invoke("query", "-d", data, "--query", query);
        Assert.Equal(2, r.ExitCode);
        // Line 2: two spaces, "?s ?p ", the quoted emoji (three code points), " BIND(1 AS " puts ?p at column 23 (24 in UTF-16 units).
        Assert.Equal($"kgexport: {query}:2:23: BIND: variable ?p is already in scope\n", r.Stderr);
    }
}
