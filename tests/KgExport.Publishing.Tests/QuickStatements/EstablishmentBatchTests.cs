using KgExport.Facts;
using KgExport.Publishing.QuickStatements;

namespace KgExport.Publishing.Tests.QuickStatements;

/// <summary>
/// An establishment of relations on the states' own items: P530 diplomatic relation with a P580 start time on both,
/// the mirror of a severance's P582, with the references every statement gets; each pair's relation starts once.
/// </summary>
public class EstablishmentBatchTests
{
    private const string Sentence = "Bhutan and Germany established diplomatic relations on 25 November 2020.";

    private static ArticleFacts Article(string id, params Fact[] facts) => new()
    {
        Article = new Article(id, "Bhutan and Germany open ties", FactDate.Parse("2020-11-26"), "reuters", null, "en", "https://example.org/" + id),
        Entities =
        [
            new Entity("bhutan", "Bhutan", EntityType.State, "Q917", []),
            new Entity("germany", "Germany", EntityType.State, "Q183", []),
            new Entity("atlantis", "Atlantis", EntityType.State, null, []),
            new Entity("reuters", "Reuters", EntityType.NewsAgency, "Q130879", []),
        ],
        Establishments = [.. facts.OfType<Establishment>()],
        Severances = [.. facts.OfType<Severance>()],
    };

    private static Establishment Establishment(string id, string a, string b, string? date, bool restoration = false) =>
        new([a, b], date is null ? null : FactDate.Parse(date), restoration) { Id = id, Evidence = [new Evidence(30, 30 + Sentence.Length, Sentence)] };

    private static Severance Severance(string id, string by, string with, string date, bool downgrade = false) =>
        new(by, with, FactDate.Parse(date), [], downgrade) { Id = id, Evidence = [new Evidence(30, 30 + Sentence.Length, Sentence)] };

    private static Batch Build(WikibaseMap map, params ArticleFacts[] articles) => BatchBuilder.Build(articles, map, new BatchOptions(Seed.Retrieved));

    private static List<string> RelationLines(string v1) => [.. v1.Split('\n').Where(l => l.Contains("\tP530\t", StringComparison.Ordinal))];

    [Fact]
    public void Both_states_get_the_relation_with_its_start_time_and_the_full_reference()
    {
        var batch = Build(Seed.DefaultMap, Article("est-1", Establishment("est-bt-de", "bhutan", "germany", "2020-11-25")));
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        const string reference = $"\tS248\tQ130879\tS854\t\"https://example.org/est-1\"\tS577\t+2020-11-26T00:00:00Z/11\tS1476\ten:\"Bhutan and Germany open ties\"\tS813\t+2024-01-15T00:00:00Z/11\tS1683\ten:\"{Sentence}\" /* kgexport: article est-1 */";
        Assert.Equal(
            [
                "Q183\tP530\tQ917\tP580\t+2020-11-25T00:00:00Z/11" + reference,
                "Q917\tP530\tQ183\tP580\t+2020-11-25T00:00:00Z/11" + reference,
            ],
            RelationLines(v1));
        Assert.DoesNotContain(batch.Unresolved, u => u.Contains("est-bt-de", StringComparison.Ordinal));
        Assert.DoesNotContain("CREATE", v1, StringComparison.Ordinal); // no event item: the relation statement records it
        Assert.Empty(CsvSyntaxChecker.Check(QuickStatementsCsvWriter.Write(batch)));
    }

    [Fact]
    public void A_severance_ends_the_relation_with_its_end_cause_where_the_map_has_an_item_for_it()
    {
        var articles = Article("sev-1", Severance("sev-de-bt", "germany", "bhutan", "2030-01"));
        var withCause = QuickStatementsV1Writer.Write(Build(Seed.TestWikibase, articles));
        Assert.Empty(V1SyntaxChecker.Check(withCause));
        Assert.Contains("Q183\tP530\tQ917\tP582\t+2030-01-00T00:00:00Z/10\tP1534\tQ90002\tS248\tQ130879\t", withCause, StringComparison.Ordinal);
        Assert.Contains("Q917\tP530\tQ183\tP582\t+2030-01-00T00:00:00Z/10\tP1534\tQ90002\tS248\tQ130879\t", withCause, StringComparison.Ordinal);

        // Wikidata's map has no verified item for a severance: the end time alone, and the report says why.
        var batch = Build(Seed.DefaultMap, articles);
        var plain = QuickStatementsV1Writer.Write(batch);
        Assert.Contains("Q183\tP530\tQ917\tP582\t+2030-01-00T00:00:00Z/10\tS248\t", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("P1534", plain, StringComparison.Ordinal);
        Assert.Contains("sev-1: sev-de-bt: the relation Q183-Q917 ends without an end cause: the map has no item for class \"severance\"", batch.Unresolved);
    }

    [Fact]
    public void A_downgrade_is_not_an_end_of_the_relation()
    {
        var batch = Build(Seed.TestWikibase, Article("dg-1",
            Establishment("est-bt-de", "bhutan", "germany", "2020-11-25"), Severance("dg-de-bt", "germany", "bhutan", "2030-01", downgrade: true)));
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        Assert.Empty(CsvSyntaxChecker.Check(QuickStatementsCsvWriter.Write(batch)));
        Assert.DoesNotContain("P582", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("P1534", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("severance of diplomatic relations", v1, StringComparison.Ordinal);
        Assert.Contains("Q183\tP530\tQ917\tP580\t+2020-11-25T00:00:00Z/11\t", v1, StringComparison.Ordinal); // the start stays
        Assert.Contains("dg-1: dg-de-bt: a downgrade of relations is not written: the relation does not end (no end time, no severance item)", batch.Unresolved);

        // The same fact without the downgrade flag ends it (the test is not passing for want of a severance line).
        var ended = QuickStatementsV1Writer.Write(Build(Seed.TestWikibase, Article("dg-1", Severance("dg-de-bt", "germany", "bhutan", "2030-01"))));
        Assert.Contains("Q183\tP530\tQ917\tP582\t", ended, StringComparison.Ordinal);
    }

    [Fact]
    public void A_severance_gets_the_same_reference_with_its_end_time()
    {
        var v1 = QuickStatementsV1Writer.Write(Build(Seed.DefaultMap, Article("est-1",
            Establishment("est-bt-de", "bhutan", "germany", "2020-11-25"), Severance("sev-de-bt", "germany", "bhutan", "2030-01"))));
        var lines = RelationLines(v1);
        string Reference(string line) => line[line.IndexOf("\tS248", StringComparison.Ordinal)..];
        Assert.Equal(4, lines.Count);
        Assert.Single(lines.Select(Reference).Distinct());
        Assert.Contains("Q183\tP530\tQ917\tP582\t+2030-01-00T00:00:00Z/10\tS248", v1, StringComparison.Ordinal);
        Assert.Contains("Q917\tP530\tQ183\tP580\t+2020-11-25T00:00:00Z/11\tS248", v1, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_pair_starts_once_whichever_order_the_parties_are_given_in()
    {
        var batch = Build(Seed.DefaultMap,
            Article("est-1", Establishment("est-bt-de", "bhutan", "germany", "2020-11-25"), Establishment("est-de-bt", "germany", "bhutan", "2020-11-25")),
            Article("est-2", Establishment("est-x", "germany", "bhutan", "2020-11-25")));
        var onItems = batch.Edits.Where(e => e.Item is not null).ToList();
        Assert.Equal(["Q183", "Q917"], onItems.Select(e => e.Item));
        foreach (var item in onItems)
        {
            // One claim per item; the second article adds its own reference to it.
            Assert.Single(item.Statements.Select(s => s.Key).Distinct());
            Assert.Equal(2, item.Statements.Count);
        }
    }

    [Fact]
    public void A_later_establishment_of_the_same_pair_is_reported_not_written()
    {
        var batch = Build(Seed.DefaultMap,
            Article("est-1", Establishment("est-late", "germany", "bhutan", "2021"), Establishment("est-bt-de", "bhutan", "germany", "2020-11-25")));
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Equal(2, RelationLines(v1).Count);
        Assert.DoesNotContain("+2021-", v1, StringComparison.Ordinal);
        Assert.Contains("est-1: est-late: no start time 2021 for the relation Q183-Q917: it started at 2020-11-25 (est-1: est-bt-de)", batch.Unresolved);
    }

    [Fact]
    public void A_restoration_or_an_establishment_after_the_pairs_severance_is_reported_not_written()
    {
        var restored = Build(Seed.DefaultMap, Article("est-1", Establishment("est-bt-de", "bhutan", "germany", "2020-11-25", restoration: true)));
        Assert.Empty(RelationLines(QuickStatementsV1Writer.Write(restored)));
        Assert.Contains(restored.Unresolved, u => u.StartsWith("est-1: est-bt-de: no diplomatic-relation statements on the states' items: a restored relation needs a statement of its own", StringComparison.Ordinal));

        var afterBreak = Build(Seed.DefaultMap, Article("est-1",
            Severance("sev-de-bt", "germany", "bhutan", "2010"), Establishment("est-bt-de", "bhutan", "germany", "2020-11-25")));
        var lines = RelationLines(QuickStatementsV1Writer.Write(afterBreak));
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Contains("\tP582\t+2010-00-00T00:00:00Z/9\t", l, StringComparison.Ordinal));
        Assert.Contains(afterBreak.Unresolved, u => u.StartsWith("est-1: est-bt-de: no start time 2020-11-25 for the relation Q183-Q917: it ended before, at 2010 (est-1: sev-de-bt)", StringComparison.Ordinal));
    }

    [Fact]
    public void What_cannot_be_written_without_a_guess_is_reported()
    {
        var noStartTime = WikibaseMap.Parse(File.ReadAllText(Seed.DefaultMapPath).Replace("\"startTime\": \"P580\"", "\"startTime\": null", StringComparison.Ordinal), "no-start-time.json");
        var batch = Build(noStartTime, Article("est-1", Establishment("est-bt-de", "bhutan", "germany", "2020-11-25")));
        Assert.Empty(RelationLines(QuickStatementsV1Writer.Write(batch)));
        Assert.Contains("est-1: est-bt-de: no diplomatic-relation statements on the states' items: the map has no property for \"startTime\"", batch.Unresolved);

        batch = Build(Seed.DefaultMap, Article("est-1", Establishment("est-at-de", "atlantis", "germany", "2020"), Establishment("est-bt-de", "bhutan", "germany", null)));
        Assert.Empty(RelationLines(QuickStatementsV1Writer.Write(batch)));
        Assert.Contains("est-1: est-at-de: no diplomatic-relation statements on the states' items: \"Atlantis\" has no QID", batch.Unresolved);
        Assert.Contains("est-1: est-bt-de: no diplomatic-relation statements on the states' items: no date in the facts, so no start time", batch.Unresolved);
    }
}
