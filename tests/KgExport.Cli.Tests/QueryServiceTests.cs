
namespace KgExport.Cli.Tests;

/// <summary>
/// <c>kgexport query --allow-service</c>: the seed export joined with a second <c>kgexport serve</c> on loopback that
/// plays a Wikidata mirror (never the internet).
/// </summary>
public sealed class QueryServiceTests : IDisposable
{
    private const string Mirror = """
        @prefix wd: <http://www.wikidata.org/entity/> .
        @prefix wdt: <http://www.wikidata.org/prop/direct/> .
        wd:Q159 wdt:P36 wd:Q649 .
        wd:Q649 <http://www.w3.org/2000/01/rdf-schema#label> "Moscow"@en .
        wd:Q1 wdt:P36 wd:Q2 .
        """;

    private const string Query = """
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX wdt: <http://www.wikidata.org/prop/direct/>
        SELECT ?name ?capitalName WHERE {
          ?e owl:sameAs ?wd ; rdfs:label ?name .
          SERVICE <ENDPOINT> { ?wd wdt:P36 ?capital . ?capital rdfs:label ?capitalName }
        }
        """;

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Joins_the_seed_export_with_a_second_local_serve()
    {
        await using var serve = await LocalServe.StartAsync(_scratch.File("mirror.ttl", Mirror));
        var endpoint = serve.BaseUrl + "/sparql";
        var query = Query.Replace("ENDPOINT", endpoint, StringComparison.Ordinal);

        var joined = CliRun.Invoke("query", "--data", TestPaths.InRepository("seeds"), "--allow-service", endpoint, "-e", query, "-r", "csv");
        Assert.True(joined.ExitCode == 0, joined.ToString());
        // Of the mirror's two capitals, only Russia's meets an entity of the export.
        Assert.Equal("name,capitalName\r\nRussia,Moscow\r\n", joined.Stdout);

        var refused = CliRun.Invoke("query", "--data", TestPaths.InRepository("seeds"), "-e", query);
        Assert.Equal(ExitCodes.UsageError, refused.ExitCode);
        Assert.Contains($"query: SERVICE <{endpoint}>: federated queries are off (allow endpoints with --allow-service URL)", refused.Stderr);

        var other = CliRun.Invoke("query", "--data", TestPaths.InRepository("seeds"), "--allow-service", endpoint + "2", "-e", query);
        Assert.Equal(ExitCodes.UsageError, other.ExitCode);
        Assert.Contains("the endpoint is not on the allow-list (--allow-service)", other.Stderr);
    }

    [Fact]
    public void An_allow_list_entry_that_is_no_http_url_is_a_usage_error()
    {
        var data = _scratch.File("d.ttl", "<http://a/> <http://b/> <http://c/> .");
        var r = CliRun.Invoke("query", "--data", data, "--allow-service", "file:///etc/passwd", "-e", "ASK {}");
        Assert.Equal(ExitCodes.UsageError, r.ExitCode);
        Assert.Contains("--allow-service: 'file:///etc/passwd' is not an absolute http or https URL without credentials", r.Stderr);
    }
}
