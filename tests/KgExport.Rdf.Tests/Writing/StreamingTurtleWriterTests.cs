namespace KgExport.Rdf.Tests.Writing;

public class StreamingTurtleWriterTests
{
    private const string Ex = "http://example.org/";
    private static readonly Iri P = new(Ex + "p");
    private static readonly Iri Q = new(Ex + "q");
    private static readonly PrefixMap Prefixes = new([new("ex", Ex), new("unused", "http://unused.example/")]);

    private static Iri I(string local) => new(Ex + local);

    private static string Write(IEnumerable<Quad> quads, RdfFormat format = RdfFormat.Turtle, PrefixMap? prefixes = null)
    {
        var sw = new StringWriter();
        var writer = RdfIo.CreateWriter(format, sw, new WriterOptions { Prefixes = prefixes ?? Prefixes, Streaming = true });
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
        return sw.ToString();
    }

    [Fact]
    public void GroupsConsecutiveStatementsOfOneSubjectInArrivalOrder()
    {
        var text = Write(
        [
            new(I("s"), Q, new Literal("b")),
            new(I("s"), Q, new Literal("a")),
            new(I("s"), Vocab.Rdf.Type, I("T")),
            new(I("r"), P, I("o1")),
            new(I("s"), P, Literal.Typed("7", Vocab.Xsd.Integer)),
        ]);

        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n"
            + "@prefix unused: <http://unused.example/> .\n"
            + "\n"
            + "ex:s ex:q \"b\", \"a\" ;\n"
            + "    a ex:T .\n"
            + "\n"
            + "ex:r ex:p ex:o1 .\n"
            + "\n"
            + "ex:s ex:p 7 .\n",
            text);
    }

    [Fact]
    public void WritesEachRunOfANamedGraphAsOneTriGBlock()
    {
        var g = I("g");
        var text = Write(
        [
            new(I("a"), P, I("b")),
            new(I("s"), P, I("o"), g),
            new(I("s"), Q, I("o"), g),
            new(I("t"), P, I("o"), g),
            new(I("c"), P, I("d")),
        ],
        RdfFormat.TriG);

        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n"
            + "@prefix unused: <http://unused.example/> .\n"
            + "\n"
            + "ex:a ex:p ex:b .\n"
            + "\n"
            + "ex:g {\n"
            + "    ex:s ex:p ex:o ;\n"
            + "        ex:q ex:o .\n"
            + "\n"
            + "    ex:t ex:p ex:o .\n"
            + "}\n"
            + "\n"
            + "ex:c ex:p ex:d .\n",
            text);
        var back = new TurtleParser(new ParserOptions(), allowGraphs: true).Parse(new StringReader(text)).ToList();
        Assert.Equal(5, back.Count);
        Assert.Equal(3, back.Count(q => q.Graph == g));
    }

    [Fact]
    public void RepairsBlankNodeLabelsTheGrammarRejectsTheSameWayEachTime()
    {
        var odd = new BlankNode("has space");
        var text = Write([new(odd, P, I("o")), new(I("s"), P, odd), new(new BlankNode("ok"), P, odd)], prefixes: new PrefixMap());

        var back = new TurtleParser(new ParserOptions(), allowGraphs: false).Parse(new StringReader(text)).ToList();
        Assert.Equal(3, back.Count);
        // One node for the three mentions of the repaired label, one for "ok".
        Assert.Equal(2, back.Select(q => q.Subject).Concat(back.Select(q => q.Object)).OfType<BlankNode>().Distinct().Count());
        Assert.Equal(back[0].Subject, back[1].Object);
        Assert.Equal(back[0].Subject, back[2].Object);
    }

    [Fact]
    public void RefusesANamedGraphInTurtle()
    {
        var e = Assert.Throws<RdfWriteException>(() => Write([new(I("s"), P, I("o"), I("g"))]));
        Assert.Contains("Turtle has no named graphs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyDocumentIsItsPrologue()
    {
        Assert.Equal("@prefix ex: <http://example.org/> .\n@prefix unused: <http://unused.example/> .\n\n", Write([]));
        Assert.Equal("", Write([], prefixes: new PrefixMap()));
    }
}
