using KgExport.Rdf;

namespace KgExport.Rdf.Tests.RdfXml;

/// <summary>Parses in-memory RDF/XML for the RDF/XML tests and compares it with the expected N-Triples.</summary>
internal static class RdfXmlText
{
    public const string Base = "http://example.org/dir/doc.rdf";

    /// <summary>An rdf:RDF element declaring rdf: and ex: around the given content.</summary>
    public static string Document(string content) =>
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/terms#\">\n" + content + "\n</rdf:RDF>";

    public static List<Quad> Parse(string text, string? baseIri = Base, string blankNodePrefix = "") =>
        [.. new RdfXmlParser(new ParserOptions { SourceName = "test.rdf", BaseIri = baseIri, BlankNodePrefix = blankNodePrefix }).Parse(new StringReader(text))];

    public static RdfSyntaxException Error(string text, string? baseIri = Base) =>
        Assert.Throws<RdfSyntaxException>(() => Parse(text, baseIri));

    /// <summary>Asserts the document parses to a graph isomorphic to the N-Triples (where "ex:" stands for the terms namespace).</summary>
    public static void AssertGraph(string rdfXml, string expectedNTriples, string? baseIri = Base)
    {
        var expected = new NQuadsParser(new ParserOptions { SourceName = "expected.nt" }, allowQuads: false)
            .Parse(new StringReader(expectedNTriples.Replace("ex:", "http://example.org/terms#", StringComparison.Ordinal)))
            .ToList();
        var actual = Parse(rdfXml, baseIri);
        Assert.True(Isomorphism.AreIsomorphic(expected, actual), Isomorphism.Describe(expected, actual) + "\nactual:\n" + string.Join("\n", actual));
    }
}
