using KgExport.Testing;

namespace KgExport.Cli.Tests;

public class ValidateCommandTests
{
    private const string Shapes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:ActShape a sh:NodeShape ; sh:targetClass ex:Act ;
            sh:property [ sh:path ex:date ; sh:minCount 1 ; sh:datatype xsd:date ; sh:message "an act needs a date"@en ] .
        """;

    private const string Good = """
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:a a ex:Act ; ex:date "2022-07-13"^^xsd:date .
        """;

    private const string Bad = """
        @prefix ex: <http://example.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ex:a a ex:Act ; rdfs:label "North Korea recognises the DPR" ; ex:date "13 July" .
        ex:b a ex:Act .
        """;

    [Fact]
    public void Conforming_data_exits_0()
    {
        using var dir = new ScratchDirectory();
        var result = CliRun.Invoke("validate", dir.File("good.ttl", Good), "--shapes", dir.File("shapes.ttl", Shapes));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Conforms", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Violations_exit_1_with_a_report_for_people_and_an_rdf_report()
    {
        using var dir = new ScratchDirectory();
        var reportPath = dir.File("report.ttl");
        var result = CliRun.Invoke("validate", dir.File("bad.ttl", Bad), "--shapes", dir.File("shapes.ttl", Shapes), "--report", reportPath);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("2 violations on 2 focus nodes", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("ex:a  \"North Korea recognises the DPR\"  (ex:Act)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("ex:date = \"13 July\"", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("an act needs a date", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("sh:MinCountConstraintComponent", result.Stderr, StringComparison.Ordinal);

        var converted = CliRun.Invoke("convert", reportPath, "--to", "ntriples");
        Assert.True(converted.ExitCode == 0, converted.ToString());
        Assert.Contains("<http://www.w3.org/ns/shacl#conforms> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>", converted.Stdout, StringComparison.Ordinal);
        Assert.Contains("<http://www.w3.org/ns/shacl#sourceConstraintComponent> <http://www.w3.org/ns/shacl#DatatypeConstraintComponent>", converted.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ill_formed_shapes_exit_2_naming_the_problem()
    {
        using var dir = new ScratchDirectory();
        var shapes = dir.File("shapes.ttl", "@prefix sh: <http://www.w3.org/ns/shacl#> . <http://example.org/S> sh:targetNode <http://example.org/x> ; sh:maxCount -1 .");
        var result = CliRun.Invoke("validate", dir.File("good.ttl", Good), "--shapes", shapes);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ill-formed shapes", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("sh:maxCount must be a non-negative xsd:integer", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_and_missing_files_exit_2_with_a_position()
    {
        using var dir = new ScratchDirectory();
        var shapes = dir.File("shapes.ttl", Shapes);
        var broken = CliRun.Invoke("validate", dir.File("broken.ttl", "<http://example.org/a> <http://example.org/p>\n"), "--shapes", shapes);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.ttl:2:1:", broken.Stderr, StringComparison.Ordinal);
        var missing = CliRun.Invoke("validate", dir.File("missing.ttl"), "--shapes", shapes);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("missing.ttl: no such file", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_shapes_the_project_shapes_are_used()
    {
        using var dir = new ScratchDirectory();
        var data = dir.File("act.ttl", """
            <https://w3id.org/kgexport/id/recognition/x> a <https://w3id.org/kgexport/ontology#RecognitionAct> .
            """);
        var result = CliRun.Invoke("validate", data);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("<https://w3id.org/kgexport/ontology#recogniser>", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_nothing_when_the_export_breaks_the_shapes()
    {
        using var dir = new ScratchDirectory();
        var seeds = CopySeeds(dir);
        var output = dir.File("export.ttl");

        var good = CliRun.Invoke("export", seeds, "-o", output);
        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.True(File.Exists(output));
        File.Delete(output);

        BreakRecogniser(seeds);

        var refused = CliRun.Invoke("export", seeds, "-o", output);
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.False(File.Exists(output));
        Assert.Contains("nothing was written", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("kg:recogniser", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("evidence:", refused.Stderr, StringComparison.Ordinal);

        var skipped = CliRun.Invoke("export", seeds, "-o", output, "--no-validate");
        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void Report_for_a_conforming_article_says_it_conforms()
    {
        using var dir = new ScratchDirectory();
        var seeds = CopySeeds(dir);
        var reportPath = dir.File("report.ttl");

        var result = CliRun.Invoke("validate", seeds, "--report", reportPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = ReportAsNTriples(reportPath);
        Assert.Contains("<http://www.w3.org/ns/shacl#conforms> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<http://www.w3.org/ns/shacl#result>", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_for_facts_that_break_a_shape_names_the_focus_node_and_exits_1()
    {
        using var dir = new ScratchDirectory();
        var seeds = CopySeeds(dir);
        BreakRecogniser(seeds);

        var result = CliRun.Invoke("validate", seeds, "--report", "-");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("does not conform to the shapes", result.Stderr, StringComparison.Ordinal);
        var report = ReportAsNTriples(dir.File("report.ttl", result.Stdout));
        Assert.Contains("<http://www.w3.org/ns/shacl#conforms> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>", report, StringComparison.Ordinal);
        Assert.Contains("<http://www.w3.org/ns/shacl#focusNode> <https://w3id.org/kgexport/id/recognition/choe-son-hui_donetsk-peoples-republic_state_1>", report, StringComparison.Ordinal);
        Assert.Contains("<http://www.w3.org/ns/shacl#value> <https://w3id.org/kgexport/id/entity/person.choe-son-hui>", report, StringComparison.Ordinal);
        Assert.Contains("<http://www.w3.org/ns/shacl#resultSeverity> <http://www.w3.org/ns/shacl#Violation>", report, StringComparison.Ordinal);
    }

    [Fact]
    public void No_report_is_written_when_an_article_cannot_be_read()
    {
        using var dir = new ScratchDirectory();
        var seeds = CopySeeds(dir);
        File.WriteAllText(Path.Combine(seeds, "empty.txt"), "");
        var reportPath = dir.File("report.ttl");

        var result = CliRun.Invoke("validate", seeds, "--report", reportPath);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no report written", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(reportPath));
    }

    /// <summary>The repository's seed articles (text and reviewed facts) in a seeds/ directory of the scratch directory.</summary>
    private static string CopySeeds(ScratchDirectory dir)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(dir.Path, "seeds")).FullName;
        foreach (var f in Directory.EnumerateFiles(TestPaths.InRepository("seeds"))) File.Copy(f, Path.Combine(seeds, Path.GetFileName(f)));
        return seeds;
    }

    /// <summary>A person as the recogniser of a recognition act: the facts loader accepts it, the shapes do not.</summary>
    private static void BreakRecogniser(string seeds)
    {
        var facts = Directory.EnumerateFiles(seeds, "*.facts.json").First();
        var text = File.ReadAllText(facts);
        var at = text.IndexOf("\"recogniser\": \"north-korea\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "the seed facts changed; pick another way to break them");
        File.WriteAllText(facts, text[..at] + "\"recogniser\": \"choe-son-hui\"" + text[(at + "\"recogniser\": \"north-korea\"".Length)..]);
    }

    private static string ReportAsNTriples(string reportPath)
    {
        var converted = CliRun.Invoke("convert", reportPath, "--to", "ntriples");
        Assert.True(converted.ExitCode == 0, converted.ToString());
        return converted.Stdout;
    }
}
