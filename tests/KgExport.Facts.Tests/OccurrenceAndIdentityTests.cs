using System.Text.Json.Nodes;

namespace KgExport.Facts.Tests;

/// <summary>
/// Issue 18, findings 1 and 6, in the facts file: an event's "occurrence" (which time the same parties did it) and a
/// person's "corpusWide" mark read, write back and are checked.
/// </summary>
public sealed class OccurrenceAndIdentityTests
{
    private static readonly ArticleText Text = Seed.Text();

    private static JsonObject SeedJson() => JsonNode.Parse(File.ReadAllText(Seed.FactsPath))!.AsObject();

    private static FactsLoadResult Load(JsonNode json) => FactsLoader.Load(json.ToJsonString(), Text);

    [Fact]
    public void An_occurrence_reads_and_writes_back()
    {
        var json = SeedJson();
        json["recognitions"]![0]!["occurrence"] = 2;
        json["annexations"]![0]!["occurrence"] = 3;
        var result = Load(json);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Facts!.Recognitions[0].Occurrence);
        Assert.Null(result.Facts.Recognitions[1].Occurrence);
        Assert.Equal(3, result.Facts.Annexations[0].Occurrence);
        var again = FactsLoader.Load(FactsWriter.Write(result.Facts), Text);
        Assert.Equal(2, again.Facts!.Recognitions[0].Occurrence);
        Assert.Equal(3, again.Facts.Annexations[0].Occurrence);
    }

    [Theory]
    [InlineData("recognitions", 0, "$.recognitions[0].occurrence")]
    [InlineData("severances", -1, "$.severances[0].occurrence")]
    public void An_occurrence_counts_from_one(string section, int value, string path)
    {
        var json = SeedJson();
        json[section]![0]!["occurrence"] = value;
        var result = Load(json);
        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Path == path && p.Message.Contains("counts from 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_events_have_an_occurrence()
    {
        var json = SeedJson();
        json["quotes"]![0]!["occurrence"] = 2;
        var result = Load(json);
        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Path.StartsWith("$.quotes[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_wide_marks_read_write_back_and_are_only_for_people_and_groups_without_a_qid()
    {
        var seed = Seed.Facts();
        Assert.True(seed.FindEntity("denis-pushilin")!.CorpusWide);
        Assert.False(seed.FindEntity("denis-pushilin")!.KeyedPerArticle);
        Assert.True(seed.FindEntity("olga-donetsk-resident")!.KeyedPerArticle);
        Assert.True(seed.FindEntity("the-west")!.KeyedPerArticle);
        Assert.False(seed.FindEntity("reuters")!.KeyedPerArticle); // an agency's name is one agency
        Assert.Contains("\"corpusWide\": true", FactsWriter.Write(seed), StringComparison.Ordinal);

        var json = SeedJson();
        json["entities"]![0]!["corpusWide"] = true; // North Korea, a state with a QID
        var result = Load(json);
        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Path == "$.entities[0].corpusWide");
    }
}
