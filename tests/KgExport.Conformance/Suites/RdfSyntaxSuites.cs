using KgExport.Rdf;

namespace KgExport.Conformance;

/// <summary>
/// The RDF 1.1 syntax suites: N-Triples, N-Quads, Turtle, TriG, RDF/XML. Syntax tests check that the parser accepts or
/// rejects (with an <see cref="RdfSyntaxException"/>, never another exception) the action document; evaluation
/// tests compare the parsed dataset with the expected N-Triples/N-Quads by isomorphism.
/// </summary>
public static class RdfSyntaxSuites
{
    private const string Rdft = ManifestReader.Rdft;
    private const string Root = "rdf-tests/rdf/rdf11/";

    public static ConformanceSuite NTriples { get; } = new("ntriples", Root + "rdf-n-triples/manifest.ttl", new Dictionary<string, TestHandler>
    {
        [Rdft + "TestNTriplesPositiveSyntax"] = (t, ct) => PositiveSyntax(t, RdfFormat.NTriples, ct),
        [Rdft + "TestNTriplesNegativeSyntax"] = (t, ct) => NegativeSyntax(t, RdfFormat.NTriples, ct),
    });

    public static ConformanceSuite NQuads { get; } = new("nquads", Root + "rdf-n-quads/manifest.ttl", new Dictionary<string, TestHandler>
    {
        [Rdft + "TestNQuadsPositiveSyntax"] = (t, ct) => PositiveSyntax(t, RdfFormat.NQuads, ct),
        [Rdft + "TestNQuadsNegativeSyntax"] = (t, ct) => NegativeSyntax(t, RdfFormat.NQuads, ct),
    });

    public static ConformanceSuite Turtle { get; } = new("turtle", Root + "rdf-turtle/manifest.ttl", new Dictionary<string, TestHandler>
    {
        [Rdft + "TestTurtlePositiveSyntax"] = (t, ct) => PositiveSyntax(t, RdfFormat.Turtle, ct),
        [Rdft + "TestTurtleNegativeSyntax"] = (t, ct) => NegativeSyntax(t, RdfFormat.Turtle, ct),
        [Rdft + "TestTurtleEval"] = (t, ct) => Eval(t, RdfFormat.Turtle, RdfFormat.NTriples, ct),
        [Rdft + "TestTurtleNegativeEval"] = (t, ct) => NegativeSyntax(t, RdfFormat.Turtle, ct),
    });

    public static ConformanceSuite TriG { get; } = new("trig", Root + "rdf-trig/manifest.ttl", new Dictionary<string, TestHandler>
    {
        [Rdft + "TestTrigPositiveSyntax"] = (t, ct) => PositiveSyntax(t, RdfFormat.TriG, ct),
        [Rdft + "TestTrigNegativeSyntax"] = (t, ct) => NegativeSyntax(t, RdfFormat.TriG, ct),
        [Rdft + "TestTrigEval"] = (t, ct) => Eval(t, RdfFormat.TriG, RdfFormat.NQuads, ct),
        [Rdft + "TestTrigNegativeEval"] = (t, ct) => NegativeSyntax(t, RdfFormat.TriG, ct),
    });

    public static ConformanceSuite RdfXml { get; } = new("rdfxml", Root + "rdf-xml/manifest.ttl", new Dictionary<string, TestHandler>
    {
        [Rdft + "TestXMLEval"] = (t, ct) => Eval(t, RdfFormat.RdfXml, RdfFormat.NTriples, ct),
        [Rdft + "TestXMLNegativeSyntax"] = (t, ct) => NegativeSyntax(t, RdfFormat.RdfXml, ct),
    });

    /// <summary>Parses a local file completely with KgExport's parser for the format.</summary>
    public static List<Quad> ParseFile(string path, RdfFormat format, string baseIri, CancellationToken cancellationToken)
    {
        var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = path, BaseIri = baseIri });
        using var bytes = RdfIo.OpenFile(path);
        return [.. RdfIo.Parse(parser, bytes, path, cancellationToken)];
    }

    private static TestOutcome PositiveSyntax(ConformanceTest test, RdfFormat format, CancellationToken ct)
    {
        try
        {
            ParseFile(test.ActionPath, format, test.ActionBaseIri, ct);
            return TestOutcome.Pass;
        }
        catch (RdfSyntaxException e)
        {
            return TestOutcome.Fail($"rejected valid input: {e.Message}");
        }
    }

    private static TestOutcome NegativeSyntax(ConformanceTest test, RdfFormat format, CancellationToken ct)
    {
        try
        {
            var quads = ParseFile(test.ActionPath, format, test.ActionBaseIri, ct);
            return TestOutcome.Fail($"accepted invalid input ({quads.Count} quads)");
        }
        catch (Exception e) when (e is RdfSyntaxException or InvalidUtf8Exception)
        {
            return TestOutcome.Pass;
        }
    }

    private static TestOutcome Eval(ConformanceTest test, RdfFormat format, RdfFormat expectedFormat, CancellationToken ct)
    {
        List<Quad> actual;
        try
        {
            actual = ParseFile(test.ActionPath, format, test.ActionBaseIri, ct);
        }
        catch (RdfSyntaxException e)
        {
            return TestOutcome.Fail($"rejected valid input: {e.Message}");
        }
        var expected = ParseFile(test.ResultPath, expectedFormat, test.ActionBaseIri, ct);
        return DatasetComparison.AreIsomorphic(actual, expected)
            ? TestOutcome.Pass
            : TestOutcome.Fail(DatasetComparison.Describe(actual, expected));
    }
}
