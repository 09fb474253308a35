namespace KgExport.Rdf.Tests.Writing;

public class TurtleWriterTests
{
    private const string Ex = "http://example.org/";
    private static readonly Iri P = new(Ex + "p");
    private static readonly Iri Q = new(Ex + "q");
    private static readonly PrefixMap Prefixes = new([new("ex", Ex), new("xsd", Vocab.Xsd.Namespace), new("rdf", Vocab.Rdf.Namespace), new("unused", "http://unused.example/")]);

    private static Iri I(string local) => new(Ex + local);

    private static BlankNode B(string label) => new(label);

    private static string Write(IEnumerable<Quad> quads, bool trig = false, WriterOptions? options = null)
    {
        var sw = new StringWriter();
        var writer = new TurtleWriter(sw, options ?? new WriterOptions { Prefixes = Prefixes }, trig);
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
        return sw.ToString();
    }

    private static List<Quad> Reparse(string text, bool trig = false) =>
        new TurtleParser(new ParserOptions { BaseIri = "http://base.example/" }, trig).Parse(new StringReader(text)).ToList();

    [Fact]
    public void GroupsBySubjectAndPredicateWithTypeFirst()
    {
        var text = Write(
        [
            new(I("s"), Q, new Literal("b")),
            new(I("s"), P, I("o2")),
            new(I("s"), Vocab.Rdf.Type, I("T")),
            new(I("s"), P, I("o1")),
            new(I("s"), Q, new Literal("a")),
            new(I("r"), P, I("o1")),
        ]);

        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n"
            + "\n"
            + "ex:r ex:p ex:o1 .\n"
            + "\n"
            + "ex:s a ex:T ;\n"
            + "    ex:p ex:o1, ex:o2 ;\n"
            + "    ex:q \"a\", \"b\" .\n",
            text);
    }

    [Fact]
    public void DeclaresOnlyUsedPrefixesAndPicksTheLongestNamespace()
    {
        var prefixes = new PrefixMap([new("ex", Ex), new("deep", Ex + "deep/"), new("zzz", "http://nowhere/")]);

        var text = Write([new(I("deep/x"), P, I("y"))], options: new WriterOptions { Prefixes = prefixes });

        Assert.Equal(
            "@prefix deep: <http://example.org/deep/> .\n@prefix ex: <http://example.org/> .\n\ndeep:x ex:p ex:y .\n",
            text);
    }

    [Fact]
    public void EscapesOrAvoidsLocalNamesOutsidePnLocal()
    {
        var text = Write(
        [
            new(I("a.b"), P, I("end.")),
            new(I("x"), P, I("-lead")),
            new(I("y"), P, I("50%25")),
            new(I("z"), P, I("pct%zz")),
            new(I("w"), P, I("with~tilde(1)")),
            new(I("v"), P, I("käse")),
        ]);

        Assert.Contains("ex:a.b ex:p ex:end\\. .", text, StringComparison.Ordinal);
        Assert.Contains("ex:x ex:p ex:\\-lead .", text, StringComparison.Ordinal);
        Assert.Contains("ex:y ex:p ex:50%25 .", text, StringComparison.Ordinal);
        Assert.Contains("ex:z ex:p ex:pct\\%zz .", text, StringComparison.Ordinal);
        Assert.Contains("ex:w ex:p ex:with\\~tilde\\(1\\) .", text, StringComparison.Ordinal);
        Assert.Contains("ex:v ex:p ex:käse .", text, StringComparison.Ordinal);
        Assert.True(Isomorphism.AreIsomorphic(Reparse(text), Reparse(text)));
        Assert.Equal(6, Reparse(text).Count);
        Assert.Contains(new Quad(I("z"), P, I("pct%zz")), Reparse(text));
        Assert.Contains(new Quad(I("a.b"), P, I("end.")), Reparse(text));
    }

    [Fact]
    public void WritesNumbersAndBooleansShortOnlyWhenLossless()
    {
        Quad Lit(string lexical, Iri datatype) => new(I("s"), P, Literal.Typed(lexical, datatype));
        var text = Write(
        [
            Lit("42", Vocab.Xsd.Integer),
            Lit("-0.5", Vocab.Xsd.Decimal),
            Lit("1.5E-3", Vocab.Xsd.Double),
            Lit("true", Vocab.Xsd.Boolean),
            Lit("1.", Vocab.Xsd.Decimal),
            Lit("INF", Vocab.Xsd.Double),
            Lit("1", Vocab.Xsd.Boolean),
            Lit(" 7", Vocab.Xsd.Integer),
            Lit("2.5", Vocab.Xsd.Double),
        ]);

        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n"
            + "ex:s ex:p \" 7\"^^xsd:integer, -0.5, \"1\"^^xsd:boolean, \"1.\"^^xsd:decimal, 1.5E-3, \"2.5\"^^xsd:double, 42, "
            + "\"INF\"^^xsd:double, true .\n",
            text);
    }

    [Fact]
    public void EscapesStringsAndUsesLongQuotesForMultiLineText()
    {
        var text = Write(
        [
            new(I("s"), P, new Literal("tab\there \"quoted\" back\\slash \u0001")),
            new(I("s"), Q, Literal.WithLanguage("line one\nline \"two\"\"", "en")),
        ]);

        Assert.Contains("ex:p \"tab\\there \\\"quoted\\\" back\\\\slash \\u0001\" ;", text, StringComparison.Ordinal);
        Assert.Contains("ex:q \"\"\"line one\nline \"two\\\"\\\"\"\"\"@en .", text, StringComparison.Ordinal);
        var back = Reparse(text);
        Assert.Contains(new Quad(I("s"), Q, Literal.WithLanguage("line one\nline \"two\"\"", "en")), back);
        Assert.Contains(new Quad(I("s"), P, new Literal("tab\there \"quoted\" back\\slash \u0001")), back);
    }

    [Fact]
    public void NestsBlankNodesReferencedOnceAndWritesLists()
    {
        Quad[] quads =
        [
            new(I("s"), P, B("n")),
            new(B("n"), Q, new Literal("inner")),
            new(I("s"), Q, B("l1")),
            new(B("l1"), Vocab.Rdf.First, Literal.Typed("1", Vocab.Xsd.Integer)),
            new(B("l1"), Vocab.Rdf.Rest, B("l2")),
            new(B("l2"), Vocab.Rdf.First, B("item")),
            new(B("l2"), Vocab.Rdf.Rest, Vocab.Rdf.Nil),
            new(B("item"), P, I("o")),
            new(I("s"), P, Vocab.Rdf.Nil),
            new(I("s"), P, B("empty")),
        ];

        var text = Write(quads);

        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n\n"
            + "ex:s ex:p [], [\n"
            + "        ex:q \"inner\"\n"
            + "    ], () ;\n"
            + "    ex:q ( 1 [\n"
            + "        ex:p ex:o\n"
            + "    ] ) .\n",
            text);
        Assert.True(Isomorphism.AreIsomorphic(quads, Reparse(text)), Isomorphism.Describe(quads, Reparse(text)));
    }

    [Fact]
    public void SharedOrCyclicBlankNodesKeepTheirLabels()
    {
        Quad[] quads =
        [
            new(I("a"), P, B("shared")),
            new(I("b"), P, B("shared")),
            new(B("c1"), P, B("c2")),
            new(B("c2"), P, B("c1")),
            new(B("self"), P, B("self")),
        ];

        var text = Write(quads);

        Assert.Contains("_:c1 ex:p [\n        ex:p _:c1\n    ] .", text, StringComparison.Ordinal);
        Assert.Contains("_:self ex:p _:self .", text, StringComparison.Ordinal);
        Assert.Contains("ex:a ex:p _:shared .", text, StringComparison.Ordinal);
        Assert.Contains("ex:b ex:p _:shared .", text, StringComparison.Ordinal);
        Assert.True(Isomorphism.AreIsomorphic(quads, Reparse(text)));
    }

    [Fact]
    public void UnreferencedBlankSubjectsAreAnonymous()
    {
        var text = Write([new(B("x"), P, I("o")), new(B("x"), Q, I("o"))]);

        Assert.Equal("@prefix ex: <http://example.org/> .\n\n[\n    ex:p ex:o ;\n    ex:q ex:o\n] .\n", text);
    }

    [Fact]
    public void MalformedListsAreWrittenAsPlainStatements()
    {
        Quad[] quads =
        [
            new(I("s"), P, B("l1")),
            new(B("l1"), Vocab.Rdf.First, I("x")),
            new(B("l1"), Vocab.Rdf.Rest, B("l2")),
            new(B("l2"), Vocab.Rdf.First, I("y")),
            new(B("l2"), Vocab.Rdf.Rest, I("notNil")),
        ];

        var text = Write(quads);

        Assert.DoesNotContain("(", text, StringComparison.Ordinal);
        Assert.Contains("rdf:first", text, StringComparison.Ordinal);
        Assert.True(Isomorphism.AreIsomorphic(quads, Reparse(text)));
    }

    [Fact]
    public void SameDatasetGivesSameBytesWhateverTheOrder()
    {
        var quads = new List<Quad>();
        for (var i = 0; i < 200; i++)
        {
            quads.Add(new Quad(I("s" + (i % 17)), new Iri(Ex + "p" + (i % 5)), i % 3 == 0 ? B("b" + (i % 11)) : Literal.Typed((i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer), i % 4 == 0 ? I("g" + (i % 3)) : null));
            quads.Add(new Quad(B("b" + (i % 11)), P, new Literal("v" + i)));
        }
        var shuffled = quads.OrderBy(q => q.GetHashCode()).Concat(quads.Take(10)).ToList();

        var one = Write(quads, trig: true);
        var two = Write(shuffled, trig: true);

        Assert.Equal(one, two);
        Assert.True(Isomorphism.AreIsomorphic(quads, Reparse(one, trig: true)));
    }

    [Fact]
    public void TriGWritesDefaultGraphFirstThenNamedGraphs()
    {
        var text = Write(
        [
            new(I("s"), P, I("o"), I("g2")),
            new(I("s"), P, I("o"), B("gb")),
            new(I("s"), P, I("o")),
            new(I("s"), Q, I("o"), I("g1")),
        ], trig: true);

        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n\n"
            + "ex:s ex:p ex:o .\n\n"
            + "_:gb {\n    ex:s ex:p ex:o .\n}\n\n"
            + "ex:g1 {\n    ex:s ex:q ex:o .\n}\n\n"
            + "ex:g2 {\n    ex:s ex:p ex:o .\n}\n",
            text);
    }

    [Fact]
    public void BlankNodesUsedInTwoGraphsAreNotNested()
    {
        Quad[] quads = [new(I("s"), P, B("x"), I("g1")), new(B("x"), P, I("o"), I("g2"))];

        var text = Write(quads, trig: true);

        Assert.Contains("_:x", text, StringComparison.Ordinal);
        Assert.True(Isomorphism.AreIsomorphic(quads, Reparse(text, trig: true)));
    }

    [Fact]
    public void TurtleRejectsNamedGraphs()
    {
        var e = Assert.Throws<RdfWriteException>(() => Write([new(I("s"), P, I("o"), I("g"))]));

        Assert.Contains("Turtle has no named graphs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesBaseAndRelativeIrisOnlyWhereLossless()
    {
        var options = new WriterOptions { BaseIri = "http://base.example/dir/doc" };

        var text = Write(
        [
            new(new Iri("http://base.example/dir/doc"), P, new Iri("http://base.example/dir/doc#frag")),
            new(new Iri("http://base.example/dir/other"), P, new Iri("http://base.example/dir/a:b")),
            new(new Iri("http://base.example/dir/x/./y"), P, new Iri("http://base.example/elsewhere")),
        ], options: options);

        Assert.StartsWith("@base <http://base.example/dir/doc> .\n\n", text, StringComparison.Ordinal);
        Assert.Contains("<> <http://example.org/p> <#frag> .", text, StringComparison.Ordinal);
        Assert.Contains("<other> <http://example.org/p> <http://base.example/dir/a:b> .", text, StringComparison.Ordinal);
        Assert.Contains("<http://base.example/dir/x/./y> <http://example.org/p> <http://base.example/elsewhere> .", text, StringComparison.Ordinal);
        var back = new TurtleParser(new ParserOptions { BaseIri = "http://unrelated.example/" }, false).Parse(new StringReader(text)).ToList();
        Assert.Contains(new Quad(new Iri("http://base.example/dir/doc"), P, new Iri("http://base.example/dir/doc#frag")), back);
        Assert.Contains(new Quad(new Iri("http://base.example/dir/other"), P, new Iri("http://base.example/dir/a:b")), back);
    }

    [Fact]
    public void RepairsInvalidBlankNodeLabelsWithoutCollisions()
    {
        Quad[] quads = [new(B("a b"), P, B("a b")), new(B("a_x20_b"), P, B("a_x20_b"))];

        var text = Write(quads);

        Assert.Contains("_:a_x20_b_1 ex:p _:a_x20_b_1 .", text, StringComparison.Ordinal);
        Assert.Contains("_:a_x20_b ex:p _:a_x20_b .", text, StringComparison.Ordinal);
        Assert.True(Isomorphism.AreIsomorphic(quads, Reparse(text)));
    }

    [Fact]
    public void EmptyInputWritesNothingButUsedPrefixes()
    {
        Assert.Equal("", Write([]));
        Assert.Equal("@base <http://b.example/> .\n", Write([], options: new WriterOptions { BaseIri = "http://b.example/" }));
    }
}
