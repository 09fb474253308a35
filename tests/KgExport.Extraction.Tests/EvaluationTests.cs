using KgExport.Extraction.Dates;
using KgExport.Extraction.Evaluation;
using KgExport.Facts;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Tests;

/// <summary>
/// Scoring as ../shared/articles/score.py does: facts match by kind and actors (an establishment's parties in either
/// order), dates are scored on matched facts, withdrawals are their own kind, and a kind counts only where the
/// reference has its key.
/// </summary>
public sealed class EvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kgexport-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ReferenceFacts Read(string json)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return GoldReader.ReadFile(path, GazetteerTable.Default);
    }

    private static ScoredFact Fact(ScoredKind kind, string first, string second, PartialDate? date, string subkind = "") => new(kind, first, second, subkind, date);

    [Fact]
    public void The_annotation_shape_gives_establishments_with_their_parties_resolved()
    {
        var reference = Read("""
            { "recognitions": [], "severances": [],
              "establishments": [{ "between": ["Honduras (Q783)", "China (Q148)"], "date": "2023-03-26" },
                                 { "between": ["Kingdom of Bhutan", "Germany"], "date": "" }],
              "annexations": [] }
            """);
        Assert.Equal(
            [Fact(ScoredKind.Establishment, "honduras", "china", new PartialDate(2023, 3, 26)), Fact(ScoredKind.Establishment, "bhutan", "germany", null)],
            reference.Facts);
        Assert.Equal(Enum.GetValues<ScoredKind>().ToHashSet(), reference.Kinds.ToHashSet());
        Assert.Equal("china and honduras establish relations on 2023-03-26", reference.Facts[0].ToString());
    }

    [Fact]
    public void Establishments_need_two_parties()
    {
        var e = Assert.Throws<EvaluationException>(() => Read("""{ "establishments": [{ "between": ["Honduras (Q783)"], "date": "" }] }"""));
        Assert.Contains("$.establishments[0].between: expected two participants, found 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_whose_key_the_reference_lacks_is_not_scored()
    {
        var reference = Read("""{ "recognitions": [], "severances": [] }""");
        Assert.Equal([ScoredKind.Recognition, ScoredKind.Withdrawal, ScoredKind.Severance], reference.Kinds.Order());
        var score = ArticleScore.Score("a", "a.json", reference, [Fact(ScoredKind.Establishment, "bhutan", "germany", null)]);
        Assert.DoesNotContain(ScoredKind.Establishment, score.Kinds.Keys);
        Assert.All(score.Kinds.Values, k => Assert.True(k.IsEmpty));
    }

    [Fact]
    public void Establishments_match_in_either_order()
    {
        var reference = Read("""{ "establishments": [{ "between": ["Honduras (Q783)", "China (Q148)"], "date": "2023-03-26" }] }""");
        var score = ArticleScore.Score("a", "a.json", reference, [Fact(ScoredKind.Establishment, "china", "honduras", new PartialDate(2023, 3, 26))]);
        var k = score.Kinds[ScoredKind.Establishment];
        Assert.Equal((1, 0, 0, 1), (k.TruePositives, k.FalsePositives, k.FalseNegatives, k.DatesExact));
    }

    [Fact]
    public void A_severance_does_not_match_in_the_other_direction()
    {
        var reference = Read("""{ "severances": [{ "by": "Ukraine (Q212)", "with": "Syria (Q858)", "date": "2022-06-30" }] }""");
        var k = ArticleScore.Score("a", "a.json", reference, [Fact(ScoredKind.Severance, "syria", "ukraine", new PartialDate(2022, 6, 30))]).Kinds[ScoredKind.Severance];
        Assert.Equal((0, 1, 1), (k.TruePositives, k.FalsePositives, k.FalseNegatives));
    }

    [Fact]
    public void A_wrong_date_is_a_match_with_a_wrong_date_and_an_undated_reference_is_not_compared()
    {
        var reference = Read("""
            { "recognitions": [{ "recogniser": "Malta (Q233)", "recognised": "Kosovo (Q1246)", "date": "2008", "kind": "state" },
                               { "recogniser": "Chad (Q657)", "recognised": "Kosovo (Q1246)", "date": "", "kind": "state" }] }
            """);
        var extracted = new[]
        {
            Fact(ScoredKind.Recognition, "malta", "kosovo", new PartialDate(2008, 8, 21), "state"),
            Fact(ScoredKind.Recognition, "chad", "kosovo", new PartialDate(2012), "government"),
        };
        var k = ArticleScore.Score("a", "a.json", reference, extracted).Kinds[ScoredKind.Recognition];
        Assert.Equal((2, 0, 0), (k.TruePositives, k.FalsePositives, k.FalseNegatives));
        Assert.Equal((0, 1), (k.DatesExact, k.DatesCompared));
        var (gold, got) = Assert.Single(k.WrongDates);
        Assert.Equal("malta", gold.First);
        Assert.Equal(new PartialDate(2008, 8, 21), got.Date);
    }

    [Fact]
    public void Two_acts_between_the_same_actors_pair_up_by_date()
    {
        var reference = Read("""
            { "severances": [{ "by": "Georgia", "with": "Russia", "date": "2008-08-29" },
                             { "by": "Georgia", "with": "Russia", "date": "1990" }] }
            """);
        var extracted = new[]
        {
            Fact(ScoredKind.Severance, "georgia", "russia", new PartialDate(1990)),
            Fact(ScoredKind.Severance, "georgia", "russia", new PartialDate(2008, 8, 29)),
        };
        var k = ArticleScore.Score("a", "a.json", reference, extracted).Kinds[ScoredKind.Severance];
        Assert.Equal((2, 2, 2), (k.TruePositives, k.DatesExact, k.DatesCompared));
    }

    [Fact]
    public void Withdrawals_are_their_own_kind()
    {
        var reference = Read("""
            { "recognitions": [{ "recogniser": "Suriname", "recognised": "Kosovo (Q1246)", "date": "2019", "kind": "withdrawal" }] }
            """);
        var g = Assert.Single(reference.Facts);
        Assert.Equal(ScoredKind.Withdrawal, g.Kind);
        Assert.Equal("suriname withdraws recognition of kosovo on 2019", g.ToString());
        var score = ArticleScore.Score("a", "a.json", reference, [Fact(ScoredKind.Recognition, "suriname", "kosovo", new PartialDate(2019), "state")]);
        Assert.Equal(1, score.Kinds[ScoredKind.Withdrawal].FalseNegatives);
        Assert.Equal(1, score.Kinds[ScoredKind.Recognition].FalsePositives);
    }

    [Fact]
    public void Facts_files_give_establishments_too_and_cover_the_kinds_they_have_keys_for()
    {
        var facts = new ArticleFacts
        {
            Article = new Article("a", "h", null, null, null, "en"),
            Entities = [new Entity("de", "Germany", EntityType.State, "Q183", []), new Entity("bt", "Bhutan", EntityType.State, null, [])],
            Establishments = [new Establishment(["de", "bt"], FactDate.OfDay(2020, 11, 25)) { Id = "e1" }],
        };
        Assert.Equal([Fact(ScoredKind.Establishment, "germany", "bhutan", new PartialDate(2020, 11, 25))], GoldReader.FromFacts(facts, GazetteerTable.Default));

        var reference = Read(FactsWriter.Write(facts));
        Assert.Equal([Fact(ScoredKind.Establishment, "germany", "bhutan", new PartialDate(2020, 11, 25))], reference.Facts);
        Assert.Contains(ScoredKind.Establishment, reference.Kinds);
    }
}
