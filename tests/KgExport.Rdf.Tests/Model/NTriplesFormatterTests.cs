using System.Text;

namespace KgExport.Rdf.Tests.Model;

/// <summary>
/// How terms print (their ToString and every N-Triples/N-Quads writer): canonical escapes in literals, IRIs and
/// blank nodes verbatim, the datatype only when it is not xsd:string, the graph only when there is one.
/// </summary>
public sealed class NTriplesFormatterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\"")]
    [InlineData("\t\n\r\b\f", "\"\\t\\n\\r\\b\\f\"")]
    [InlineData("\u0000\u0001\u000B\u001F\u007F", "\"\\u0000\\u0001\\u000B\\u001F\\u007F\"")]
    [InlineData("é \u00A0 \u2028 \U0001F600", "\"é \u00A0 \u2028 \U0001F600\"")]
    [InlineData("", "\"\"")]
    public void Literals_use_the_canonical_escapes_and_nothing_else(string lexical, string expected) =>
        Assert.Equal(expected, new Literal(lexical).ToString());

    [Fact]
    public void Every_character_with_an_escape_is_in_the_searched_set_and_no_other()
    {
        for (var c = '\0'; c < 0x3000; c++)
        {
            Assert.Equal(NTriplesFormatter.EscapeOf(c) is not null, NTriplesFormatter.EscapedCharacters.Contains(c));
        }
    }

    [Fact]
    public void Datatypes_and_language_tags_print_as_given()
    {
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Literal.Typed("1", Vocab.Xsd.Integer).ToString());
        Assert.Equal("\"x\"", Literal.Typed("x", Vocab.Xsd.String).ToString());
        Assert.Equal("\"chat\"@fr-CA", Literal.WithLanguage("chat", "fr-CA").ToString());
        Assert.Equal("<http://example.org/a b>", new Iri("http://example.org/a b").ToString());
        Assert.Equal("_:b0", new BlankNode("b0").ToString());
    }

    [Fact]
    public void Quads_print_the_graph_only_when_there_is_one()
    {
        var s = new Iri("http://example.org/s");
        var p = new Iri("http://example.org/p");
        var quad = new Quad(s, p, new Literal("o"));
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"o\" .", quad.ToString());
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"o\" _:g .", quad.InGraph(new BlankNode("g")).ToString());
        Assert.Equal(quad.ToString(), quad.Triple.ToString());

        var sb = new StringBuilder("> ");
        NTriplesFormatter.AppendQuad(sb, quad.InGraph(new Iri("http://example.org/g")));
        Assert.Equal("> <http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .", sb.ToString());
    }
}
