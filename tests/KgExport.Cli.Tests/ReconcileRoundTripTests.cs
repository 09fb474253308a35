
namespace KgExport.Cli.Tests;

/// <summary>
/// <c>kgexport wikidata --reconcile URL</c> against a second <c>kgexport serve</c> on loopback: a reviewed export's
/// <c>owl:sameAs</c> links, served at <c>/reconcile/wikidata</c>, give the seed's entities the items its facts lack.
/// Q130879 is Reuters as the issue and the other batch tests use it; Q90200 (Crimea) and Q90301/Q90302 (two items
/// named Donbas) are made up, as in the QuickStatements reconciliation tests. The seed is a copy without its Reuters
/// and Crimea QIDs (Q130879, Q7835), so that the service has something to link.
/// </summary>
public sealed class ReconcileRoundTripTests : IDisposable
{
    private const string ReviewedExport = """
        @prefix kg: <https://w3id.org/kgexport/ontology#> .
        @prefix entity: <https://w3id.org/kgexport/id/entity/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix wd: <http://www.wikidata.org/entity/> .
        entity:Q130879 a kg:NewsAgency ; rdfs:label "Reuters"@en ; owl:sameAs wd:Q130879 .
        entity:Q90200 a kg:Region ; rdfs:label "Crimea"@en ; owl:sameAs wd:Q90200 .
        entity:Q90301 a kg:Region ; rdfs:label "Donbas"@en ; owl:sameAs wd:Q90301 .
        entity:Q90302 a kg:Region ; rdfs:label "Donbass"@en , "Donbas"@en ; owl:sameAs wd:Q90302 .
        entity:person.olga-x a kg:Person ; rdfs:label "Olga"@en .
        """;

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    /// <summary>A copy of seeds/ whose Reuters and Crimea have no QID.</summary>
    private string UnlinkedSeed()
    {
        const string id = "000_ee2775bcac5f55b5";
        var dir = Path.Combine(_scratch.Path, "seeds");
        Directory.CreateDirectory(dir);
        File.Copy(TestPaths.InRepository("seeds", id + ".txt"), Path.Combine(dir, id + ".txt"));
        var facts = File.ReadAllText(TestPaths.InRepository("seeds", id + ".facts.json"));
        var unlinked = facts
            .Replace("\"wikidata\": \"Q130879\"", "\"wikidata\": null", StringComparison.Ordinal)
            .Replace("\"wikidata\": \"Q7835\"", "\"wikidata\": null", StringComparison.Ordinal);
        Assert.Equal(CountNulls(facts) + 2, CountNulls(unlinked));
        File.WriteAllText(Path.Combine(dir, id + ".facts.json"), unlinked);
        return dir;
    }

    private static int CountNulls(string json) => json.Split("\"wikidata\": null").Length - 1;

    [Fact]
    public async Task The_wikidata_client_links_what_a_served_export_matches_and_only_that()
    {
        await using var serve = await LocalServe.StartAsync(_scratch.File("reviewed.ttl", ReviewedExport));
        var endpoint = serve.BaseUrl + "/reconcile/wikidata";
        var map = TestPaths.InRepository("ontology", "wikibase-map.json");
        var seeds = UnlinkedSeed();

        var before = CliRun.Invoke("wikidata", seeds, "--map", map);
        Assert.DoesNotContain("S248\tQ130879", before.Stdout + before.Output);

        var linked = CliRun.Invoke("wikidata", seeds, "--map", map, "--reconcile", endpoint);
        Assert.True(linked.ExitCode == 0, linked.ToString());
        Assert.Contains($"entity \"Reuters\" is Q130879 ({endpoint})", linked.Stderr);
        Assert.Contains($"entity \"Crimea\" is Q90200 ({endpoint})", linked.Stderr);
        // Two items of the same name: candidates, neither a match, so Donbas stays unlinked.
        Assert.DoesNotContain("entity \"Donbas\" is", linked.Stderr);
        // The served Olga has no Wikidata item: no candidate from this service.
        Assert.DoesNotContain("entity \"Olga\" is", linked.Stderr);
        // The publisher's item now cites the article's statements.
        Assert.Contains("S248\tQ130879", linked.Stdout + linked.Output);
    }
}
