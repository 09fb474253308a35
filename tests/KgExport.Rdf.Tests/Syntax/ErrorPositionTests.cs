using System.Text;
using KgExport.Rdf;
using static KgExport.Rdf.Tests.Syntax.ParseText;

namespace KgExport.Rdf.Tests.Syntax;

/// <summary>
/// Every syntax error of every RDF syntax is placed in code points: a character outside the Basic Multilingual Plane
/// (two UTF-16 units) before the error counts once in the column and the offset.
/// </summary>
public sealed class ErrorPositionTests
{
    private const string Emoji = "\U0001F600";

    /// <summary>The expected position, counted independently of the parsers: runes of the text before the marker.</summary>
    private static TextPosition Before(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, marker);
        var before = text[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        var line = before.Count(c => c == '\n') + 1;
        return new TextPosition(line, before[lineStart..].EnumerateRunes().Count() + 1, before.EnumerateRunes().Count());
    }

    [Theory]
    [InlineData(":s :p \"" + Emoji + "\" ; :q nope:x .")]                        // the short-string fast path
    [InlineData(":s :p \"\"\"" + Emoji + "\n" + Emoji + Emoji + "\"\"\" ; :q nope:x .")] // a long string across lines
    [InlineData("<http://example.org/" + Emoji + "> :p nope:x .")]                // the IRI fast path
    [InlineData(":s :p \"a\\u00e9" + Emoji + "\" ; :q nope:x .")]                  // the string slow path (an escape)
    [InlineData(":s" + Emoji + " :p nope:x .")]                                    // a prefixed name with an astral letter
    public void Turtle_columns_and_offsets_count_an_astral_character_once(string statement)
    {
        var text = Prefixes + statement;
        var e = Error(RdfFormat.Turtle, text);
        Assert.Contains("undefined prefix 'nope:'", e.Reason, StringComparison.Ordinal);
        var expected = Before(text, "nope:x");
        Assert.Equal(expected, e.Position);
        Assert.StartsWith($"test:{expected.Line}:{expected.Column}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Turtle_positions_stay_right_on_a_line_longer_than_the_read_buffer()
    {
        // 40,000 astral characters (80,000 UTF-16 units) on one line, so the line's start leaves the 64K buffer.
        var text = Prefixes + ":s :p \"" + string.Concat(Enumerable.Repeat(Emoji + "a", 40_000)) + "\" ; :q nope:x .";
        var e = Error(RdfFormat.Turtle, text);
        Assert.Equal(Before(text, "nope:x"), e.Position);
        Assert.Equal(2, e.Position.Line);
        Assert.Equal(":s :p \"".Length + 80_000 + "\" ; :q ".Length + 1, e.Position.Column);
    }

    [Fact]
    public void A_byte_order_mark_is_not_counted()
    {
        var text = "\uFEFF" + Prefixes + ":s :p nope:x .";
        var e = Error(RdfFormat.Turtle, text);
        Assert.Equal(new TextPosition(2, 7, Prefixes.Length + 6), e.Position);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Lf_cr_and_crlf_each_end_one_line(string lineEnd)
    {
        var text = "<http://example.org/s> <http://example.org/p> \"" + Emoji + "\" ." + lineEnd + "<http://example.org/s> <http://example.org/p> \"" + Emoji + "\" x .";
        var e = Error(RdfFormat.NTriples, text);
        var expected = Before(text.Replace(lineEnd, "\n", StringComparison.Ordinal), " x .");
        Assert.Equal(new TextPosition(2, expected.Column + 1, expected.Offset + 1 + (lineEnd.Length - 1)), e.Position);
    }

    [Fact]
    public void Json_ld_processing_errors_are_placed_at_their_object_in_code_points()
    {
        var text = "[{\"http://example.org/p\": \"" + Emoji + "\"}, {\"@id\": 5}]";
        var e = Error(RdfFormat.JsonLd, text);
        Assert.Contains("invalid @id value", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Before(text, "{\"@id\""), e.Position);
    }

    [Fact]
    public void Json_syntax_errors_are_placed_in_code_points()
    {
        var text = "{\n  \"http://example.org/p\": \"" + Emoji + Emoji + "\",\n  \"http://example.org/q\": \"" + Emoji + "\" \"x\"\n}";
        var e = Error(RdfFormat.JsonLd, text);
        Assert.Contains("invalid JSON", e.Reason, StringComparison.Ordinal);
        Assert.Equal(3, e.Position.Line);
        var third = text.Split('\n')[2];
        // The reader stops at the unexpected token or just before it: either way, in code points, not UTF-16 units.
        var utf16 = third.IndexOf("\"x\"", StringComparison.Ordinal);
        Assert.InRange(e.Position.Column, utf16 - 1, utf16 + 1);
        Assert.Equal(Before(text, "\"x\"").Offset - (Before(text, "\"x\"").Column - e.Position.Column), e.Position.Offset);
    }

    [Fact]
    public void Rdf_xml_errors_are_placed_in_code_points()
    {
        var text = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
            "  <rdf:Description rdf:about=\"http://example.org/" + Emoji + "\" rdf:aboutEach=\"x\"/>\n</rdf:RDF>";
        var e = Assert.Throws<RdfSyntaxException>(() => RdfIo.Parse(RdfIo.CreateParser(RdfFormat.RdfXml, new ParserOptions { SourceName = "test" }), new MemoryStream(Encoding.UTF8.GetBytes(text)), "test").ToList());
        Assert.Contains("rdf:aboutEach", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Before(text, "rdf:aboutEach"), e.Position);
    }

    private const string Prefixes = "@prefix : <http://example.org/> .\n";
}
