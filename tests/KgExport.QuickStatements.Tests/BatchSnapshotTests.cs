using KgExport.Publishing.QuickStatements;

namespace KgExport.QuickStatements.Tests;

public class BatchSnapshotTests
{
    private static string Report(Batch batch) => string.Concat(batch.Unresolved.Select(u => u + "\n"));

    [Fact]
    public void Seed_with_the_test_wikibase_map_as_v1()
    {
        var batch = Seed.Build(Seed.TestWikibase);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        Snapshot.Matches("seed.test-wikibase.v1.tsv", v1);
        Snapshot.Matches("seed.test-wikibase.unresolved.txt", Report(batch));
    }

    [Fact]
    public void Seed_with_the_test_wikibase_map_as_csv()
    {
        var csv = QuickStatementsCsvWriter.Write(Seed.Build(Seed.TestWikibase));
        Snapshot.Matches("seed.test-wikibase.csv", csv);
    }

    [Fact]
    public void Seed_with_create_missing_as_v1()
    {
        var batch = Seed.Build(Seed.TestWikibase, createMissing: true);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        Snapshot.Matches("seed.test-wikibase.create-missing.v1.tsv", v1);
    }

    [Fact]
    public void Seed_with_the_default_wikidata_map_creates_no_event_without_a_verified_class_item()
    {
        var batch = Seed.Build(Seed.DefaultMap);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        Assert.DoesNotContain("CREATE", v1, StringComparison.Ordinal);
        Assert.Contains(batch.Unresolved, u => u.Contains("rec-prk-dpr: not created: the map has no item for class \"recognition\"", StringComparison.Ordinal));
        Snapshot.Matches("seed.wikidata.unresolved.txt", Report(batch));
    }
}
