using System.Text;

namespace KgExport.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private const string Sample = """
        @prefix ex: <http://example.org/ns#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:kosovo a ex:State ;
            ex:name "Kosovo"@en, "Kosova"@sq ;
            ex:recognisedBy ex:albania ;
            ex:population 1800000 ;
            ex:page <about/kosovo> .
        """;

    private static readonly string[] SampleTriples =
    [
        "<http://example.org/ns#kosovo> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#State> .",
        "<http://example.org/ns#kosovo> <http://example.org/ns#name> \"Kosovo\"@en .",
        "<http://example.org/ns#kosovo> <http://example.org/ns#name> \"Kosova\"@sq .",
        "<http://example.org/ns#kosovo> <http://example.org/ns#recognisedBy> <http://example.org/ns#albania> .",
        "<http://example.org/ns#kosovo> <http://example.org/ns#population> \"1800000\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
    ];

    private const string Dataset = """
        @prefix ex: <http://example.org/ns#> .
        ex:s ex:p ex:o .
        ex:article1 { ex:serbia ex:rejects ex:kosovo . }
        """;

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// <paramref name="written"/> (in <paramref name="writtenFormat"/>) read back gives the same statements, in
    /// <paramref name="lineFormat"/>, as converting the input at <paramref name="path"/> directly.
    /// </summary>
    private static void AssertReadsBackAs(string written, string writtenFormat, string path, string lineFormat, params string[] directOptions)
    {
        var back = CliRun.WithStdin(written, "convert", "-", "--from", writtenFormat, "--to", lineFormat);
        Assert.True(back.ExitCode == ExitCodes.Ok, back.ToString());
        var direct = CliRun.Invoke(["convert", path, "--to", lineFormat, .. directOptions]);
        Assert.Equal(Lines(direct.Stdout).Order(StringComparer.Ordinal), Lines(back.Stdout).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Turtle_to_ntriples_on_stdout_resolves_relative_iris_against_the_file_url()
    {
        var path = _scratch.File("sample.ttl", Sample);
        var result = CliRun.Invoke("convert", path, "--to", "ntriples");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var fileUrl = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var expectedPage = $"<http://example.org/ns#kosovo> <http://example.org/ns#page> <{new Uri(new Uri(fileUrl), "about/kosovo").AbsoluteUri}> .";
        Assert.Equal(SampleTriples.Append(expectedPage).Order(StringComparer.Ordinal), Lines(result.Stdout).Order(StringComparer.Ordinal));
        Assert.StartsWith("file:///", fileUrl);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Output_is_utf8_without_bom_and_with_newline_line_ends()
    {
        var path = _scratch.File("sample.ttl", "<http://e/s> <http://e/p> \"caf\u00e9 \u2014 \U0001F600\" .\n");
        var output = _scratch.File("out.nt");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var bytes = File.ReadAllBytes(output);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal("<http://e/s> <http://e/p> \"caf\u00e9 \u2014 \U0001F600\" .\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Base_option_overrides_the_file_url()
    {
        var path = _scratch.File("sample.ttl", "<s> <p> <o> .");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "--base", "http://example.org/dir/");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("<http://example.org/dir/s> <http://example.org/dir/p> <http://example.org/dir/o> .\n", result.Stdout);
    }

    [Fact]
    public void Relative_base_is_a_usage_error()
    {
        var path = _scratch.File("sample.ttl", "<s> <p> <o> .");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "--base", "not/absolute");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--base", result.Stderr);
    }

    [Fact]
    public void Stdin_to_stdout_with_from()
    {
        var result = CliRun.WithStdin(Sample, "convert", "-", "--from", "turtle", "--to", "nquads", "--base", "http://example.org/");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(6, Lines(result.Stdout).Length);
        Assert.Contains(SampleTriples[1], Lines(result.Stdout));
        Assert.Contains("<http://example.org/ns#kosovo> <http://example.org/ns#page> <http://example.org/about/kosovo> .", Lines(result.Stdout));
    }

    [Fact]
    public void Stdin_without_from_is_a_usage_error()
    {
        var result = CliRun.WithStdin(Sample, "convert", "-", "--to", "nt");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--from", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Unknown_extension_without_from_is_a_usage_error()
    {
        var path = _scratch.File("sample.rdfx", Sample);
        var result = CliRun.Invoke("convert", path, "--to", "nt");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--from", result.Stderr);
    }

    [Fact]
    public void From_overrides_the_extension()
    {
        var path = _scratch.File("sample.txt", "<http://e/s> <http://e/p> <http://e/o> .\n");
        var result = CliRun.Invoke("convert", path, "--from", "ntriples", "--to", "nquads");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("<http://e/s> <http://e/p> <http://e/o> .\n", result.Stdout);
    }

    [Fact]
    public void Missing_to_without_output_extension_is_a_usage_error()
    {
        var path = _scratch.File("sample.ttl", Sample);
        var result = CliRun.Invoke("convert", path);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--to", result.Stderr);
    }

    [Fact]
    public void To_is_inferred_from_the_output_extension()
    {
        var path = _scratch.File("sample.ttl", Sample);
        var output = _scratch.File("out.nq");
        var result = CliRun.Invoke("convert", path, "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.Equal(6, Lines(File.ReadAllText(output)).Length);
    }

    [Fact]
    public void Missing_input_file_is_a_one_line_usage_error()
    {
        var result = CliRun.Invoke("convert", _scratch.File("absent.ttl"), "--to", "nt");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("absent.ttl: no such file", result.Stderr);
        Assert.Single(Lines(result.Stderr));
    }

    [Fact]
    public void Syntax_error_reports_file_line_and_column_without_a_stack_trace()
    {
        var path = _scratch.File("broken.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n");
        var result = CliRun.Invoke("convert", path, "--to", "ntriples");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Matches(@"broken\.ttl:3:\d+: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public void Syntax_error_leaves_no_output_file_and_no_temporary_file()
    {
        var path = _scratch.File("broken.ttl", "<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> .\n");
        var output = _scratch.File("out.nt");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "-o", output);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Matches(@"broken\.ttl:2:\d+: ", result.Stderr);
        Assert.False(File.Exists(output));
        Assert.Equal(["broken.ttl"], Directory.GetFiles(_scratch.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Syntax_error_keeps_an_existing_output_file_untouched()
    {
        var path = _scratch.File("broken.ttl", "<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> .\n");
        var output = _scratch.File("out.nt", "old content\n");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "-o", output);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal("old content\n", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(_scratch.Path).Length);
    }

    [Fact]
    public void Successful_output_replaces_an_existing_file()
    {
        var path = _scratch.File("ok.nt", "<http://e/s> <http://e/p> <http://e/o> .\n");
        var output = _scratch.File("out.nt", "old content\n");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "-o", output);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("<http://e/s> <http://e/p> <http://e/o> .\n", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(_scratch.Path).Length);
    }

    [Fact]
    public void Output_into_a_missing_directory_is_a_usage_error()
    {
        var path = _scratch.File("ok.nt", "<http://e/s> <http://e/p> <http://e/o> .\n");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "-o", Path.Combine(_scratch.Path, "nowhere", "out.nt"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr);
    }

    [Fact]
    public void Named_graphs_cannot_go_to_a_triples_only_format()
    {
        var path = _scratch.File("data.trig", Dataset);
        var output = _scratch.File("out.nt");
        var result = CliRun.Invoke("convert", path, "--to", "ntriples", "-o", output);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("named graph <http://example.org/ns#article1>", result.Stderr);
        Assert.Contains("--to nquads", result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Named_graphs_go_to_nquads()
    {
        var path = _scratch.File("data.trig", Dataset);
        var result = CliRun.Invoke("convert", path, "--to", "nquads");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(
            [
                "<http://example.org/ns#s> <http://example.org/ns#p> <http://example.org/ns#o> .",
                "<http://example.org/ns#serbia> <http://example.org/ns#rejects> <http://example.org/ns#kosovo> <http://example.org/ns#article1> .",
            ],
            Lines(result.Stdout).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Turtle_output_keeps_the_input_prefixes_and_round_trips()
    {
        var path = _scratch.File("sample.ttl", Sample);
        var pretty = CliRun.Invoke("convert", path, "--to", "turtle", "--base", "http://example.org/");

        Assert.True(pretty.ExitCode == ExitCodes.Ok, pretty.ToString());
        Assert.Contains("@prefix ex: <http://example.org/ns#>", pretty.Stdout);
        Assert.Contains("ex:kosovo", pretty.Stdout);

        AssertReadsBackAs(pretty.Stdout, "turtle", path, "ntriples", "--base", "http://example.org/");
    }

    [Fact]
    public void Trig_output_of_a_dataset_round_trips()
    {
        var path = _scratch.File("data.trig", Dataset);
        var pretty = CliRun.Invoke("convert", path, "--to", "trig");
        Assert.True(pretty.ExitCode == ExitCodes.Ok, pretty.ToString());

        AssertReadsBackAs(pretty.Stdout, "trig", path, "nquads");
    }

    [Fact]
    public void Stream_writes_turtle_grouped_by_subject_in_input_order_and_round_trips()
    {
        // ex2 is declared after the first statement: a streaming writer cannot declare it up front, so it writes
        // those IRIs in full.
        var path = _scratch.File("late.ttl", Sample + "\n@prefix ex2: <http://example.org/two#> .\nex2:b ex2:p ex:kosovo .\nex:albania ex:name \"Albania\" .\n");
        var streamed = CliRun.Invoke("convert", path, "--to", "turtle", "--stream", "--base", "http://example.org/");

        Assert.True(streamed.ExitCode == ExitCodes.Ok, streamed.ToString());
        Assert.StartsWith("@prefix ex: <http://example.org/ns#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\nex:kosovo a ex:State ;\n", streamed.Stdout);
        Assert.DoesNotContain("ex2:", streamed.Stdout);
        Assert.True(
            streamed.Stdout.IndexOf("<http://example.org/two#b>", StringComparison.Ordinal) < streamed.Stdout.IndexOf("ex:albania ex:name", StringComparison.Ordinal),
            "statements keep the input's order");

        AssertReadsBackAs(streamed.Stdout, "turtle", path, "ntriples", "--base", "http://example.org/");
    }

    [Fact]
    public void Stream_writes_trig_of_a_dataset_that_round_trips()
    {
        var path = _scratch.File("data.trig", Dataset);
        var streamed = CliRun.Invoke("convert", path, "--to", "trig", "--stream");
        Assert.True(streamed.ExitCode == ExitCodes.Ok, streamed.ToString());
        Assert.Contains("ex:article1 {\n    ex:serbia ex:rejects ex:kosovo .\n}\n", streamed.Stdout);

        AssertReadsBackAs(streamed.Stdout, "trig", path, "nquads");
    }

    [Fact]
    public void Stream_with_an_output_built_in_memory_is_a_usage_error()
    {
        var path = _scratch.File("sample.ttl", Sample);
        var result = CliRun.Invoke("convert", path, "--to", "jsonld", "--stream");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--stream applies to turtle and trig", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped()
    {
        var path = _scratch.File("bom.nt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> <http://e/o> .\n")]);
        var result = CliRun.Invoke("convert", path, "--to", "nt");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("<http://e/s> <http://e/p> <http://e/o> .\n", result.Stdout);
    }

    [Fact]
    public void Malformed_utf8_is_a_clear_error()
    {
        var path = _scratch.File("latin1.nt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\" .\n")]);
        var output = _scratch.File("out.nt");
        var result = CliRun.Invoke("convert", path, "--to", "nt", "-o", output);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("latin1.nt", result.Stderr);
        Assert.Contains("UTF-8", result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void The_readme_sample_converts_to_every_format()
    {
        var sample = KgExport.Testing.TestPaths.InRepository("tests", "KgExport.Cli.Tests", "Samples", "recognition.ttl");
        var ntriples = CliRun.Invoke("convert", sample, "--to", "ntriples");
        Assert.True(ntriples.ExitCode == ExitCodes.Ok, ntriples.ToString());
        Assert.Equal(34, Lines(ntriples.Stdout).Length); // as serdi and Jena count them

        foreach (var format in new[] { "nquads", "turtle", "trig" })
        {
            var result = CliRun.Invoke("convert", sample, "--to", format);
            Assert.True(result.ExitCode == ExitCodes.Ok, $"{format}: {result}");
            var back = CliRun.WithStdin(result.Stdout, "convert", "-", "--from", format, "--to", "ntriples");
            Assert.Equal(Lines(ntriples.Stdout).Length, Lines(back.Stdout).Length);
        }
    }

    [Fact]
    public void Unsupported_output_format_is_a_usage_error()
    {
        var path = _scratch.File("sample.ttl", Sample);
        var result = CliRun.Invoke("convert", path, "--to", "n3");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--to: unknown format 'n3'", result.Stderr);
    }

    [Fact]
    public void Iri_the_output_syntax_cannot_carry_is_a_clear_error()
    {
        // An IRI may not hold a space, even written as an escape: rejected by the parser or the writer, never a crash.
        var path = _scratch.File("space.nt", "<http://e/s> <http://e/p> <http://e/a\\u0020b> .\n");
        var result = CliRun.Invoke("convert", path, "--to", "turtle");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    private const string RdfXmlSample = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/ns#">
          <ex:State rdf:about="http://example.org/ns#kosovo">
            <ex:name xml:lang="en">Kosovo</ex:name>
            <ex:recognisedBy rdf:resource="http://example.org/ns#albania"/>
            <ex:page rdf:resource="about/kosovo"/>
          </ex:State>
        </rdf:RDF>
        """;

    [Fact]
    public void Rdfxml_to_turtle_keeps_the_root_namespaces_as_prefixes_and_resolves_against_the_file_url()
    {
        var path = _scratch.File("sample.rdf", RdfXmlSample);
        var result = CliRun.Invoke("convert", path, "--to", "turtle");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("@prefix ex: <http://example.org/ns#> .", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("ex:kosovo a ex:State", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(new Uri(new Uri(new Uri(Path.GetFullPath(path)).AbsoluteUri), "about/kosovo").AbsoluteUri, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rdfxml_from_stdin_with_from_and_its_errors_with_a_position()
    {
        var ok = CliRun.WithStdin(RdfXmlSample, "convert", "-", "--from", "rdfxml", "--to", "nt", "--base", "http://example.org/doc");
        Assert.True(ok.ExitCode == ExitCodes.Ok, ok.ToString());
        Assert.Contains("<http://example.org/ns#kosovo> <http://example.org/ns#page> <http://example.org/about/kosovo> .", ok.Stdout, StringComparison.Ordinal);

        var path = _scratch.File("bad.rdf", RdfXmlSample.Replace("<ex:name xml:lang=\"en\">Kosovo</ex:name>", "<rdf:about>x</rdf:about>", StringComparison.Ordinal));
        var bad = CliRun.Invoke("convert", path, "--to", "nt");
        Assert.Equal(ExitCodes.UsageError, bad.ExitCode);
        Assert.Contains($"{path}:4:6: rdf:about cannot be used as a property element", bad.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Stderr);
    }

    [Fact]
    public void Rdfxml_output_reads_back_to_the_same_graph()
    {
        var path = _scratch.File("sample.ttl", Sample);
        var result = CliRun.Invoke("convert", path, "--to", "rdfxml");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", result.Stdout, StringComparison.Ordinal);
        var output = _scratch.File("out.rdf");
        Assert.Equal(ExitCodes.Ok, CliRun.Invoke("convert", path, "-o", output).ExitCode);
        var back = CliRun.Invoke("convert", output, "--to", "nt");
        var direct = CliRun.Invoke("convert", path, "--to", "nt");
        Assert.Equal(direct.Stdout.Split('\n').Order(StringComparer.Ordinal), back.Stdout.Split('\n').Order(StringComparer.Ordinal));
    }
}
