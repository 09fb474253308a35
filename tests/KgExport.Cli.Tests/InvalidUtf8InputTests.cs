namespace KgExport.Cli.Tests;

/// <summary>Every verb that reads RDF files reads them the one way: strict UTF-8, one wording, exit 2.</summary>
public sealed class InvalidUtf8InputTests
{
    private static string Latin1Turtle(ScratchDirectory dir)
    {
        var path = dir.File("latin1.ttl");
        File.WriteAllBytes(path, [.. "<http://e/s> <http://e/p> \"caf"u8.ToArray(), 0xE9, .. "\" .\n"u8.ToArray()]);
        return path;
    }

    public static TheoryData<string> Verbs => ["convert", "query", "validate", "publish", "convert-stdin"];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void A_byte_that_is_not_utf8_is_an_input_error_naming_the_file_and_the_offset(string verb)
    {
        using var dir = new ScratchDirectory();
        var path = Latin1Turtle(dir);
        var result = verb switch
        {
            "convert" => CliRun.Invoke("convert", path, "--to", "ntriples"),
            "convert-stdin" => CliRun.WithStdin(File.ReadAllBytes(path), "convert", "-", "--from", "turtle", "--to", "ntriples"),
            "query" => CliRun.Invoke("query", "--data", path, "-e", "SELECT * { ?s ?p ?o }"),
            "validate" => CliRun.Invoke("validate", path),
            _ => CliRun.Invoke("publish", path, "--store", "http://127.0.0.1:1/gsp", "--dry-run"),
        };
        Assert.True(result.ExitCode == 2, result.ToString());
        var name = verb == "convert-stdin" ? "-" : path;
        Assert.Contains($"{name}: not valid UTF-8 (byte offset 30)", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", result.Stdout + result.Output, StringComparison.Ordinal);
    }
}
