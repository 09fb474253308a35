using System.Text.Json;

namespace KgExport.Cli.Tests;

/// <summary>`kgexport diff`: exports that differ in a date, an article, blank node labels and a language tag.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly SeedExports _exports = new();

    public void Dispose() => _exports.Dispose();

    [Fact]
    public void Identical_exports_in_two_syntaxes_have_no_difference()
    {
        var trig = _exports.Export("old", "trig");
        var nquads = _exports.Export("new", "nquads");
        var result = CliRun.Invoke("diff", trig, nquads);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no differences: the datasets are isomorphic (956 quads)", result.Stdout);
    }

    [Fact]
    public void A_changed_date_is_a_changed_value_of_the_articles_claim_and_the_event_keeps_its_iri()
    {
        var before = _exports.Export("old");
        var after = _exports.Export("new", edit: SeedExports.RecognitionOneDayEarlier);
        var result = CliRun.Invoke("diff", before, after);
        Assert.True(result.ExitCode == ExitCodes.Differs, result.ToString());
        var text = result.Stdout;
        Assert.Contains($"graph graph:{SeedExports.SeedId} (changed)", text);
        // The date is what the article claims: the claim changes, the act's IRI (minted without a date) stays.
        Assert.Contains($"  ~ claim:{SeedExports.SeedId}.rec-prk-dpr\n      kg:date: \"2022-07-13\"^^xsd:date → \"2022-07-12\"^^xsd:date\n", text);
        Assert.DoesNotContain("recognition:", text);
        Assert.DoesNotContain("(added)", text);
        Assert.DoesNotContain("(removed)", text);
        Assert.Contains("graphs: 1 changed", text);
    }

    [Fact]
    public void A_new_occurrence_is_one_event_renamed_and_what_refers_to_it_follows()
    {
        var before = _exports.Export("old");
        var after = _exports.Export("new", edit: SeedExports.RecognitionSecondOccurrence);
        var result = CliRun.Invoke("diff", before, after);
        Assert.True(result.ExitCode == ExitCodes.Differs, result.ToString());
        var text = result.Stdout;
        Assert.Contains("  ~ recognition:north-korea_donetsk-peoples-republic_state_2 (was recognition:north-korea_donetsk-peoples-republic_state_1)\n      + kg:occurrence 2\n", text);
        Assert.Contains($"  ~ claim:{SeedExports.SeedId}.rec-prk-dpr\n      kg:about: recognition:north-korea_donetsk-peoples-republic_state_1 → recognition:north-korea_donetsk-peoples-republic_state_2\n", text);
        Assert.Contains("      kg:inResponseTo: recognition:north-korea_donetsk-peoples-republic_state_1 → recognition:north-korea_donetsk-peoples-republic_state_2", text);
        Assert.DoesNotContain("(added)", text);
        Assert.DoesNotContain("(removed)", text);
    }

    [Fact]
    public void Without_renames_the_changed_act_is_one_node_removed_and_one_added()
    {
        var before = _exports.Export("old");
        var after = _exports.Export("new", edit: SeedExports.RecognitionSecondOccurrence);
        var result = CliRun.Invoke("diff", before, after, "--no-renames");
        Assert.Equal(ExitCodes.Differs, result.ExitCode);
        Assert.Contains("  - recognition:north-korea_donetsk-peoples-republic_state_1 (removed)", result.Stdout);
        Assert.Contains("  + recognition:north-korea_donetsk-peoples-republic_state_2 (added)", result.Stdout);
        Assert.Contains("      kg:occurrence 2", result.Stdout);
    }

    [Fact]
    public void An_added_article_is_one_added_graph_and_nothing_else()
    {
        var before = _exports.Export("old");
        var after = _exports.Export("new", addCopyArticle: true);
        var result = CliRun.Invoke("diff", before, after);
        Assert.Equal(ExitCodes.Differs, result.ExitCode);
        Assert.Contains("0 quads removed, 956 added (956 → 1,912); graphs: 1 added;", result.Stdout);
        Assert.Contains("graph graph:001_copy (added)", result.Stdout);
        Assert.DoesNotContain($"graph graph:{SeedExports.SeedId}", result.Stdout);
        // Nodes carry their labels.
        Assert.Contains("kg:annexer entity:Q159 \"Russia\"", result.Stdout);
    }

    [Fact]
    public void Relabelled_blank_nodes_are_no_difference()
    {
        var turtle = _exports.File("a.trig", """
            @prefix ex: <http://example.org/> .
            ex:g { ex:act ex:evidence [ ex:start 5 ; ex:end 9 ; ex:quote [ ex:text "recognised"@en ] ] , [ ex:start 20 ; ex:end 31 ] . }
            """);
        var nquads = _exports.File("b.nq", """
            _:zz <http://example.org/end> "31"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .
            _:q1 <http://example.org/text> "recognised"@EN <http://example.org/g> .
            <http://example.org/act> <http://example.org/evidence> _:zz <http://example.org/g> .
            _:x7 <http://example.org/quote> _:q1 <http://example.org/g> .
            _:x7 <http://example.org/start> "5"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .
            _:zz <http://example.org/start> "20"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .
            <http://example.org/act> <http://example.org/evidence> _:x7 <http://example.org/g> .
            _:x7 <http://example.org/end> "9"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .
            """);
        var result = CliRun.Invoke("diff", turtle, nquads);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no differences", result.Stdout);
    }

    [Fact]
    public void A_changed_blank_node_is_shown_nested_under_the_node_that_refers_to_it()
    {
        var before = _exports.File("a.ttl", "@prefix ex: <http://example.org/> .\nex:act ex:evidence [ ex:start 5 ; ex:end 9 ] , [ ex:start 20 ; ex:end 31 ] .\n");
        var after = _exports.File("b.ttl", "@prefix ex: <http://example.org/> .\nex:act ex:evidence [ ex:start 20 ; ex:end 31 ] , [ ex:start 5 ; ex:end 10 ] .\n");
        var result = CliRun.Invoke("diff", before, after);
        Assert.Equal(ExitCodes.Differs, result.ExitCode);
        Assert.Contains("  ~ ex:act\n      ex:evidence: [ ex:end 9 ; ex:start 5 ] → [ ex:end 10 ; ex:start 5 ]\n", result.Stdout);
        Assert.Contains("3 quads removed, 3 added", result.Stdout);
    }

    [Fact]
    public void A_changed_language_tag_is_a_changed_value_but_its_case_is_not()
    {
        var before = _exports.Export("old");
        var text = File.ReadAllText(before);
        Assert.Contains("\"letters\"@en", text);
        var french = _exports.File("french.trig", text.Replace("\"letters\"@en", "\"letters\"@fr", StringComparison.Ordinal));
        var upper = _exports.File("upper.trig", text.Replace("\"letters\"@en", "\"letters\"@EN", StringComparison.Ordinal));

        var changed = CliRun.Invoke("diff", before, french);
        Assert.Equal(ExitCodes.Differs, changed.ExitCode);
        // Both recognitions of the seed were made by letters.
        Assert.Contains("  ~ recognition:north-korea_donetsk-peoples-republic_state_1\n      kg:instrument: \"letters\"@en → \"letters\"@fr\n", changed.Stdout);
        Assert.Contains("  ~ recognition:north-korea_luhansk-peoples-republic_state_1\n      kg:instrument: \"letters\"@en → \"letters\"@fr\n", changed.Stdout);
        Assert.Contains("2 quads removed, 2 added (956 → 956)", changed.Stdout);

        var same = CliRun.Invoke("diff", before, upper);
        Assert.True(same.ExitCode == 0, same.ToString());
    }

    [Fact]
    public void Markdown_is_a_heading_a_summary_and_one_table_per_graph()
    {
        var before = _exports.Export("old");
        var after = _exports.Export("new", edit: SeedExports.RecognitionSecondOccurrence);
        var result = CliRun.Invoke("diff", before, after, "--format", "markdown");
        Assert.Equal(ExitCodes.Differs, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("### RDF diff: `", lines[0]);
        Assert.StartsWith("**23 quads removed, 24 added", lines[2]);
        Assert.Contains($"#### Graph `graph:{SeedExports.SeedId}` — changed", lines);
        Assert.Contains("| | node | property | old | new |", lines);
        Assert.Contains(lines, l => l.StartsWith("| ~ | `recognition:north-korea_donetsk-peoples-republic_state_2` (was `recognition:north-korea_donetsk-peoples-republic_state_1`) | `kg:occurrence` |  | `2` |", StringComparison.Ordinal));
        // Every table row has the table's five cells (a pipe inside a value would add one).
        Assert.All(lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal)), l => Assert.Equal(6, l.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
    }

    [Fact]
    public void Json_names_the_renamed_node_its_old_iri_and_the_added_occurrence()
    {
        var before = _exports.Export("old");
        var after = _exports.Export("new", edit: SeedExports.RecognitionSecondOccurrence);
        var result = CliRun.Invoke("diff", before, after, "--format", "json");
        Assert.Equal(ExitCodes.Differs, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("equal").GetBoolean());
        Assert.Equal(23, root.GetProperty("summary").GetProperty("removedQuads").GetInt32());
        var graph = Assert.Single(root.GetProperty("graphs").EnumerateArray());
        Assert.Equal($"https://w3id.org/kgexport/id/graph/{SeedExports.SeedId}", graph.GetProperty("graph").GetProperty("value").GetString());
        var act = graph.GetProperty("nodes").EnumerateArray().Single(n => n.TryGetProperty("renamedFrom", out var from)
            && from.GetProperty("value").GetString() == "https://w3id.org/kgexport/id/recognition/north-korea_donetsk-peoples-republic_state_1");
        Assert.Equal("https://w3id.org/kgexport/id/recognition/north-korea_donetsk-peoples-republic_state_2", act.GetProperty("node").GetProperty("value").GetString());
        var occurrence = act.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("property").GetString() == "https://w3id.org/kgexport/ontology#occurrence");
        Assert.Equal(0, occurrence.GetProperty("removed").GetArrayLength());
        Assert.Equal("2", occurrence.GetProperty("added")[0].GetProperty("value").GetString());
        Assert.Equal("http://www.w3.org/2001/XMLSchema#integer", occurrence.GetProperty("added")[0].GetProperty("datatype").GetString());
    }

    [Fact]
    public void A_syntax_error_is_exit_2_with_file_line_and_column_and_no_report_file()
    {
        var good = _exports.File("good.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n");
        var bad = _exports.File("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b\n  ex:c ex:d .\n");
        var report = Path.Combine(_exports.Directory, "report.md");
        var result = CliRun.Invoke("diff", good, bad, "-o", report);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Matches(@"bad\.ttl:3:\d+: ", result.Stderr);
        Assert.False(File.Exists(report));
        Assert.Empty(Directory.GetFiles(_exports.Directory, ".report.md*"));
    }

    [Fact]
    public void A_missing_file_and_two_standard_inputs_are_usage_errors()
    {
        var good = _exports.File("good.nt", "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        var missing = CliRun.Invoke("diff", good, Path.Combine(_exports.Directory, "nope.nt"));
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains("nope.nt: no such file", missing.Stderr);
        var stdin = CliRun.Invoke("diff", "-", "-", "--from", "nquads");
        Assert.Equal(ExitCodes.UsageError, stdin.ExitCode);
    }
}
