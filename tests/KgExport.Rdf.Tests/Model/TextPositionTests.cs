using KgExport.Rdf;

namespace KgExport.Rdf.Tests.Model;

public sealed class TextPositionTests
{
    [Theory]
    [InlineData("ab\r\ncd", 4, 2, 1, 4)]
    [InlineData("ab\rcd", 3, 2, 1, 3)]
    [InlineData("ab\ncd", 4, 2, 2, 4)]
    [InlineData("\uFEFFab", 2, 1, 2, 1)]
    [InlineData("\U0001F600x", 2, 1, 2, 1)]
    [InlineData("a\U0001F600\n\U0001F600\U0001F600y", 8, 2, 3, 5)]
    [InlineData("abc", 99, 1, 4, 3)]
    public void Of_counts_code_points_and_lf_cr_crlf_line_ends(string text, int index, int line, int column, long offset)
    {
        Assert.Equal(new TextPosition(line, column, offset), TextPosition.Of(text, index));
    }

    [Fact]
    public void A_finder_answers_out_of_order_as_it_does_in_order()
    {
        var text = "PREFIX x: <http://e/>\r\nSELECT \"\U0001F600\" {\n ?s ?p ?o }";
        var finder = new TextPositionFinder(text);
        var indexes = new[] { 3, 25, 40, 7, 40, 0, text.Length };
        foreach (var i in indexes) Assert.Equal(TextPosition.Of(text, i), finder.At(i));
    }

    [Fact]
    public void Shows_as_line_and_column()
    {
        Assert.Equal("3:14", new TextPosition(3, 14, 99).ToString());
    }
}
