using System.Text.Json.Nodes;

namespace KgExport.Facts.Tests;

/// <summary>
/// A recognition's kind has two axes, what is recognised (a state or a government) and whether it is granted or
/// withdrawn; governments are entities a recognition can name; an ordinal carries the group the source counts in.
/// </summary>
public sealed class RecognitionKindTests
{
    private static readonly ArticleText Text = Seed.Text();

    private static JsonObject SeedJson() => JsonNode.Parse(File.ReadAllText(Seed.FactsPath))!.AsObject();

    private static JsonObject Recognition(JsonObject root, int i) => root["recognitions"]![i]!.AsObject();

    private static FactsLoadResult Load(JsonNode json) => FactsLoader.Load(json.ToJsonString(), Text);

    private static ArticleFacts Loaded(JsonNode json)
    {
        var result = Load(json);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Facts!;
    }

    /// <summary>The seed with a government of Ukraine that North Korea's first act recognises.</summary>
    private static JsonObject WithGovernment(string kind)
    {
        var root = SeedJson();
        root["entities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "kyiv-government",
            ["name"] = "Government of Ukraine",
            ["type"] = "government",
            ["wikidata"] = null,
            ["aliases"] = new JsonArray(),
            ["governmentOf"] = "ukraine",
        });
        Recognition(root, 0)["recognised"] = "kyiv-government";
        Recognition(root, 0)["kind"] = kind;
        return root;
    }

    [Theory]
    [InlineData("state", RecognitionOf.State, RecognitionPolarity.Grant)]
    [InlineData("government", RecognitionOf.Government, RecognitionPolarity.Grant)]
    [InlineData("withdrawal", RecognitionOf.State, RecognitionPolarity.Withdrawal)]
    [InlineData("state-withdrawal", RecognitionOf.State, RecognitionPolarity.Withdrawal)]
    [InlineData("government-withdrawal", RecognitionOf.Government, RecognitionPolarity.Withdrawal)]
    public void Each_spelling_reads_as_its_two_axes(string name, RecognitionOf of, RecognitionPolarity polarity)
    {
        var root = SeedJson();
        Recognition(root, 0)["kind"] = name;
        var kind = Loaded(root).Recognitions[0].Kind;
        Assert.Equal(of, kind.Of);
        Assert.Equal(polarity, kind.Polarity);
    }

    [Fact]
    public void A_state_withdrawal_is_written_as_withdrawal_so_older_readers_and_the_scorers_read_it()
    {
        var root = SeedJson();
        Recognition(root, 0)["kind"] = "state-withdrawal";
        var written = FactsWriter.Write(Loaded(root));
        Assert.Contains("\"kind\": \"withdrawal\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("state-withdrawal", written, StringComparison.Ordinal);
        Assert.Equal(["state", "government", "withdrawal", "government-withdrawal"], RecognitionKind.All.Select(k => k.Name));
    }

    [Fact]
    public void An_unknown_kind_lists_the_spellings()
    {
        var root = SeedJson();
        Recognition(root, 0)["kind"] = "derecognition";
        var p = Assert.Single(Load(root).Problems);
        Assert.Equal("$.recognitions[0].kind", p.Path);
        Assert.Contains("state, government, withdrawal, government-withdrawal", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("government")]
    [InlineData("government-withdrawal")]
    public void A_government_entity_can_be_recognised_or_withdrawn_from_and_round_trips(string kind)
    {
        var facts = Loaded(WithGovernment(kind));
        var government = facts.FindEntity("kyiv-government")!;
        Assert.Equal(EntityType.Government, government.Type);
        Assert.Equal("ukraine", government.GovernmentOf);
        Assert.Equal(RecognitionOf.Government, facts.Recognitions[0].Kind.Of);
        var written = FactsWriter.Write(facts);
        Assert.Contains("\"governmentOf\": \"ukraine\"", written, StringComparison.Ordinal);
        var again = FactsLoader.Load(written, Text);
        Assert.True(again.Ok, string.Join("\n", again.Problems));
        Assert.Equal(written, FactsWriter.Write(again.Facts!));
    }

    [Theory]
    [InlineData("state", "government")]
    [InlineData("withdrawal", "government-withdrawal")]
    public void A_government_recognised_as_a_state_is_a_problem_naming_the_right_kind(string kind, string right)
    {
        var p = Assert.Single(Load(WithGovernment(kind)).Problems);
        Assert.Equal("$.recognitions[0].kind", p.Path);
        Assert.Contains($"kind \"{right}\"", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_government_names_a_polity_and_only_a_government_does()
    {
        var root = WithGovernment("government");
        var entities = root["entities"]!.AsArray();
        var last = entities.Count - 1;
        entities[last]!["governmentOf"] = "denis-pushilin";
        var p = Assert.Single(Load(root).Problems);
        Assert.Equal($"$.entities[{last}].governmentOf", p.Path);
        Assert.Contains("expected state or breakaway-entity", p.Message, StringComparison.Ordinal);

        entities[last]!.AsObject().Remove("governmentOf");
        p = Assert.Single(Load(root).Problems);
        Assert.Equal($"$.entities[{last}].governmentOf", p.Path);

        root = SeedJson();
        root["entities"]![0]!["governmentOf"] = "ukraine";
        p = Assert.Single(Load(root).Problems);
        Assert.Equal("$.entities[0].governmentOf", p.Path);
        Assert.Contains("only a government", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_ordinal_counts_among_nations_as_the_source_says()
    {
        var prk = Seed.Facts().Recognitions.Single(r => r.Id == "rec-prk-dpr");
        Assert.Equal(3, prk.Ordinal);
        Assert.Equal("nation", prk.OrdinalScope);
    }

    [Fact]
    public void An_ordinal_scope_needs_an_ordinal_and_a_word()
    {
        var root = SeedJson();
        Recognition(root, 0).Remove("ordinal");
        var p = Assert.Single(Load(root).Problems);
        Assert.Equal("$.recognitions[0].ordinalScope", p.Path);

        root = SeedJson();
        Recognition(root, 0)["ordinalScope"] = " ";
        p = Assert.Single(Load(root).Problems);
        Assert.Equal("$.recognitions[0].ordinalScope", p.Path);
    }
}
