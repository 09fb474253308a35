using KgExport.Rdf;
using KgExport.Testing;
using static KgExport.Rdf.Tests.RdfXml.RdfXmlText;

namespace KgExport.Rdf.Tests.RdfXml;

/// <summary>
/// Every rule of the grammar that a document can break, as a file in RdfXml/Invalid (which Jena rejects too, see
/// JenaDifferentialTests): each is a <see cref="RdfSyntaxException"/> naming the file, line and column.
/// </summary>
public sealed class RdfXmlErrorTests
{
    private static string InvalidFolder => TestPaths.InRepository("tests", "KgExport.Rdf.Tests", "RdfXml", "Invalid");

    public static TheoryData<string, int, int, string> InvalidDocuments => new()
    {
        { "about-and-node-id.rdf", 2, 53, "rdf:nodeID cannot be used together with rdf:about" },
        { "bad-id.rdf", 3, 11, "rdf:ID \"1abc\" is not an XML name" },
        { "bad-node-id.rdf", 3, 11, "rdf:nodeID \"a b\" is not an XML name" },
        { "collection-with-text.rdf", 3, 38, "text is not allowed in an rdf:parseType=\"Collection\"" },
        { "datatype-with-node-element.rdf", 3, 11, "rdf:datatype is not allowed on a property element that holds a node element" },
        { "datatype-with-property-attribute.rdf", 3, 48, "ex:q cannot be used together with rdf:datatype" },
        { "duplicate-id.rdf", 3, 39, "rdf:ID \"same\" is used twice" },
        { "id-and-about.rdf", 2, 31, "rdf:about cannot be used together with rdf:ID" },
        { "literal-with-node-id-attr.rdf", 3, 11, "rdf:nodeID is not allowed on a property element with text content" },
        { "mixed-content.rdf", 3, 16, "cannot hold both text and a node element" },
        { "node-bag-id.rdf", 2, 53, "rdf:bagID is no longer part of RDF/XML" },
        { "node-element-in-property.rdf", 3, 17, "text is not allowed between property elements" },
        { "node-element-li.rdf", 2, 4, "rdf:li cannot be used as a node element" },
        { "node-element-rdf.rdf", 2, 4, "rdf:RDF cannot be used as a node element" },
        { "not-well-formed.rdf", 4, 5, "not well-formed XML" },
        { "parse-type-with-property-attribute.rdf", 3, 36, "ex:q cannot be used together with rdf:parseType" },
        { "parse-type-with-resource.rdf", 3, 35, "rdf:resource cannot be used together with rdf:parseType" },
        { "property-attribute-about-each.rdf", 3, 11, "rdf:aboutEach is no longer part of RDF/XML" },
        { "property-attribute-li.rdf", 3, 11, "rdf:li cannot be used as a property attribute" },
        { "property-element-bag-id.rdf", 3, 6, "rdf:bagID cannot be used as a property element" },
        { "property-element-rdf-about.rdf", 3, 6, "rdf:about cannot be used as a property element" },
        { "property-element-rdf-description.rdf", 3, 6, "rdf:Description cannot be used as a property element" },
        { "resource-and-node-id.rdf", 3, 47, "cannot be used together with rdf:resource" },
        { "resource-with-text.rdf", 3, 11, "rdf:resource is not allowed on a property element with text content" },
        { "text-between-properties.rdf", 3, 5, "text is not allowed between property elements" },
        { "text-in-rdf.rdf", 2, 3, "text is not allowed between node elements" },
        { "two-node-elements.rdf", 3, 30, "only one node element" },
        { "unqualified-element.rdf", 2, 4, "element <Description> has no namespace" },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Each_invalid_document_is_an_error_at_the_offending_place(string file, int line, int column, string reason)
    {
        var path = Path.Combine(InvalidFolder, file);
        var e = Assert.Throws<RdfSyntaxException>(() => RdfIo.LoadFile(path));
        Assert.Equal(path, e.SourceName);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Position.Line, e.Position.Column));
        Assert.StartsWith($"{path}:{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_document_has_an_expectation()
    {
        var files = Directory.EnumerateFiles(InvalidFolder, "*.rdf").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var expected = InvalidDocuments.Select(row => (string)row[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, files);
    }

    [Fact]
    public void A_relative_iri_without_any_base_is_an_error()
    {
        var e = Error(Document("""<rdf:Description rdf:about="a"/>"""), baseIri: null);
        Assert.Contains("relative IRI <a> with no base IRI", e.Reason);
    }

    [Fact]
    public void An_iri_with_a_space_is_an_error()
    {
        var e = Error(Document("""<rdf:Description rdf:about="http://example.org/a b"/>"""));
        Assert.Contains("IRI <http://example.org/a b> contains", e.Reason);
    }

    [Fact]
    public void A_malformed_language_tag_is_an_error()
    {
        var e = Error(Document("""<rdf:Description rdf:about="http://example.org/a"><ex:p xml:lang="not a tag">x</ex:p></rdf:Description>"""));
        Assert.Contains("xml:lang \"not a tag\" is not a well-formed language tag", e.Reason);
    }

    [Fact]
    public void Rdf_langString_as_datatype_is_an_error()
    {
        var e = Error(Document("""<rdf:Description rdf:about="http://example.org/a"><ex:p rdf:datatype="http://www.w3.org/1999/02/22-rdf-syntax-ns#langString">x</ex:p></rdf:Description>"""));
        Assert.Contains("rdf:langString", e.Reason);
    }

    [Fact]
    public void Other_unqualified_attributes_are_errors()
    {
        var e = Error(Document("""<rdf:Description rdf:about="http://example.org/a" foo="v"/>"""));
        Assert.Contains("attribute foo has no namespace", e.Reason);
    }

    [Fact]
    public void Attributes_other_than_xml_ones_are_errors_on_rdf_RDF()
    {
        var e = Error("""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:about="http://example.org/a"/>""");
        Assert.Contains("not allowed on rdf:RDF", e.Reason);
    }

    [Fact]
    public void Content_after_the_root_element_is_an_error()
    {
        var e = Error(Document("") + "<rdf:RDF/>");
        Assert.StartsWith("not well-formed XML", e.Reason);
    }

    [Fact]
    public void A_document_without_elements_is_an_error()
    {
        var e = Error("<?xml version=\"1.0\"?>\n<!-- nothing -->\n");
        Assert.Equal(1, e.Position.Line);
    }

    [Theory]
    [InlineData("<rdf:Description rdf:nodeID=\"\"/>")]
    [InlineData("<rdf:Description rdf:ID=\"\"/>")]
    [InlineData("<rdf:Description rdf:about=\"s\"><ex:p rdf:nodeID=\"\"/></rdf:Description>")]
    public void An_empty_rdf_ID_or_nodeID_is_an_error(string content)
    {
        // Found by the fuzzer (tests/KgExport.Fuzz): XmlConvert.VerifyNCName throws ArgumentException for "".
        var e = Error(Document(content));
        Assert.Contains("is empty, which is not an XML name", e.Reason);
        Assert.Equal(2, e.Position.Line);
    }

    [Fact]
    public void Cancellation_stops_parsing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var parser = new RdfXmlParser(new ParserOptions { BaseIri = Base });
        Assert.Throws<OperationCanceledException>(() => parser.Parse(new StringReader(Document("<rdf:Description/>")), cts.Token).ToList());
    }
}
