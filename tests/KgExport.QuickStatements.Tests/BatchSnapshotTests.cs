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

public class CsvDialectTests
{
    /// <summary>RFC 4180 fields of one line (the writer never puts line breaks inside fields).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    [Fact]
    public void Every_row_fits_the_header_and_every_cell_is_valid_for_its_column()
    {
        var lines = QuickStatementsCsvWriter.Write(Seed.Build(Seed.TestWikibase, createMissing: true)).TrimEnd('\n').Split('\n');
        var header = Fields(lines[0]);
        Assert.Equal("qid", header[0]);
        for (var c = 1; c < header.Count; c++)
        {
            Assert.Matches("^(L|D|A)[a-z]{2,3}$|^P[1-9][0-9]*$|^qal[1-9][0-9]*$|^S[1-9][0-9]*$", header[c]);
            if (header[c].StartsWith("qal", StringComparison.Ordinal) || header[c].StartsWith('S'))
            {
                Assert.Contains(header.Take(c), h => h.StartsWith('P')); // qualifiers and sources follow a statement column
            }
        }
        Assert.True(lines.Length > 1);
        foreach (var row in lines.Skip(1).Select(Fields))
        {
            Assert.Equal(header.Count, row.Count);
            for (var c = 1; c < row.Count; c++)
            {
                if (row[c].Length == 0 || header[c][0] is 'L' or 'D' or 'A') continue;
                Assert.Null(V1SyntaxChecker.ValueError(row[c]));
            }
            // A row never has a qualifier or source without its statement value in the row.
            var lastStatementFilled = false;
            for (var c = 1; c < row.Count; c++)
            {
                if (header[c].StartsWith('P')) lastStatementFilled = row[c].Length > 0;
                else if (row[c].Length > 0 && (header[c].StartsWith("qal", StringComparison.Ordinal) || header[c].StartsWith('S'))) Assert.True(lastStatementFilled, $"column {c} ({header[c]}) without its statement");
            }
        }
    }
}
