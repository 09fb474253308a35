using KgExport.Cli.Commands;
using KgExport.Publishing.QuickStatements;

namespace KgExport.Publishing.Tests.QuickStatements;

public class WikibaseMapTests
{
    private static string Valid => File.ReadAllText(Seed.DefaultMapPath);

    [Fact]
    public void The_default_map_loads_and_leaves_unverified_items_null()
    {
        var map = Seed.DefaultMap;
        Assert.Equal("P585", map.Property("pointInTime"));
        Assert.Null(map.Classes["recognition"]);
        Assert.Null(map.Classes["withdrawal"]);
        Assert.Null(map.Classes["severance"]);
        Assert.Equal("Q194465", map.Classes["annexation"]);
        Assert.Equal("P530", map.OptionalProperty("diplomaticRelation"));
        Assert.Equal("P582", map.OptionalProperty("endTime"));
        Assert.Equal("P580", map.OptionalProperty("startTime"));
        Assert.All(map.Roles.Values, Assert.Null);
        Assert.DoesNotContain("Q1248784", map.Classes.Values); // 'airport', not diplomatic recognition
        // Every filled-in id says where it was verified.
        var source = string.Join(" ", System.Text.Json.JsonDocument.Parse(Valid).RootElement.GetProperty("source").EnumerateArray().Select(e => e.GetString()));
        foreach (var id in map.Classes.Values.Concat(map.Properties.Values).OfType<string>()) Assert.Contains(id, source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_property_may_be_null_and_what_needs_it_is_reported()
    {
        var map = WikibaseMap.Parse(Valid.Replace("\"endTime\": \"P582\"", "\"endTime\": null", StringComparison.Ordinal), "no-end-time.json");
        Assert.Null(map.OptionalProperty("endTime"));
        var batch = Seed.Build(map);
        Assert.DoesNotContain(batch.Edits, e => e.Statements.Any(s => s.Property == "P530"));
        Assert.Contains(batch.Unresolved, u => u.EndsWith("sev-ukr-prk: no diplomatic-relation statements on the states' items: the map has no property for \"endTime\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"instanceOf\": \"P31\"", "\"instanceOf\": \"X31\"", "$.properties.instanceOf: \"X31\" is not a property id")]
    [InlineData("\"person\": \"Q5\"", "\"person\": \"Q05\"", "$.classes.person: \"Q05\" is not an item id")]
    [InlineData("\"person\": \"Q5\"", "\"person\": \"Q5\", \"airport\": \"Q1\"", "$.classes.airport: unknown key")]
    [InlineData("\"quotation\": \"P1683\"", "\"quotation\": null", "$.properties.quotation: null is not a property id")]
    [InlineData("\"comment\":", "\"remark\":", "$.remark: unknown key")]
    [InlineData("\"source\": [", "\"source\": 5, \"x\": [", "$.source: expected a string or an array of strings")]
    [InlineData("\"diplomaticRelation\": \"P530\"", "\"diplomaticRelation\": \"Q530\"", "$.properties.diplomaticRelation: \"Q530\" is not a property id (P followed by digits) or null")]
    [InlineData("\"retrieved\": \"P813\",", "", "$.properties.retrieved: missing")]
    [InlineData("\"startTime\": \"P580\",", "", "$.properties.startTime: missing (use null when no id is verified)")]
    public void Bad_maps_are_rejected_with_the_path_of_each_problem(string from, string to, string expected)
    {
        var json = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        var e = Assert.Throws<WikibaseMapException>(() => WikibaseMap.Parse(json, "bad-map.json"));
        Assert.StartsWith("bad-map.json: invalid Wikibase map", e.Message, StringComparison.Ordinal);
        Assert.Contains(e.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_reports_line_and_column()
    {
        var e = Assert.Throws<WikibaseMapException>(() => WikibaseMap.Parse("{\n  \"classes\": ,\n}", "m.json"));
        Assert.Contains(e.Problems, p => p.StartsWith("2:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_refuses_a_bad_map_with_a_clear_error_and_exit_2()
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-qs-");
        try
        {
            var mapPath = Path.Combine(dir.FullName, "map.json");
            File.WriteAllText(mapPath, Valid.Replace("\"P585\"", "\"585\"", StringComparison.Ordinal));
            var stdout = new MemoryStream();
            var stderr = new StringWriter();
            var code = WikidataCommand.Run([KgExport.Testing.TestPaths.InRepository("seeds")], mapPath, null, false, "v1", "2024-01-15", null, TerminalOver(stdout, stderr));
            Assert.Equal(2, code);
            Assert.Contains("$.properties.pointInTime: \"585\" is not a property id", stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal(0, stdout.Length);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_command_writes_a_checked_batch_and_reports_unresolved_entities()
    {
        using var seeds = SeedCopy.Of(Seed.Facts);
        var stdoutBytes = new MemoryStream();
        var stderr = new StringWriter();
        var mapPath = KgExport.Testing.TestPaths.InRepository("tests", "KgExport.Publishing.Tests", "QuickStatements", "Maps", "test-wikibase.json");
        var code = WikidataCommand.Run([seeds.Directory], mapPath, null, false, "v1", "2024-01-15", null, TerminalOver(stdoutBytes, stderr));
        Assert.Equal(0, code);
        var stdout = System.Text.Encoding.UTF8.GetString(stdoutBytes.ToArray());
        Assert.Empty(V1SyntaxChecker.Check(stdout));
        Assert.Equal(QuickStatementsV1Writer.Write(Seed.Build(Seed.TestWikibase)), stdout);
        Assert.Contains("has no QID; left out", stderr.ToString(), StringComparison.Ordinal);
        // The batch itself has no comment-only lines; the articles it came from are listed with the report.
        Assert.Contains("from 1 article(s):\n  000_ee2775bcac5f55b5 \"North Korea recognises breakaway of Russia's proxies in east Ukraine\" published 2022-07-14\n", stderr.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(stdout.Split('\n'), l => l.StartsWith("/*", StringComparison.Ordinal));
    }

    [Fact]
    public void Facts_whose_reference_names_no_source_go_to_the_review_file_not_the_batch()
    {
        using var seeds = SeedCopy.Of(Seed.Uncited);
        var review = Path.Combine(seeds.Directory, "held.tsv");
        var stdoutBytes = new MemoryStream();
        var stderr = new StringWriter();
        var code = WikidataCommand.Run([seeds.Directory], Seed.DefaultMapPath, null, false, "v1", "2024-01-15", review, TerminalOver(stdoutBytes, stderr));
        Assert.Equal(0, code);
        Assert.Equal(0, stdoutBytes.Length); // every fact of the seed would be cited by retrieved and a quotation only
        var lines = File.ReadAllLines(review);
        Assert.Equal("article\tfact\treason", lines[0]);
        Assert.Equal(8, lines.Length - 1); // six recognitions, the severance, the annexation
        Assert.All(lines.Skip(1), l => Assert.EndsWith("held: its reference would name no source (neither stated in, S248, nor reference URL, S854): the publisher \"Reuters\" (reuters) has no QID and the article has no URL", l, StringComparison.Ordinal));
        Assert.Contains("000_ee2775bcac5f55b5\tsev-ukr-prk\t", File.ReadAllText(review), StringComparison.Ordinal);
        Assert.Contains($"8 fact(s) held back for review, listed in {review}", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_links_from_a_reconciliation_table_and_refuses_a_bad_one()
    {
        using var seeds = SeedCopy.Of(Seed.Unlinked);
        var table = Path.Combine(seeds.Directory, "wdqs.csv");
        File.WriteAllText(table, "item,itemLabel,itemAltLabel,class,date\nhttp://www.wikidata.org/entity/Q90100,annexation of Crimea by the Russian Federation,annexation of Crimea by Russia,http://www.wikidata.org/entity/Q90003,2014-03-18T00:00:00Z\nhttp://www.wikidata.org/entity/Q90200,Crimea,,,\n");
        var mapPath = KgExport.Testing.TestPaths.InRepository("tests", "KgExport.Publishing.Tests", "QuickStatements", "Maps", "test-wikibase.json");
        var stdoutBytes = new MemoryStream();
        var stderr = new StringWriter();
        var code = WikidataCommand.Run([seeds.Directory], mapPath, null, true, "v1", "2024-01-15", null, TerminalOver(stdoutBytes, stderr), [table]);
        Assert.Equal(0, code);
        var stdout = System.Text.Encoding.UTF8.GetString(stdoutBytes.ToArray());
        Assert.Empty(V1SyntaxChecker.Check(stdout));
        Assert.Contains("Q90100\tP710\tQ90200\t", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Crimea\"", stdout, StringComparison.Ordinal);
        Assert.Contains($"event \"annexation of Crimea by Russia\" is Q90100 ({table})", stderr.ToString(), StringComparison.Ordinal);

        File.WriteAllText(table, "item,itemLabel\nCrimea,Crimea\n");
        var badOut = new MemoryStream();
        var badErr = new StringWriter();
        Assert.Equal(2, WikidataCommand.Run([seeds.Directory], mapPath, null, false, "v1", "2024-01-15", null, TerminalOver(badOut, badErr), [table]));
        Assert.Contains($"{table}:2: item \"Crimea\" is not an item id", badErr.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, badOut.Length);
        Assert.Equal(2, WikidataCommand.Run([seeds.Directory], mapPath, null, false, "v1", "2024-01-15", null, TerminalOver(badOut, badErr), [], "ftp://x"));
        Assert.Contains("--reconcile: \"ftp://x\" is not an absolute http(s) URL", badErr.ToString(), StringComparison.Ordinal);
    }

    private static KgExport.Cli.Terminal TerminalOver(MemoryStream stdout, StringWriter stderr) =>
        new(() => new MemoryStream(), () => stdout, new StringWriter(), stderr);
}
