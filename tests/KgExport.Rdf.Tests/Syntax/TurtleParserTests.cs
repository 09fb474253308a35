using KgExport.Rdf;
using static KgExport.Rdf.Tests.Syntax.ParseText;

namespace KgExport.Rdf.Tests.Syntax;

public sealed class TurtleParserTests
{
    private const string Prefixes = "@prefix : <http://example.org/> .\n";

    [Fact]
    public void ExpandsPrefixedNamesAndTheAKeyword()
    {
        var q = Assert.Single(Quads(RdfFormat.Turtle, Prefixes + ":s a :C ."));
        Assert.Equal(new Quad(Ex("s"), Vocab.Rdf.Type, Ex("C")), q);
    }

    [Fact]
    public void AcceptsSparqlStyleDirectivesCaseInsensitively()
    {
        var q = Assert.Single(Quads(RdfFormat.Turtle, "prefix ex: <http://example.org/>\nBase <http://other.example/>\nex:s ex:p <o> ."));
        Assert.Equal(I("http://other.example/o"), q.Object);
    }

    [Fact]
    public void ResolvesRelativeIrisAgainstTheDocumentBaseAndEachBaseDirective()
    {
        var quads = Quads(RdfFormat.Turtle, """
            <a> <p> <../up> .
            @base <http://example.com/x/y/> .
            <b> <p> <#frag> .
            @base <../z/> .
            <c> <p> <?q> .
            """);
        Assert.Equal(
        [
            new Quad(I("http://example.org/dir/a"), I("http://example.org/dir/p"), I("http://example.org/up")),
            new Quad(I("http://example.com/x/y/b"), I("http://example.com/x/y/p"), I("http://example.com/x/y/#frag")),
            new Quad(I("http://example.com/x/z/c"), I("http://example.com/x/z/p"), I("http://example.com/x/z/?q")),
        ], quads);
    }

    [Fact]
    public void RejectsARelativeIriWithoutABase()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Quads(RdfFormat.Turtle, "<a> <http://example.org/p> 1 .", baseIri: null));
        Assert.Equal((1, 1), (e.Position.Line, e.Position.Column));
        Assert.Contains("no base", e.Reason);
    }

    [Fact]
    public void ReadsNumbersAndBooleansAsTypedLiterals()
    {
        var objects = Quads(RdfFormat.Turtle, Prefixes + ":s :p 1, -2, +3.5, .5, 1e3, 1.E-2, 4.\n:s :p true, false .").Select(q => q.Object).ToList();
        Assert.Equal(
        [
            new Literal("1", Vocab.Xsd.Integer),
            new Literal("-2", Vocab.Xsd.Integer),
            new Literal("+3.5", Vocab.Xsd.Decimal),
            new Literal(".5", Vocab.Xsd.Decimal),
            new Literal("1e3", Vocab.Xsd.Double),
            new Literal("1.E-2", Vocab.Xsd.Double),
            new Literal("4", Vocab.Xsd.Integer),
            new Literal("true", Vocab.Xsd.Boolean),
            new Literal("false", Vocab.Xsd.Boolean),
        ], objects);
    }

    [Fact]
    public void ReadsEveryStringForm()
    {
        var objects = Quads(RdfFormat.Turtle, Prefixes + """"
            :s :p "a\"b", 'c\'d', '''multi
            line ''x''', """long "quoted" ok""", "typed"^^:dt, "tag"@en-GB .
            """").Select(q => q.Object).ToList();
        Assert.Equal(
        [
            new Literal("a\"b"),
            new Literal("c'd"),
            new Literal("multi\nline ''x"),
            new Literal("long \"quoted\" ok"),
            new Literal("typed", Ex("dt")),
            Literal.WithLanguage("tag", "en-GB"),
        ], objects);
    }

    [Fact]
    public void UnescapesLocalNamesAndKeepsPercentEncoding()
    {
        var q = Assert.Single(Quads(RdfFormat.Turtle, Prefixes + ":s :p :a\\~b\\.c%20d.e:f ."));
        Assert.Equal(I("http://example.org/a~b.c%20d.e:f"), q.Object);
    }

    [Fact]
    public void DoesNotTakeATrailingDotIntoANameOrLabel()
    {
        var quads = Quads(RdfFormat.Turtle, Prefixes + ":s :p :o.\n_:b1 :p _:b2.");
        Assert.Equal(Ex("o"), quads[0].Object);
        Assert.Equal(new BlankNode("b2"), quads[1].Object);
    }

    [Fact]
    public void ExpandsCollectionsAndBlankNodePropertyLists()
    {
        var quads = Quads(RdfFormat.Turtle, Prefixes + ":s :p ( 1 [ :q :r ] ) .");
        Assert.Equal(6, quads.Count);
        var head = quads.Single(q => q.Subject == Ex("s")).Object;
        var first = quads.Single(q => q.Subject == head && q.Predicate == Vocab.Rdf.First);
        Assert.Equal(new Literal("1", Vocab.Xsd.Integer), first.Object);
        var rest = quads.Single(q => q.Subject == head && q.Predicate == Vocab.Rdf.Rest).Object;
        var inner = quads.Single(q => q.Subject == rest && q.Predicate == Vocab.Rdf.First).Object;
        Assert.Contains(new Quad(inner, Ex("q"), Ex("r")), quads);
        Assert.Contains(new Quad(rest, Vocab.Rdf.Rest, Vocab.Rdf.Nil), quads);
    }

    [Fact]
    public void AnEmptyCollectionIsRdfNil()
    {
        Assert.Equal(Vocab.Rdf.Nil, Assert.Single(Quads(RdfFormat.Turtle, Prefixes + ":s :p () .")).Object);
    }

    [Fact]
    public void GeneratedBlankNodesNeverCollideWithDocumentLabels()
    {
        var quads = Quads(RdfFormat.Turtle, Prefixes + "_:anon1 :p [] . _:b0 :p [] . _:anon_x :p [] .");
        var labels = quads.SelectMany(q => new[] { q.Subject, q.Object }).Cast<BlankNode>().Select(b => b.Label).ToList();
        Assert.Equal(6, labels.Distinct().Count());
        Assert.Contains("b0", labels);
    }

    [Fact]
    public void KeepsDocumentLabelsConsistentAndAppliesTheBlankNodePrefix()
    {
        var parser = new TurtleParser(new ParserOptions { BlankNodePrefix = "d7_" }, allowGraphs: false);
        var quads = parser.Parse(new StringReader("_:x <http://example.org/p> _:x , [] .")).ToList();
        Assert.Equal(new BlankNode("d7_x"), quads[0].Subject);
        Assert.Equal(quads[0].Subject, quads[0].Object);
        Assert.StartsWith("d7_", ((BlankNode)quads[1].Object).Label);
        Assert.NotEqual(quads[0].Subject, quads[1].Object);
    }

    [Fact]
    public void PrefixesReflectTheDeclarations()
    {
        var parser = new TurtleParser(new ParserOptions { BaseIri = Base }, allowGraphs: false);
        _ = parser.Parse(new StringReader("@prefix a: <http://a.example/> .\nPREFIX b: <rel/>\n@prefix a: <http://a2.example/> .")).ToList();
        Assert.Equal(
        [
            new KeyValuePair<string, string>("a", "http://a2.example/"),
            new KeyValuePair<string, string>("b", "http://example.org/dir/rel/"),
        ], parser.Prefixes.Entries);
    }

    [Fact]
    public void ReadsTriGGraphsInEveryForm()
    {
        var quads = Quads(RdfFormat.TriG, Prefixes + """
            :s :p :o .
            { :s :p :default }
            :g1 { :s :p :o1 . :s :p :o2 }
            GRAPH :g2 { :s :p :o3 . }
            graph _:g3 { :s :p :o4 }
            [] { :s :p :o5 }
            """);
        Assert.Equal(7, quads.Count);
        Assert.Null(quads[0].Graph);
        Assert.Null(quads[1].Graph);
        Assert.Equal(Ex("g1"), quads[2].Graph);
        Assert.Equal(Ex("g1"), quads[3].Graph);
        Assert.Equal(Ex("g2"), quads[4].Graph);
        Assert.IsType<BlankNode>(quads[5].Graph);
        Assert.IsType<BlankNode>(quads[6].Graph);
    }

    [Fact]
    public void TriGBlankNodeLabelsAreScopedToTheDocumentNotTheGraph()
    {
        var quads = Quads(RdfFormat.TriG, Prefixes + ":g1 { _:b :p [] } :g2 { _:b :p [] }");
        Assert.Equal(quads[0].Subject, quads[1].Subject);
        Assert.NotEqual(quads[0].Object, quads[1].Object);
    }

    [Theory]
    [InlineData(":s :p :o", 2, 9, "'.'")]
    [InlineData(":s :p .", 2, 7, "object")]
    [InlineData(":s :p \"abc", 2, 11, "unterminated string")]
    [InlineData(":s :p \"a\\qb\" .", 2, 10, "invalid escape")]
    [InlineData(":s :p <http://example.org/a b> .", 2, 28, "space")]
    [InlineData(":s\n  :p\n  nope:o .", 4, 3, "undefined prefix 'nope:'")]
    [InlineData(":s :p :o ; ; :q .", 2, 17, "object")]
    [InlineData(":s :p ( 1 2 .", 2, 13, "object")]
    [InlineData(":s :p [ :q :r .", 2, 15, "']'")]
    [InlineData(":s :p :a\\zb .", 2, 10, "local name")]
    [InlineData(":s :p \"x\"@1 .", 2, 11, "language tag")]
    [InlineData(":s :p :o .\n{ :s :p :o }", 3, 1, "TriG")]
    [InlineData(":s foo :o .", 2, 4, "found 'foo'")]
    [InlineData("@prefix x <http://x/> .", 2, 10, "':'")]
    [InlineData("@keywords a .", 2, 1, "@prefix or @base")]
    public void ReportsTheLineAndColumnOfTheOffendingCharacter(string body, int line, int column, string reason)
    {
        var e = Error(RdfFormat.Turtle, Prefixes + body);
        Assert.Contains(reason, e.Reason);
        Assert.Equal((line, column), (e.Position.Line, e.Position.Column));
    }

    [Theory]
    [InlineData(":g { :s :p :o ", "'}'")]
    [InlineData(":g { :g2 { :s :p :o } }", "predicate")]
    [InlineData(":g { @prefix x: <http://x/> . }", "subject")]
    [InlineData("( :a ) { :s :p :o }", "predicate")]
    public void RejectsMalformedTriGGraphs(string body, string reason)
    {
        var e = Error(RdfFormat.TriG, Prefixes + body);
        Assert.Contains(reason, e.Reason);
    }

    [Fact]
    public void YieldsQuadsBeforeAnErrorLaterInTheInput()
    {
        var parser = new TurtleParser(new ParserOptions(), allowGraphs: true);
        var seen = new List<Quad>();
        Assert.Throws<RdfSyntaxException>(() =>
        {
            foreach (var q in parser.Parse(new StringReader(Prefixes + ":g { :s :p 1 . :s :p 2 . :s :p ] }"))) seen.Add(q);
        });
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void ReadsAcrossBufferBoundaries()
    {
        var text = new System.Text.StringBuilder(Prefixes);
        for (var i = 0; i < 5000; i++)
        {
            text.Append(":s").Append(i).Append(" :p \"").Append(new string('x', i % 97)).Append("\\u00E9\" , <http://example.org/o")
                .Append(i).Append("> ; :q \"\"\"long\nstring\"\"\"@en .\n");
        }
        var quads = Quads(RdfFormat.Turtle, text.ToString());
        Assert.Equal(15000, quads.Count);
        Assert.Equal(new Quad(Ex("s4999"), Ex("p"), new Literal(new string('x', 4999 % 97) + "\u00E9")), quads[^3]);
        Assert.Equal(Literal.WithLanguage("long\nstring", "en"), quads[^1].Object);
    }

    [Fact]
    public void ErrorsCountLinesAcrossLongStringsAndBufferRefills()
    {
        var text = Prefixes + string.Concat(Enumerable.Repeat(":s :p \"\"\"a\nb\"\"\" .\n", 20000)) + ":s :p ;";
        var e = Error(RdfFormat.Turtle, text);
        Assert.Equal((40002, 7), (e.Position.Line, e.Position.Column));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CountsLinesForEveryLineEnding(string eol)
    {
        var e = Error(RdfFormat.Turtle, string.Join(eol, "@prefix : <http://example.org/> .", ":s :p :o .", "", ":s :p ] ."));
        Assert.Equal((4, 7), (e.Position.Line, e.Position.Column));
    }

    [Fact]
    public void IgnoresAByteOrderMark()
    {
        var e = Error(RdfFormat.Turtle, "\uFEFF\n:s");
        Assert.Equal((2, 1), (e.Position.Line, e.Position.Column));
        Assert.Single(Quads(RdfFormat.Turtle, "\uFEFF<http://example.org/s> <http://example.org/p> 1 ."));
    }

    [Fact]
    public void TreatsCommentsInsideEmptyBracketsAsWhitespace()
    {
        var q = Assert.Single(Quads(RdfFormat.Turtle, Prefixes + ":s :p [ # nothing here\n ] ."));
        Assert.IsType<BlankNode>(q.Object);
    }

    [Fact]
    public void StopsWhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var parser = new TurtleParser(new ParserOptions(), allowGraphs: false);
        Assert.ThrowsAny<OperationCanceledException>(() => parser.Parse(new StringReader(Prefixes), cancelled.Token).ToList());
    }

    [Fact]
    public void ReadsBlankNodeLabelsWithDotsDashesAndNonAsciiCharacters()
    {
        var quads = Quads(RdfFormat.Turtle, Prefixes + "_:x.y :p _:z-1.\n_:caf\u00E9 :p _:a.\u00E9, _:q\u00B7r.");
        Assert.Equal(["x.y", "z-1", "caf\u00E9", "a.\u00E9", "caf\u00E9", "q\u00B7r"],
            quads.SelectMany(q => new[] { q.Subject, q.Object }).Cast<BlankNode>().Select(b => b.Label));
    }
}
