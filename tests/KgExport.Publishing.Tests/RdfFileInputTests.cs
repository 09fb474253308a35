namespace KgExport.Publishing.Tests;

public sealed class RdfFileInputTests
{
    [Fact]
    public void NamedGraphsKeepTheirNamesAndDefaultGraphTriplesGoToTheFileGraph()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kgexport-publish-rdf-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        try
        {
            var trig = Path.Combine(dir, "data.trig");
            File.WriteAllText(trig, "<http://e/s> <http://e/p> \"default\" .\n<http://e/g1> { <http://e/s> <http://e/p> \"one\" . <http://e/s> <http://e/p> \"two\" . }\n");
            var result = PublishRun.Cli("publish", trig, "--store", "http://127.0.0.1:1/gsp", "--dry-run");
            Assert.True(result.ExitCode == 0, result.ToString());
            var fileIri = new Uri(Path.GetFullPath(trig)).AbsoluteUri;
            Assert.Contains($"PUT http://127.0.0.1:1/gsp?graph={Uri.EscapeDataString(fileIri)} (application/n-triples, 1 triples", result.Stdout);
            Assert.Contains($"PUT http://127.0.0.1:1/gsp?graph={Uri.EscapeDataString("http://e/g1")} (application/n-triples, 2 triples", result.Stdout);
            Assert.Contains("dry run: 2 graphs, 3 triples; nothing was sent", result.Stdout);

            // The same graph from two inputs is refused: a PUT of one would wipe the other.
            var copy = Path.Combine(dir, "copy.trig");
            File.Copy(trig, copy);
            var twice = PublishRun.Cli("publish", trig, copy, "--store", "http://127.0.0.1:1/gsp", "--dry-run");
            Assert.Equal(2, twice.ExitCode);
            Assert.Contains("graph http://e/g1 comes from more than one input", twice.Stderr);

            var bad = Path.Combine(dir, "bad.ttl");
            File.WriteAllText(bad, "<http://e/s> <http://e/p> .\n");
            var syntax = PublishRun.Cli("publish", bad, "--store", "http://127.0.0.1:1/gsp");
            Assert.Equal(2, syntax.ExitCode);
            Assert.Contains("bad.ttl:1:", syntax.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_at_the_bad_byte_before_anything_is_sent()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kgexport-publish-rdf-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        try
        {
            var latin1 = Path.Combine(dir, "latin1.ttl");
            File.WriteAllBytes(latin1, [.. "<http://e/s> <http://e/p> \"caf"u8.ToArray(), 0xE9, .. "\" .\n"u8.ToArray()]);
            var result = PublishRun.Cli("publish", latin1, "--store", "http://127.0.0.1:1/gsp", "--dry-run");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{latin1}: not valid UTF-8 (byte offset 30)", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("PUT", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
