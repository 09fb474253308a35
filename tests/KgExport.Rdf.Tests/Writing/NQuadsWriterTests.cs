namespace KgExport.Rdf.Tests.Writing;

public class NQuadsWriterTests
{
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri G = new("http://example.org/g");

    private static string Write(bool allowQuads, params Quad[] quads)
    {
        var sw = new StringWriter();
        var writer = new NQuadsWriter(sw, allowQuads);
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
        return sw.ToString();
    }

    [Fact]
    public void WritesOneLinePerStatementWithNewlineEndings()
    {
        var text = Write(true, new Quad(S, P, new Iri("http://example.org/o")), new Quad(new BlankNode("b0"), P, new Literal("x"), G));

        Assert.Equal(
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
            + "_:b0 <http://example.org/p> \"x\" <http://example.org/g> .\n",
            text);
    }

    [Fact]
    public void EscapesLiteralsCanonically()
    {
        var text = Write(false, new Quad(S, P, new Literal("q\"b\\n\nr\rt\tb\bf\f\u0001\u001F\u007F é 😀")));

        Assert.Equal("<http://example.org/s> <http://example.org/p> \"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\f\\u0001\\u001F\\u007F é 😀\" .\n", text);
    }

    [Fact]
    public void WritesLanguageTagsAndDatatypes()
    {
        var text = Write(
            false,
            new Quad(S, P, Literal.WithLanguage("chat", "fr-BE")),
            new Quad(S, P, Literal.Typed("1", Vocab.Xsd.Integer)),
            new Quad(S, P, Literal.Typed("plain", Vocab.Xsd.String)));

        Assert.Equal(
            "<http://example.org/s> <http://example.org/p> \"chat\"@fr-BE .\n"
            + "<http://example.org/s> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            + "<http://example.org/s> <http://example.org/p> \"plain\" .\n",
            text);
    }

    [Fact]
    public void NTriplesRejectsNamedGraphsClearly()
    {
        var e = Assert.Throws<RdfWriteException>(() => Write(false, new Quad(S, P, S, G)));

        Assert.Contains("N-Triples has no named graphs", e.Message, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/g>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsIrisThatNoSyntaxCanCarry()
    {
        var e = Assert.Throws<RdfWriteException>(() => Write(false, new Quad(new Iri("http://example.org/a b"), P, S)));

        Assert.Contains("<http://example.org/a b>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepairsBlankNodeLabelsOutsideTheGrammar()
    {
        var text = Write(false, new Quad(new BlankNode("my node."), P, new BlankNode("-x")), new Quad(new BlankNode("ok.1"), P, S));

        Assert.Equal(
            "_:my_x20_node_x2E_ <http://example.org/p> _:_x2D_x .\n"
            + "_:ok.1 <http://example.org/p> <http://example.org/s> .\n",
            text);
    }

    [Fact]
    public void LargeOutputMatchesTheFormatterLineByLine()
    {
        var quads = Enumerable.Range(0, 20_000)
            .Select(i => new Quad(new Iri("http://example.org/s" + i), P, new Literal(new string('x', i % 300) + "\n" + i), i % 2 == 0 ? null : G))
            .ToArray();

        var text = Write(true, quads);

        Assert.Equal(string.Concat(quads.Select(q => NTriplesFormatter.Format(q) + "\n")), text);
    }

    [Fact]
    public void OutputParsesBackToTheSameQuads()
    {
        Quad[] quads =
        [
            new(S, P, Literal.WithLanguage("Grüße\n\"zitat\"", "de")),
            new(new BlankNode("a"), P, new BlankNode("b"), new BlankNode("g")),
            new(S, P, Literal.Typed("2024-01-01", Vocab.Xsd.Date), G),
        ];

        var text = Write(true, quads);
        var parsed = new NQuadsParser(new ParserOptions(), allowQuads: true).Parse(new StringReader(text)).ToList();

        Assert.Equal(quads, parsed);
    }
}
