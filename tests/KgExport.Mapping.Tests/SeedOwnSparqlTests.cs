using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;

namespace KgExport.Mapping.Tests;

/// <summary>The meaning queries of <see cref="SeedMeaningTests"/>, answered by our own SPARQL engine: same answers as Jena.</summary>
public sealed class SeedOwnSparqlTests
{
    private static readonly Dataset Merged = new(ExportWriter.QuadsFor(Seed.Export(), RdfFormat.NTriples));

    private static bool Ask(string query) =>
        QueryExecutor.Execute(SparqlQuery.Parse(SeedMeaningTests.Prefixes + query), Merged).Boolean;

    [Fact]
    public void Key_facts_are_present()
    {
        var failed = SeedMeaningTests.Present.Select(row => ((string)row[0], (string)row[1])).Where(x => !Ask(x.Item2)).Select(x => x.Item1).ToList();
        Assert.True(failed.Count == 0, "missing: " + string.Join("; ", failed));
    }

    [Fact]
    public void Wrong_things_are_absent()
    {
        var found = SeedMeaningTests.Absent.Select(row => ((string)row[0], (string)row[1])).Where(x => Ask(x.Item2)).Select(x => x.Item1).ToList();
        Assert.True(found.Count == 0, "unexpectedly present: " + string.Join("; ", found));
    }
}
