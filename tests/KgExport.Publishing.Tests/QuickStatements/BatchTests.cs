using KgExport.Facts;
using KgExport.Publishing.QuickStatements;

namespace KgExport.Publishing.Tests.QuickStatements;

public class BatchTests
{
    private static string V1(Batch batch) => QuickStatementsV1Writer.Write(batch);

    [Fact]
    public void Every_statement_has_a_retrieved_date_and_every_event_point_in_time_has_its_precision()
    {
        var lines = V1(Seed.Build(Seed.TestWikibase)).Split('\n').Where(l => l.Contains("\tP", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("\tS813\t+2024-01-15T00:00:00Z/11", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("LAST\tP585\t+2022-07-13T00:00:00Z/11\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("LAST\tP585\t+2022-07-00T00:00:00Z/10\t", StringComparison.Ordinal)); // the severance: "2022-07"
    }

    [Fact]
    public void Participants_carry_their_role_and_the_recogniser_its_ordinal()
    {
        var v1 = V1(Seed.Build(Seed.TestWikibase));
        Assert.Contains("LAST\tP710\tQ423\tP2868\tQ90011\tP1545\t\"3\"\tS248\tQ130879\t", v1, StringComparison.Ordinal);
        Assert.Contains("LAST\tP710\tQ16150196\tP2868\tQ90012\tS248\tQ130879\t", v1, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2014, null, null, "+2014-00-00T00:00:00Z/9")]
    [InlineData(2022, 7, null, "+2022-07-00T00:00:00Z/10")]
    [InlineData(2022, 7, 13, "+2022-07-13T00:00:00Z/11")]
    public void Times_keep_the_precision_of_the_fact(int year, int? month, int? day, string expected)
    {
        var date = day is { } d ? FactDate.OfDay(year, month!.Value, d) : month is { } m ? FactDate.OfMonth(year, m) : FactDate.OfYear(year);
        Assert.Equal(expected, QuickStatementsValues.Time(date));
        Assert.Null(V1SyntaxChecker.ValueError(expected));
    }

    [Fact]
    public void The_same_article_twice_gives_no_duplicate_edits()
    {
        var once = Seed.Build(Seed.TestWikibase, createMissing: true);
        var twice = Seed.Build(Seed.TestWikibase, true, Seed.Facts);
        Assert.Equal(V1(once), V1(twice));
        Assert.Equal(once.SourceArticles, twice.SourceArticles);
        Assert.Equal(once.Edits.Count, once.Edits.Select(e => e.Key).Distinct().Count());
        var statementLines = once.Edits.Where(e => e.Item is not null).SelectMany(e => e.Statements.Select(s => e.Item + s.LineKey)).ToList();
        Assert.NotEmpty(statementLines);
        Assert.Equal(statementLines.Count, statementLines.Distinct().Count());
    }

    [Fact]
    public void Entities_without_a_qid_are_reported_not_invented_unless_create_missing()
    {
        var plain = Seed.Build(Seed.TestWikibase);
        Assert.DoesNotContain(plain.Edits, e => e.Labels.Any(l => l.Text == "Choe Son Hui"));
        Assert.Contains(plain.Unresolved, u => u.Contains("participant \"Choe Son Hui\" (choe-son-hui) has no QID; left out", StringComparison.Ordinal));

        var created = Seed.Build(Seed.TestWikibase, createMissing: true);
        var choe = Assert.Single(created.Edits, e => e.Labels.Any(l => l.Text == "Choe Son Hui"));
        Assert.Null(choe.Item);
        Assert.Equal("Q5", Assert.Single(choe.Statements).Value);
        var v1 = V1(created);
        const string summary = " /* kgexport: article 000_ee2775bcac5f55b5 */\n";
        Assert.Contains("CREATE" + summary + "LAST\tLen\t\"Choe Son Hui\"" + summary + "LAST\tP31\tQ5\t", v1, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(V1(Seed.Build(Seed.TestWikibase, true)), V1(Seed.Build(Seed.TestWikibase, true)));
    }

    [Theory]
    [InlineData("Q1\tP31\tQ5", true)]
    [InlineData("CREATE", true)]
    [InlineData("CREATE /* kgexport: article a */", true)]
    [InlineData("Q1\tP31\tQ5 /* edit summary */", true)]
    [InlineData("/* a comment */", false)] // a comment-only line is not a command; QuickStatements 3 fails on it
    [InlineData("Q1\tP31\tQ5 /* open", false)]
    [InlineData("Q1\tP31\tQ5 /* a /* b */", false)]
    [InlineData("Q1\tP1476\t\"ends in a backslash\\\"", false)]
    [InlineData("Q1\tP1476\tes-419:\"digits in the language\"", false)]
    [InlineData("Q1\tLen\t\"label\"", true)]
    [InlineData("Q1\tP1683\ten:\"quoted\"\tS813\t+2024-01-15T00:00:00Z/11", true)]
    [InlineData("Q1\tP1082\t+1234.5U11573", true)]
    [InlineData("LAST\tP31\tQ5", false)] // LAST without CREATE
    [InlineData("CREATE\nLAST\tLen\t\"event\"\nQ1\tP793\tLAST", true)] // LAST as a value: the item just created
    [InlineData("Q1\tP793\tLAST", false)]
    [InlineData("X1\tP31\tQ5", false)]
    [InlineData("Q1\tP31", false)]
    [InlineData("Q1\tP31\tQ5\tP2868", false)]
    [InlineData("Q1\tP31\tQ5\tS813\t+2024-01-15T00:00:00Z/11\tP2868\tQ1", false)] // qualifier after a source
    [InlineData("Q1\tLen\tlabel", false)]
    [InlineData("Q1\tP585\t+2022-07-13T00:00:00Z/10", false)] // a day at month precision
    [InlineData("Q1\tP585\t+2022-02-30T00:00:00Z/11", false)]
    [InlineData("Q1\tP585\t+2022-07-13T00:00:00Z/12", false)]
    [InlineData("Q1\tP1476\t\"unterminated", false)]
    [InlineData("Q1\tX31\tQ5", false)]
    public void The_checker_accepts_v1_and_rejects_malformed_lines(string line, bool valid)
    {
        Assert.Equal(valid, V1SyntaxChecker.Check(line + "\n").Count == 0);
    }
}
