using KgExport.Testing;
using Xunit.Abstractions;

namespace KgExport.Rdf.Tests.Writing;

/// <summary>
/// Round-trip property over the W3C suites: for every graph, parse(write(g)) is isomorphic to g, for every writer
/// (and for the pretty writers, sorted and streaming, with and without prefixes and a base); the sorted pretty writers
/// give the same bytes whatever order the statements arrive in.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var suite in W3CGraphs.Suites.Keys)
        {
            foreach (var writer in Writers.Keys) data.Add(suite, writer);
        }
        return data;
    }

    private static readonly PrefixMap TestPrefixes = new(
    [
        new("", "http://www.w3.org/2013/TurtleTests/"),
        new("a", "http://a.example/"),
        new("ex", "http://example/"),
        new("ex2", "http://example.org/"),
        new("rdf", Vocab.Rdf.Namespace),
        new("xsd", Vocab.Xsd.Namespace),
    ]);

    private static readonly Dictionary<string, (RdfFormat Format, WriterOptions Options)> Writers = new()
    {
        ["ntriples"] = (RdfFormat.NTriples, new WriterOptions()),
        ["nquads"] = (RdfFormat.NQuads, new WriterOptions()),
        ["turtle"] = (RdfFormat.Turtle, new WriterOptions()),
        ["turtle-prefixed"] = (RdfFormat.Turtle, new WriterOptions { Prefixes = TestPrefixes, BaseIri = "http://a.example/" }),
        ["trig"] = (RdfFormat.TriG, new WriterOptions()),
        ["trig-prefixed"] = (RdfFormat.TriG, new WriterOptions { Prefixes = TestPrefixes, BaseIri = "http://example/base/" }),
        ["turtle-stream"] = (RdfFormat.Turtle, new WriterOptions { Streaming = true }),
        ["turtle-stream-prefixed"] = (RdfFormat.Turtle, new WriterOptions { Prefixes = TestPrefixes, BaseIri = "http://a.example/", Streaming = true }),
        ["trig-stream"] = (RdfFormat.TriG, new WriterOptions { Streaming = true }),
        ["trig-stream-prefixed"] = (RdfFormat.TriG, new WriterOptions { Prefixes = TestPrefixes, BaseIri = "http://example/base/", Streaming = true }),
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void WriteThenParseGivesAnIsomorphicGraph(string suite, string writerName)
    {
        var dir = W3CGraphs.SuiteDirectory(suite);
        if (!Directory.Exists(dir))
        {
            Assert.False(TestPaths.IsCi, $"W3C suite missing on CI: {dir}");
            Skip.If(true, $"W3C suite not found at {dir} (set KGEXPORT_W3C)");
        }

        var (format, options) = Writers[writerName];
        var failures = new List<string>();
        var checkedGraphs = 0;
        foreach (var (name, quads) in W3CGraphs.Load(suite))
        {
            if (!RdfFormats.SupportsDatasets(format) && quads.Any(q => q.Graph is not null)) continue;
            checkedGraphs++;
            string text;
            try
            {
                text = Write(format, options, quads);
            }
            catch (RdfWriteException e)
            {
                failures.Add($"{name}: writer refused: {e.Message}");
                continue;
            }

            if (ParseBackDifference(name, format, quads, text) is { } failure)
            {
                failures.Add(failure);
                continue;
            }

            var reversed = Enumerable.Reverse(quads).ToList();
            if (options.Streaming)
            {
                // Streaming output follows the input's order: another order must still give the same graph.
                if (ParseBackDifference(name, format, quads, Write(format, options, reversed)) is { } reversedFailure) failures.Add($"reversed: {reversedFailure}");
            }
            else if (format is RdfFormat.Turtle or RdfFormat.TriG)
            {
                if (Write(format, options, reversed) != text) failures.Add($"{name}: output depends on input order");
            }
        }

        output.WriteLine($"{suite} via {writerName}: {checkedGraphs} graphs, {failures.Count} failures");
        Assert.True(checkedGraphs > 0, "no graphs found in the manifest");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    // Null when the text parses back to a graph isomorphic to the quads, else what went wrong.
    private static string? ParseBackDifference(string name, RdfFormat format, List<Quad> quads, string text)
    {
        List<Quad> back;
        try
        {
            back = RdfIo.CreateParser(format, new ParserOptions { SourceName = name, BaseIri = "http://elsewhere.example/" })
                .Parse(new StringReader(text)).ToList();
        }
        catch (RdfSyntaxException e)
        {
            return $"{name}: output does not parse: {e.Message}\n{text}";
        }
        return Isomorphism.Describe(quads, back) is { } difference ? $"{name}: {difference}\n{text}" : null;
    }

    private static string Write(RdfFormat format, WriterOptions options, IEnumerable<Quad> quads)
    {
        var sw = new StringWriter();
        var writer = RdfIo.CreateWriter(format, sw, options);
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
        return sw.ToString();
    }
}
