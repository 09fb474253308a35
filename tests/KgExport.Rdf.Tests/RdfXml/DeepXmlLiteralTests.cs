using System.Diagnostics;
using KgExport.Rdf;

namespace KgExport.Rdf.Tests.RdfXml;

/// <summary>
/// Content of an rdf:parseType="Literal" property is copied, not read as RDF, so it has no depth limit: it must stay
/// linear in its depth. Found by the fuzzer (tests/KgExport.Fuzz): 50,000 nested elements took 11 s, because each
/// start tag looked for its prefix's binding through every open element.
/// </summary>
public sealed class DeepXmlLiteralTests
{
    [Fact]
    public void Deeply_nested_literal_content_is_read_in_linear_time()
    {
        const int depth = 100_000;
        var content = string.Concat(Enumerable.Repeat("<b>", depth)) + "x" + string.Concat(Enumerable.Repeat("</b>", depth));
        var document = RdfXmlText.Document($"<rdf:Description rdf:about=\"s\"><ex:p rdf:parseType=\"Literal\">{content}</ex:p></rdf:Description>");

        var clock = Stopwatch.StartNew();
        var quad = Assert.Single(RdfXmlText.Parse(document));
        clock.Stop();

        var literal = Assert.IsType<Literal>(quad.Object);
        Assert.Equal(content, literal.LexicalForm);
        // The quadratic version took minutes at this depth; linear takes well under a second.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Namespaces_are_declared_where_first_used_and_again_after_the_element_that_declared_them_ends()
    {
        var document = RdfXmlText.Document(
            "<rdf:Description rdf:about=\"s\"><ex:p rdf:parseType=\"Literal\">" +
            "<h:a xmlns:h=\"http://h/\"><h:b><c xmlns=\"http://d/\"><h:e/></c></h:b></h:a><h:f xmlns:h=\"http://h/\"/>" +
            "</ex:p></rdf:Description>");
        var literal = Assert.IsType<Literal>(Assert.Single(RdfXmlText.Parse(document)).Object);
        Assert.Equal(
            "<h:a xmlns:h=\"http://h/\"><h:b><c xmlns=\"http://d/\"><h:e></h:e></c></h:b></h:a><h:f xmlns:h=\"http://h/\"></h:f>",
            literal.LexicalForm);
    }
}
