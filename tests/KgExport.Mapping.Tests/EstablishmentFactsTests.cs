using System.Text.Json.Nodes;
using KgExport.Facts;

namespace KgExport.Mapping.Tests;

/// <summary>Establishments of relations in the facts format: what the writer writes loads back, and what is wrong is reported by path.</summary>
public sealed class EstablishmentFactsTests
{
    private static IReadOnlyList<FactsProblem> Problems(JsonNode json)
    {
        var result = FactsLoader.Load(json.ToJsonString(), EstablishmentSample.ArticleText);
        Assert.False(result.Ok);
        return result.Problems;
    }

    [Fact]
    public void The_writer_writes_between_and_date_and_what_it_writes_loads_back_unchanged()
    {
        var written = FactsWriter.Write(EstablishmentSample.Facts());
        Assert.Contains("""
              "establishments": [
                {
                  "id": "est-bhutan--germany",
                  "between": [
                    "bhutan",
                    "germany"
                  ],
                  "date": "2020-11-25",
                  "evidence": [
            """.ReplaceLineEndings("\n"), written, StringComparison.Ordinal);
        Assert.DoesNotContain("restoration", written, StringComparison.Ordinal);
        var loaded = FactsLoader.Load(written, EstablishmentSample.ArticleText);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
        var e = Assert.Single(loaded.Facts!.Establishments);
        Assert.Equal(["bhutan", "germany"], e.Between);
        Assert.Equal(FactDate.OfDay(2020, 11, 25), e.Date);
        Assert.False(e.Restoration);
        Assert.Equal(written, FactsWriter.Write(loaded.Facts!));
        Assert.Contains(e, loaded.Facts!.AllFacts);
    }

    [Fact]
    public void A_restoration_is_written_as_true_and_read_back()
    {
        var written = FactsWriter.Write(EstablishmentSample.Facts(restoration: true));
        Assert.Contains("\"restoration\": true", written, StringComparison.Ordinal);
        var loaded = FactsLoader.Load(written, EstablishmentSample.ArticleText);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
        Assert.True(Assert.Single(loaded.Facts!.Establishments).Restoration);
        Assert.Equal(written, FactsWriter.Write(loaded.Facts!));
    }

    [Fact]
    public void A_file_without_an_establishments_section_has_none_and_the_writer_adds_an_empty_one()
    {
        var root = EstablishmentSample.Json();
        root.Remove("establishments");
        var loaded = FactsLoader.Load(root.ToJsonString(), EstablishmentSample.ArticleText);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
        Assert.Empty(loaded.Facts!.Establishments);
        Assert.Contains("\"establishments\": [],", FactsWriter.Write(loaded.Facts!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(0)]
    public void Between_must_name_exactly_two_entities(int count)
    {
        var root = EstablishmentSample.Json();
        var ids = new[] { "bhutan", "germany", "bavaria" }.Take(count).Select(id => (JsonNode?)JsonValue.Create(id)).ToArray();
        EstablishmentSample.Establishment(root)["between"] = new JsonArray(ids);
        var p = Assert.Single(Problems(root), p => p.Path == "$.establishments[0].between");
        Assert.Contains($"exactly two entities; found {count}", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_is_required_and_holds_strings()
    {
        var root = EstablishmentSample.Json();
        EstablishmentSample.Establishment(root).Remove("between");
        Assert.Contains(Problems(root), p => p.Path == "$.establishments[0].between" && p.Message.Contains("missing required field", StringComparison.Ordinal));
        EstablishmentSample.Establishment(root)["between"] = new JsonArray("bhutan", 5);
        Assert.Contains(Problems(root), p => p.Path == "$.establishments[0].between[1]" && p.Message.Contains("expected a non-empty string", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_entity_is_reported_at_its_place_with_line_and_column()
    {
        var root = EstablishmentSample.Json();
        EstablishmentSample.Establishment(root)["between"] = new JsonArray("bhutan", "atlantis");
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.establishments[0].between[1]", p.Path);
        Assert.Contains("unknown entity id \"atlantis\"", p.Message, StringComparison.Ordinal);
        Assert.NotNull(p.Line);
    }

    [Fact]
    public void The_same_entity_twice_is_a_problem()
    {
        var root = EstablishmentSample.Json();
        EstablishmentSample.Establishment(root)["between"] = new JsonArray("germany", "germany");
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.establishments[0].between[1]", p.Path);
        Assert.Contains("\"germany\" is already between[0]", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parties_are_states_or_breakaway_entities()
    {
        var root = EstablishmentSample.Json();
        EstablishmentSample.Establishment(root)["between"] = new JsonArray("bavaria", "germany");
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.establishments[0].between[0]", p.Path);
        Assert.Contains("\"bavaria\" is a region; expected state or breakaway-entity", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extracted_fact_carries_its_confidence_as_a_number_and_reads_it_back()
    {
        var written = FactsWriter.Write(EstablishmentSample.Facts(confidence: 0.85m));
        Assert.Contains("\"confidence\": 0.85", written, StringComparison.Ordinal);
        var loaded = FactsLoader.Load(written, EstablishmentSample.ArticleText);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
        Assert.Equal(0.85m, Assert.Single(loaded.Facts!.Establishments).Confidence);
        Assert.Equal(written, FactsWriter.Write(loaded.Facts!));
        Assert.DoesNotContain("confidence", FactsWriter.Write(EstablishmentSample.Facts()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", "must be from 0 to 1")]
    [InlineData("-0.1", "must be from 0 to 1")]
    [InlineData("\"high\"", "expected a number from 0 to 1")]
    public void A_confidence_outside_0_to_1_or_not_a_number_is_reported(string value, string message)
    {
        var root = EstablishmentSample.Json();
        EstablishmentSample.Establishment(root)["confidence"] = JsonNode.Parse(value);
        var problem = Assert.Single(Problems(root));
        Assert.Equal("$.establishments[0].confidence", problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_restoration_date_evidence_and_unknown_fields_are_each_reported()
    {
        var root = EstablishmentSample.Json();
        var e = EstablishmentSample.Establishment(root);
        e["restoration"] = "yes";
        e["date"] = "25 November 2020";
        e["evidence"]![0]!["text"] = "Bhutan and Germany";
        e["parties"] = new JsonArray("bhutan", "germany");
        var problems = Problems(root);
        Assert.Contains(problems, p => p.Path == "$.establishments[0].restoration" && p.Message.Contains("expected true, false or null", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.establishments[0].date");
        Assert.Contains(problems, p => p.Path == "$.establishments[0].evidence[0].text");
        Assert.Contains(problems, p => p.Path == "$.establishments[0].parties" && p.Message.Contains("unknown field", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void A_stance_may_target_an_establishment_and_ids_are_unique_across_kinds()
    {
        var facts = EstablishmentSample.Facts();
        var endorsed = facts with
        {
            Stances = [new Stance("bhutan", StancePosition.Endorse, ["est-bhutan--germany"], null) { Id = "st-1", Evidence = facts.Establishments[0].Evidence }],
        };
        var loaded = FactsLoader.Load(FactsWriter.Write(endorsed), EstablishmentSample.ArticleText);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));

        var root = EstablishmentSample.Json(endorsed);
        root["stances"]![0]!["id"] = "est-bhutan--germany";
        Assert.Contains(Problems(root), p => p.Path == "$.stances[0].id" && p.Message.Contains("duplicate fact id", StringComparison.Ordinal));
    }
}
