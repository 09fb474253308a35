using KgExport.Publishing.QuickStatements;

namespace KgExport.Publishing.Tests.QuickStatements;

public class BatchSnapshotTests
{
    private static string Report(Batch batch) => string.Concat(batch.Unresolved.Select(u => u + "\n"));

    [Fact]
    public void Seed_with_the_test_wikibase_map_as_v1()
    {
        var batch = Seed.Build(Seed.TestWikibase);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        Approve.QuickStatements(v1, name: "Snapshots/seed.test-wikibase.v1.tsv");
        Approve.Text(Report(batch), name: "Snapshots/seed.test-wikibase.unresolved.txt");
    }

    [Fact]
    public void Seed_with_the_test_wikibase_map_as_csv()
    {
        var csv = QuickStatementsCsvWriter.Write(Seed.Build(Seed.TestWikibase));
        Assert.Empty(CsvSyntaxChecker.Check(csv));
        Approve.QuickStatements(csv, name: "Snapshots/seed.test-wikibase.csv");
    }

    [Fact]
    public void Seed_with_create_missing_as_v1()
    {
        var batch = Seed.Build(Seed.TestWikibase, createMissing: true);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        Approve.QuickStatements(v1, name: "Snapshots/seed.test-wikibase.create-missing.v1.tsv");
    }

    [Fact]
    public void Seed_with_the_default_wikidata_map_writes_only_what_its_verified_ids_allow()
    {
        var batch = Seed.Build(Seed.DefaultMap);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        // No verified item for 'diplomatic recognition' or 'severance': those events are reported, not created.
        Assert.Contains(batch.Unresolved, u => u.Contains("rec-prk-dpr: not created: the map has no item for class \"recognition\"", StringComparison.Ordinal));
        Assert.Contains(batch.Unresolved, u => u.Contains("sev-ukr-prk: not created: the map has no item for class \"severance\"", StringComparison.Ordinal));
        Assert.DoesNotContain(batch.Edits, e => e.Item is null && e.Statements.Any(s => s.Property == "P31" && s.Value != "Q194465"));
        // The severance still ends the relation on both states' own items (P530 diplomatic relation, P582 end time).
        Assert.Contains("Q212\tP530\tQ423\tP582\t+2022-07-00T00:00:00Z/10\tS248\tQ130879\t", v1, StringComparison.Ordinal);
        Assert.Contains("Q423\tP530\tQ212\tP582\t+2022-07-00T00:00:00Z/10\tS248\tQ130879\t", v1, StringComparison.Ordinal);
        Approve.QuickStatements(v1, name: "Snapshots/seed.wikidata.v1.tsv");
        Approve.Text(Report(batch), name: "Snapshots/seed.wikidata.unresolved.txt");
    }
}

public class CsvDialectTests
{
    [Fact]
    public void Every_row_fits_the_header_and_every_cell_is_valid_for_its_column()
    {
        var csv = QuickStatementsCsvWriter.Write(Seed.Build(Seed.TestWikibase, createMissing: true));
        Assert.Empty(CsvSyntaxChecker.Check(csv));
        Assert.True(csv.Split('\n').Length > 2);
    }

    [Fact]
    public void A_reference_is_one_S_column_then_s_columns_so_the_importer_keeps_it_one_reference()
    {
        var csv = QuickStatementsCsvWriter.Write(Seed.Build(Seed.TestWikibase));
        var header = CsvSyntaxChecker.Fields(csv[..csv.IndexOf('\n', StringComparison.Ordinal)]);
        var first = header.IndexOf("P31");
        Assert.Equal(["P31", "S248", "s577", "s1476", "s813", "s1683"], header.Skip(first).Take(6));
    }

    [Theory]
    [InlineData("qid,P31\nQ1,Q5\n", true)]
    [InlineData("qid,Len,P31,S813,s1683\n,label,Q5,+2024-01-15T00:00:00Z/11,\"en:\"\"quoted\"\"\"\n", true)]
    [InlineData("id,P31\nQ1,Q5\n", false)] // the first column must be qid
    [InlineData("qid,S813,P31\nQ1,+2024-01-15T00:00:00Z/11,Q5\n", false)] // a source column before any statement
    [InlineData("qid,P31,s813\nQ1,Q5,+2024-01-15T00:00:00Z/11\n", false)] // s adds to a reference nothing started
    [InlineData("qid,P31,qal585\nQ1,,+2024-01-15T00:00:00Z/11\n", false)] // a qualifier without its statement
    [InlineData("qid,P31\nQ1,Q5,Q6\n", false)] // wider than the header
    [InlineData("qid,P585\nQ1,+2022-07-13T00:00:00Z/10\n", false)] // a day at month precision
    [InlineData("qid,X31\nQ1,Q5\n", false)]
    public void The_csv_checker_accepts_the_dialect_and_rejects_malformed_batches(string csv, bool valid)
    {
        Assert.Equal(valid, CsvSyntaxChecker.Check(csv).Count == 0);
    }
}
