using System.Text.Json.Nodes;

namespace KgExport.Facts.Tests;

/// <summary>The loader reports every problem of a facts file with its JSON path, and never throws on bad input.</summary>
public sealed class FactsLoaderTests
{
    private static readonly ArticleText Text = Seed.Text();

    private static JsonObject SeedJson() => JsonNode.Parse(File.ReadAllText(Seed.FactsPath))!.AsObject();

    private static IReadOnlyList<FactsProblem> Problems(JsonNode json) => Problems(json.ToJsonString());

    private static IReadOnlyList<FactsProblem> Problems(string json)
    {
        var result = FactsLoader.Load(json, Text);
        Assert.False(result.Ok);
        Assert.Null(result.Facts);
        Assert.NotEmpty(result.Problems);
        return result.Problems;
    }

    private static JsonObject Recognition(JsonObject root, int i) => root["recognitions"]![i]!.AsObject();

    [Fact]
    public void The_seed_facts_load_without_problems()
    {
        var result = FactsLoader.LoadFile(Seed.FactsPath, Text);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var facts = result.Facts!;
        Assert.Equal(6, facts.Recognitions.Count);
        Assert.Equal("2022-07-13", facts.Recognitions.Single(r => r.Id == "rec-prk-dpr").Date.ToString());
        Assert.Null(facts.Recognitions.Single(r => r.Id == "rec-syr-dpr").Date);
        Assert.Equal(DatePrecision.YearMonth, facts.Severances.Single().Date!.Value.Precision);
    }

    [Fact]
    public void Writing_the_loaded_seed_reproduces_the_file_byte_for_byte()
    {
        var original = File.ReadAllText(Seed.FactsPath);
        Assert.Equal(original, FactsWriter.Write(Seed.Facts()));
    }

    [Fact]
    public void What_the_writer_writes_loads_again_unchanged()
    {
        var once = FactsWriter.Write(Seed.Facts());
        var again = FactsLoader.Load(once, Text);
        Assert.True(again.Ok, string.Join("\n", again.Problems));
        Assert.Equal(once, FactsWriter.Write(again.Facts!));
    }

    [Fact]
    public void Unknown_entity_id()
    {
        var root = SeedJson();
        Recognition(root, 0)["recogniser"] = "atlantis";
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.recognitions[0].recogniser", p.Path);
        Assert.Contains("unknown entity id \"atlantis\"", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_carry_the_line_and_column_of_their_field()
    {
        var json = File.ReadAllText(Seed.FactsPath);
        var at = json.IndexOf("\"recogniser\": \"syria\"", StringComparison.Ordinal);
        var edited = json.Remove(at, "\"recogniser\": \"syria\"".Length).Insert(at, "\"recogniser\": \"syriaa\"");
        var line = json[..at].Count(c => c == '\n') + 1;
        var column = at - json.LastIndexOf('\n', at);
        var p = Problems(edited)[0];
        Assert.Equal("$.recognitions[4].recogniser", p.Path);
        Assert.Equal((line, column), (p.Line, p.Column));
        Assert.Equal($"x.facts.json:{line}:{column}: $.recognitions[4].recogniser: unknown entity id \"syriaa\"", p.Format("x.facts.json"));
    }

    [Fact]
    public void A_missing_field_points_at_its_object()
    {
        var json = File.ReadAllText(Seed.FactsPath);
        var at = json.IndexOf("\"annexer\": \"russia\",", StringComparison.Ordinal);
        var p = Assert.Single(Problems(json.Remove(at, "\"annexer\": \"russia\",".Length)));
        Assert.Equal("$.annexations[0].annexer", p.Path);
        var objectStart = json.LastIndexOf('{', at);
        Assert.Equal(json[..objectStart].Count(c => c == '\n') + 1, p.Line);
    }

    [Fact]
    public void Offsets_outside_the_text()
    {
        var root = SeedJson();
        var ev = Recognition(root, 1)["evidence"]![0]!.AsObject();
        ev["start"] = Text.Length - 2;
        ev["end"] = Text.Length + 10;
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.recognitions[1].evidence[0]", p.Path);
        Assert.Contains("outside the article text", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_text_not_matching_the_offsets_says_where_the_text_really_is()
    {
        var root = SeedJson();
        var ev = Recognition(root, 0)["evidence"]![0]!.AsObject();
        var start = (int)ev["start"]!;
        var end = (int)ev["end"]!;
        ev["start"] = start + 1;
        ev["end"] = end + 1;
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.recognitions[0].evidence[0].text", p.Path);
        Assert.Contains($"that text is at {start}..{end}", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("July 13")]
    [InlineData("2022-02-30")]
    public void Bad_date(string date)
    {
        var root = SeedJson();
        Recognition(root, 2)["date"] = date;
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.recognitions[2].date", p.Path);
    }

    [Fact]
    public void Missing_required_fields()
    {
        var root = SeedJson();
        Recognition(root, 0).Remove("recognised");
        root["article"]!.AsObject().Remove("headline");
        var problems = Problems(root);
        Assert.Contains(problems, p => p.Path == "$.recognitions[0].recognised" && p.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.article.headline" && p.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids()
    {
        var root = SeedJson();
        Recognition(root, 1)["id"] = "rec-prk-dpr";
        root["entities"]![3]!["id"] = "north-korea";
        var problems = Problems(root);
        Assert.Contains(problems, p => p.Path == "$.recognitions[1].id" && p.Message.Contains("duplicate fact id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.entities[3].id" && p.Message.Contains("duplicate entity id", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_source_fact_and_field()
    {
        var root = SeedJson();
        Recognition(root, 0)["attributedTo"] = new JsonArray("src-kcna", "src-nowhere");
        root["stances"]![0]!["targets"] = new JsonArray("ann-rus-crimea", "no-such-fact");
        Recognition(root, 3)["recogniserr"] = "russia";
        var problems = Problems(root);
        Assert.Contains(problems, p => p.Path == "$.recognitions[0].attributedTo[1]" && p.Message.Contains("unknown source id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.stances[0].targets[1]" && p.Message.Contains("unknown fact id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.recognitions[3].recogniserr" && p.Message.Contains("unknown field", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_types_bad_enums_and_bad_qids()
    {
        var root = SeedJson();
        Recognition(root, 0)["ordinal"] = "third";
        Recognition(root, 1)["kind"] = "statehood";
        root["entities"]![0]!["wikidata"] = "423";
        root["entities"]![1]!["type"] = "country";
        var problems = Problems(root);
        Assert.Contains(problems, p => p.Path == "$.recognitions[0].ordinal" && p.Message.Contains("expected an integer", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.recognitions[1].kind" && p.Message.Contains("state, government, withdrawal", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.entities[1].type" && p.Message.Contains("breakaway-entity", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.entities[0].wikidata" && p.Message.Contains("not a Wikidata item id", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Bad_qid_and_quote_not_in_its_evidence()
    {
        var root = SeedJson();
        root["entities"]![0]!["wikidata"] = "Q0423";
        root["quotes"]![0]!["text"] = "fruitless cooperation";
        var problems = Problems(root);
        Assert.Contains(problems, p => p.Path == "$.entities[0].wikidata");
        Assert.Contains(problems, p => p.Path == "$.quotes[0].text" && p.Message.Contains("does not occur", StringComparison.Ordinal));
    }

    [Fact]
    public void Role_person_must_be_a_person_and_facts_need_evidence()
    {
        var root = SeedJson();
        root["roles"]![0]!["person"] = "dpr";
        root["roles"]![1]!["evidence"] = new JsonArray();
        var problems = Problems(root);
        Assert.Contains(problems, p => p.Path == "$.roles[0].person" && p.Message.Contains("expected person", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.roles[1].evidence" && p.Message.Contains("at least one evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var root = SeedJson();
        Recognition(root, 0)["recogniser"] = "atlantis";
        Recognition(root, 1)["recognised"] = "lemuria";
        Recognition(root, 4)["evidence"]![0]!["text"] = "Syria";
        root["annexations"]![0]!["annexed"] = "mu";
        Assert.Equal(4, Problems(root).Count);
    }

    [Theory]
    [InlineData("{\"article\": {\"id\": \"x\",}", 1)]
    [InlineData("{\n  \"article\": {\n    \"id\": \"x\"\n  }\n  \"entities\": []\n}", 5)]
    [InlineData("", 1)]
    public void Invalid_json_is_reported_with_line_and_column(string json, int line)
    {
        var p = Assert.Single(Problems(json));
        Assert.Equal(line, p.Line);
        Assert.NotNull(p.Column);
        Assert.StartsWith("seed.facts.json:" + line + ":", p.Format("seed.facts.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_or_garbled_files_never_throw()
    {
        var json = File.ReadAllText(Seed.FactsPath);
        for (var cut = 0; cut < json.Length; cut += 97)
        {
            Assert.NotEmpty(Problems(json[..cut]));
            Assert.NotEmpty(Problems(json.Insert(cut, "\u0001")));
        }
    }

    [Theory]
    [InlineData("[]", "$")]
    [InlineData("{\"article\": 5, \"entities\": []}", "$.article")]
    [InlineData("{\"article\": {\"id\": \"a\", \"headline\": \"h\"}, \"entities\": \"none\"}", "$.entities")]
    [InlineData("{\"article\": {\"id\": \"a\", \"headline\": \"h\"}, \"entities\": [], \"recognitions\": [7]}", "$.recognitions[0]")]
    public void Wrong_shapes_are_problems_not_crashes(string json, string path)
    {
        Assert.Contains(Problems(json), p => p.Path == path);
    }

    [Theory]
    [InlineData("{\"article\": {\"id\": \"a\", \"headline\": \"\\uD800\"}, \"entities\": []}", 1, 37)]
    [InlineData("{\"article\": {\"id\": \"a\",\n \"\\uDC00\": \"h\"}, \"entities\": []}", 2, 2)]
    public void A_string_escaping_a_lone_surrogate_is_a_problem_with_its_position(string json, int line, int column)
    {
        // Found by the fuzzer (tests/KgExport.Fuzz): System.Text.Json throws InvalidOperationException for these.
        var problem = Assert.Single(Problems(json));
        Assert.Contains("lone surrogate", problem.Message);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Text_holding_a_lone_surrogate_is_a_problem_not_an_exception()
    {
        // Only text made in memory can hold one (a file read as UTF-8 cannot); System.Text.Json throws ArgumentException.
        var problem = Assert.Single(Problems("{\"article\": {\"id\": \"a\", \"headline\": \"\uD800\"}}"));
        Assert.Contains("lone surrogate", problem.Message);
        Assert.Equal((1, 38), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_hand_written_fact_is_reviewed_unless_it_says_it_was_extracted()
    {
        Assert.All(Seed.Facts().AllFacts, f => Assert.Equal(ReviewStatus.Reviewed, f.Review));
        var root = SeedJson();
        Recognition(root, 0)["review"] = "extracted";
        Recognition(root, 1)["review"] = "reviewed";
        var loaded = FactsLoader.Load(root.ToJsonString(), Text);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
        Assert.Equal(ReviewStatus.Extracted, loaded.Facts!.Recognitions[0].Review);
        Assert.Equal(ReviewStatus.Reviewed, loaded.Facts.Recognitions[1].Review);

        // The writer marks only extracted facts, so a reviewed file round-trips and an extracted one keeps its mark.
        var written = FactsWriter.Write(loaded.Facts);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(written, "\"review\": \"extracted\""));
        Assert.Equal(ReviewStatus.Extracted, FactsLoader.Load(written, Text).Facts!.Recognitions[0].Review);
    }

    [Fact]
    public void A_review_status_that_is_not_one_is_a_problem()
    {
        var root = SeedJson();
        Recognition(root, 0)["review"] = "checked";
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.recognitions[0].review", p.Path);
        Assert.Contains("\"checked\" is not one of: reviewed, extracted", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_downgrade_of_relations_loads_and_is_written_back()
    {
        var root = SeedJson();
        root["severances"]![0]!["downgrade"] = true;
        var loaded = FactsLoader.Load(root.ToJsonString(), Text);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
        Assert.True(loaded.Facts!.Severances.Single().Downgrade);
        Assert.Contains("\"downgrade\": true", FactsWriter.Write(loaded.Facts), StringComparison.Ordinal);
        Assert.False(Seed.Facts().Severances.Single().Downgrade);

        root["severances"]![0]!["downgrade"] = "yes";
        Assert.Equal("$.severances[0].downgrade", Problems(root).Single().Path);
    }

    [Fact]
    public void A_date_says_where_it_comes_from_and_is_stated_unless_the_file_says_otherwise()
    {
        var facts = Seed.Facts();
        Assert.Equal(DateBasis.Inferred, facts.Recognitions[2].DateBasis); // "on the eve of its invasion"
        Assert.Equal(DateBasis.Stated, facts.Annexations[0].DateBasis);    // "Russia's 2014 annexation"
        Assert.Null(facts.Recognitions[4].DateBasis);                      // Syria: undated
        Assert.All(facts.Quotes, q => Assert.Null(q.DateBasis));

        var root = SeedJson();
        Recognition(root, 0)["dateBasis"] = "resolved";
        var loaded = FactsLoader.Load(root.ToJsonString(), Text);
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
        Assert.Equal(DateBasis.Resolved, loaded.Facts!.Recognitions[0].DateBasis);

        // The writer puts the basis beside the date and leaves out the default, so the seed round-trips.
        var written = FactsWriter.Write(loaded.Facts);
        Assert.Contains("\"date\": \"2022-07-13\",\n      \"dateBasis\": \"resolved\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"dateBasis\": \"stated\"", written, StringComparison.Ordinal);
        Assert.Equal(loaded.Facts.AllFacts.Select(f => f.DateBasis), FactsLoader.Load(written, Text).Facts!.AllFacts.Select(f => f.DateBasis));
    }

    [Fact]
    public void A_date_basis_without_a_date_or_out_of_the_list_is_a_problem()
    {
        var root = SeedJson();
        Recognition(root, 4)["dateBasis"] = "inferred";
        var p = Assert.Single(Problems(root));
        Assert.Equal("$.recognitions[4].dateBasis", p.Path);
        Assert.Contains("without a date", p.Message, StringComparison.Ordinal);

        root = SeedJson();
        Recognition(root, 0)["dateBasis"] = "guessed";
        p = Assert.Single(Problems(root));
        Assert.Equal("$.recognitions[0].dateBasis", p.Path);
        Assert.Contains("\"guessed\" is not one of: stated, resolved, inferred", p.Message, StringComparison.Ordinal);

        root = SeedJson();
        root["quotes"]![0]!["dateBasis"] = "stated";
        Assert.Equal("$.quotes[0].dateBasis", Assert.Single(Problems(root)).Path);
    }
}
