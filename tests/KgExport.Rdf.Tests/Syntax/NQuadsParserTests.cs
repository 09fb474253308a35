using KgExport.Rdf;
using static KgExport.Rdf.Tests.Syntax.ParseText;

namespace KgExport.Rdf.Tests.Syntax;

public sealed class NQuadsParserTests
{
    [Fact]
    public void ReadsTriplesWithEveryKindOfTerm()
    {
        var quads = Quads(RdfFormat.NTriples, """
            <http://example.org/s> <http://example.org/p> <http://example.org/o> .
            _:b1 <http://example.org/p> "plain" .
            _:b1 <http://example.org/p> "chat"@fr-BE .
            _:b1 <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            """);
        Assert.Equal(
        [
            new Quad(Ex("s"), Ex("p"), Ex("o")),
            new Quad(new BlankNode("b1"), Ex("p"), new Literal("plain")),
            new Quad(new BlankNode("b1"), Ex("p"), Literal.WithLanguage("chat", "fr-BE")),
            new Quad(new BlankNode("b1"), Ex("p"), new Literal("1", Vocab.Xsd.Integer)),
        ], quads);
    }

    [Fact]
    public void DecodesStringAndIriEscapes()
    {
        var q = Assert.Single(Quads(RdfFormat.NTriples,
            "<http://example.org/\\u00E9> <http://example.org/p> \"t\\tb\\bn\\nr\\rf\\f q\\\" a\\' s\\\\ \\u00E9 \\U0001F600\" ."));
        Assert.Equal(I("http://example.org/\u00E9"), q.Subject);
        Assert.Equal("t\tb\bn\nr\rf\f q\" a' s\\ \u00E9 \U0001F600", ((Literal)q.Object).LexicalForm);
    }

    [Fact]
    public void SkipsCommentsBlankLinesAndCarriageReturns()
    {
        var quads = Quads(RdfFormat.NTriples, "# header\r\n\r\n<http://example.org/s> <http://example.org/p> <http://example.org/o> . # trailing\r\n\n");
        Assert.Single(quads);
    }

    [Fact]
    public void ReadsGraphLabelsInNQuads()
    {
        var quads = Quads(RdfFormat.NQuads, """
            <http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .
            <http://example.org/s> <http://example.org/p> "o" _:g .
            <http://example.org/s> <http://example.org/p> "o" .
            """);
        Assert.Equal([Ex("g"), new BlankNode("g"), null], quads.Select(q => q.Graph));
    }

    [Fact]
    public void PrefixesBlankNodeLabels()
    {
        var parser = new NQuadsParser(new ParserOptions { BlankNodePrefix = "doc1_" }, allowQuads: false);
        var q = Assert.Single(parser.Parse(new StringReader("_:x <http://example.org/p> _:x .")));
        Assert.Equal(new BlankNode("doc1_x"), q.Subject);
        Assert.Equal(q.Subject, q.Object);
    }

    [Theory]
    [InlineData("<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .", 1, 70, "'.'")]
    [InlineData("<http://example.org/s> <p> <http://example.org/o> .", 1, 24, "relative IRI")]
    [InlineData("<http://example.org/s> <http://example.org/p> \"abc .", 1, 53, "unterminated string")]
    [InlineData("<http://example.org/s> <http://example.org/p> \"a\\qb\" .", 1, 50, "invalid escape")]
    [InlineData("<http://example.org/s> <http://example.org/p> \"a\"@ .", 1, 51, "language tag")]
    [InlineData("<http://example.org/s> <http://example.org/p> <http://example.org/o> . <http://example.org/s>", 1, 72, "end of line")]
    [InlineData("\n\n   \"lit\" <http://example.org/p> <http://example.org/o> .", 3, 4, "subject")]
    [InlineData("<http://example.org/s> <http://example.org/p> <http://example.org/a b> .", 1, 68, "space")]
    [InlineData("<http://example.org/s> <http://example.org/p> <http://example.org/o>", 1, 69, "'.'")]
    [InlineData("<http://example.org/s> <http://example.org/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .", 1, 52, "language tag")]
    public void ReportsTheLineAndColumnOfTheOffendingCharacter(string text, int line, int column, string reason)
    {
        var e = Error(RdfFormat.NTriples, text);
        Assert.Equal((line, column), (e.Position.Line, e.Position.Column));
        Assert.Contains(reason, e.Reason);
        Assert.StartsWith($"test:{line}:{column}: ", e.Message);
    }

    [Fact]
    public void YieldsQuadsBeforeAnErrorLaterInTheInput()
    {
        var parser = new NQuadsParser(new ParserOptions(), allowQuads: true);
        var seen = new List<Quad>();
        var e = Assert.Throws<RdfSyntaxException>(() =>
        {
            foreach (var q in parser.Parse(new StringReader("<http://example.org/s> <http://example.org/p> \"1\" .\n<http://example.org/s> oops\n")))
            {
                seen.Add(q);
            }
        });
        Assert.Single(seen);
        Assert.Equal(2, e.Position.Line);
    }

    [Fact]
    public void StreamsWithoutReadingTheWholeInputFirst()
    {
        var parser = new NQuadsParser(new ParserOptions(), allowQuads: false);
        using var reader = new EndlessTriples();
        var first = parser.Parse(reader).Take(3).ToList();
        Assert.Equal(3, first.Count);
    }

    /// <summary>A reader that never ends: only a streaming parser can take the first quads from it.</summary>
    private sealed class EndlessTriples : TextReader
    {
        private const string Line = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n";
        private int _offset;

        public override int Read(char[] buffer, int index, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[index + i] = Line[_offset];
                _offset = (_offset + 1) % Line.Length;
            }
            return count;
        }
    }
}
