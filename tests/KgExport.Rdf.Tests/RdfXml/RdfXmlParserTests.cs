using KgExport.Rdf;
using static KgExport.Rdf.Tests.RdfXml.RdfXmlText;

namespace KgExport.Rdf.Tests.RdfXml;

/// <summary>One or more tests per production of the RDF/XML grammar (RDF 1.1 XML Syntax, section 7.2).</summary>
public sealed class RdfXmlParserTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    [Fact]
    public void NodeElement_rdf_description_with_about_gives_the_subject()
    {
        AssertGraph(Document("""<rdf:Description rdf:about="http://example.org/a"><ex:p rdf:resource="http://example.org/b"/></rdf:Description>"""),
            "<http://example.org/a> <ex:p> <http://example.org/b> .");
    }

    [Fact]
    public void NodeElement_typed_element_adds_an_rdf_type_triple()
    {
        AssertGraph(Document("""<ex:State rdf:about="http://example.org/kosovo"/>"""),
            $"<http://example.org/kosovo> <{Rdf}type> <ex:State> .");
    }

    [Fact]
    public void NodeElement_without_subject_attribute_is_a_fresh_blank_node_each_time()
    {
        var quads = Parse(Document("""<ex:T><ex:p>1</ex:p></ex:T><ex:T><ex:p>2</ex:p></ex:T>"""));
        Assert.Equal(4, quads.Count);
        Assert.All(quads, q => Assert.True(q.Subject.IsBlankNode));
        Assert.Equal(2, quads.Select(q => q.Subject).Distinct().Count());
    }

    [Fact]
    public void NodeElement_rdf_nodeID_names_the_same_blank_node_everywhere_in_the_document()
    {
        AssertGraph(Document("""
            <rdf:Description rdf:nodeID="x"><ex:p rdf:nodeID="y"/></rdf:Description>
            <rdf:Description rdf:nodeID="y"><ex:q><rdf:Description rdf:nodeID="x"/></ex:q></rdf:Description>
            """),
            "_:x <ex:p> _:y .\n_:y <ex:q> _:x .");
    }

    [Fact]
    public void NodeElement_rdf_ID_is_the_base_with_the_name_as_fragment()
    {
        AssertGraph(Document("""<rdf:Description rdf:ID="kosovo" ex:name="Kosovo"/>"""),
            "<http://example.org/dir/doc.rdf#kosovo> <ex:name> \"Kosovo\" .");
    }

    [Fact]
    public void Blank_node_labels_from_nodeID_never_clash_with_generated_ones_and_take_the_prefix()
    {
        var quads = Parse(Document("""<rdf:Description rdf:nodeID="anon1"><ex:p><rdf:Description/></ex:p></rdf:Description>"""), blankNodePrefix: "f1_");
        var q = Assert.Single(quads);
        Assert.Equal(new BlankNode("f1_anon_anon1"), q.Subject);
        Assert.Equal(new BlankNode("f1_anon1"), q.Object);
    }

    [Fact]
    public void Document_without_rdf_RDF_is_one_node_element()
    {
        AssertGraph("""<ex:State xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/terms#" rdf:about="http://example.org/s"><ex:name>S</ex:name></ex:State>""",
            $"<http://example.org/s> <{Rdf}type> <ex:State> .\n<http://example.org/s> <ex:name> \"S\" .");
    }

    [Fact]
    public void Document_rdf_RDF_may_be_empty()
    {
        Assert.Empty(Parse("""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>"""));
        Assert.Empty(Parse(Document("<!-- nothing -->")));
    }

    [Fact]
    public void Parse_streams_node_element_by_node_element()
    {
        // The second node element is broken; the first one's triple still arrives before the error.
        var parser = new RdfXmlParser(new ParserOptions { SourceName = "t.rdf", BaseIri = Base });
        var seen = new List<Quad>();
        var e = Assert.Throws<RdfSyntaxException>(() =>
        {
            foreach (var q in parser.Parse(new StringReader(Document("""<rdf:Description rdf:about="http://example.org/a" ex:p="1"/>""" + "\n<rdf:li/>")))) seen.Add(q);
        });
        Assert.Single(seen);
        Assert.Equal(3, e.Position.Line);
    }

    [Fact]
    public void LiteralPropertyElt_keeps_text_exactly_and_uses_the_language_in_scope()
    {
        AssertGraph(Document("""
            <rdf:Description rdf:about="http://example.org/a" xml:lang="en">
              <ex:t>  two  spaces &amp; &lt;escapes&gt; &#233;</ex:t>
              <ex:u xml:lang="FR-ca">bonjour</ex:u>
              <ex:v xml:lang="">none</ex:v>
              <ex:w><![CDATA[<raw> & ]]>x</ex:w>
            </rdf:Description>
            """),
            """
            <http://example.org/a> <ex:t> "  two  spaces & <escapes> \u00E9"@en .
            <http://example.org/a> <ex:u> "bonjour"@FR-ca .
            <http://example.org/a> <ex:v> "none" .
            <http://example.org/a> <ex:w> "<raw> & x"@en .
            """);
    }

    [Fact]
    public void LiteralPropertyElt_rdf_datatype_types_the_literal_and_drops_the_language()
    {
        AssertGraph(Document("""
            <rdf:Description rdf:about="http://example.org/a" xml:lang="en">
              <ex:n rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:n>
              <ex:r rdf:datatype="#local">x</ex:r>
            </rdf:Description>
            """),
            """
            <http://example.org/a> <ex:n> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://example.org/a> <ex:r> "x"^^<http://example.org/dir/doc.rdf#local> .
            """);
    }

    [Fact]
    public void ResourcePropertyElt_object_is_the_nested_node_element()
    {
        AssertGraph(Document("""
            <rdf:Description rdf:about="http://example.org/a">
              <ex:p>
                <ex:T rdf:about="http://example.org/b"><ex:q>v</ex:q></ex:T>
              </ex:p>
            </rdf:Description>
            """),
            $"""
            <http://example.org/a> <ex:p> <http://example.org/b> .
            <http://example.org/b> <{Rdf}type> <ex:T> .
            <http://example.org/b> <ex:q> "v" .
            """);
    }

    [Fact]
    public void EmptyPropertyElt_without_attributes_is_an_empty_literal_in_the_language_in_scope()
    {
        AssertGraph(Document("""<rdf:Description rdf:about="http://example.org/a" xml:lang="de"><ex:p/><ex:q></ex:q><ex:r xml:lang=""/></rdf:Description>"""),
            "<http://example.org/a> <ex:p> \"\"@de .\n<http://example.org/a> <ex:q> \"\"@de .\n<http://example.org/a> <ex:r> \"\" .");
    }

    [Fact]
    public void EmptyPropertyElt_with_datatype_is_an_empty_typed_literal()
    {
        AssertGraph(Document("""<rdf:Description rdf:about="http://example.org/a"><ex:p rdf:datatype="http://example.org/dt"/></rdf:Description>"""),
            "<http://example.org/a> <ex:p> \"\"^^<http://example.org/dt> .");
    }

    [Fact]
    public void EmptyPropertyElt_resource_nodeID_or_property_attributes_give_a_resource()
    {
        AssertGraph(Document("""
            <rdf:Description rdf:about="http://example.org/a">
              <ex:r rdf:resource="b" ex:label="B"/>
              <ex:n rdf:nodeID="n" ex:label="N"/>
              <ex:f ex:label="F" rdf:type="http://example.org/terms#T"/>
            </rdf:Description>
            """),
            $"""
            <http://example.org/a> <ex:r> <http://example.org/dir/b> .
            <http://example.org/dir/b> <ex:label> "B" .
            <http://example.org/a> <ex:n> _:n .
            _:n <ex:label> "N" .
            <http://example.org/a> <ex:f> _:f .
            _:f <ex:label> "F" .
            _:f <{Rdf}type> <ex:T> .
            """);
    }

    [Fact]
    public void PropertyAttributes_on_node_elements_are_literals_except_rdf_type()
    {
        AssertGraph(Document("""<rdf:Description rdf:about="http://example.org/a" xml:lang="en" ex:name="A" rdf:type="T" rdf:_2="second"/>"""),
            $"""
            <http://example.org/a> <ex:name> "A"@en .
            <http://example.org/a> <{Rdf}type> <http://example.org/dir/T> .
            <http://example.org/a> <{Rdf}_2> "second"@en .
            """);
    }

    [Fact]
    public void ParseTypeResource_describes_a_new_blank_node()
    {
        AssertGraph(Document("""
            <rdf:Description rdf:about="http://example.org/a">
              <ex:date rdf:parseType="Resource"><ex:year>2008</ex:year><ex:month>2</ex:month></ex:date>
              <ex:empty rdf:parseType="Resource"/>
            </rdf:Description>
            """),
            """
            <http://example.org/a> <ex:date> _:d .
            _:d <ex:year> "2008" .
            _:d <ex:month> "2" .
            <http://example.org/a> <ex:empty> _:e .
            """);
    }

    [Fact]
    public void ParseTypeCollection_builds_an_rdf_list_of_the_node_elements()
    {
        AssertGraph(Document("""
            <rdf:Description rdf:about="http://example.org/a">
              <ex:list rdf:parseType="Collection">
                <rdf:Description rdf:about="http://example.org/x"/>
                <ex:T/>
              </ex:list>
              <ex:none rdf:parseType="Collection"/>
            </rdf:Description>
            """),
            $"""
            <http://example.org/a> <ex:list> _:l1 .
            _:l1 <{Rdf}first> <http://example.org/x> .
            _:l1 <{Rdf}rest> _:l2 .
            _:l2 <{Rdf}first> _:t .
            _:l2 <{Rdf}rest> <{Rdf}nil> .
            _:t <{Rdf}type> <ex:T> .
            <http://example.org/a> <ex:none> <{Rdf}nil> .
            """);
    }

    [Fact]
    public void ParseTypeLiteral_is_exclusive_canonical_xml_with_comments_typed_rdf_XMLLiteral()
    {
        var quads = Parse(Document("""
            <rdf:Description rdf:about="http://example.org/a" xml:lang="en">
              <ex:x rdf:parseType="Literal" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:unused="urn:u"><h:b z="2" a='1'>bold<!--c--></h:b><h:br/> &amp; <e>no ns</e><?pi  data?></ex:x>
            </rdf:Description>
            """));
        var literal = Assert.IsType<Literal>(Assert.Single(quads).Object);
        Assert.Equal(Rdf + "XMLLiteral", literal.Datatype.Value);
        Assert.Null(literal.Language);
        Assert.Equal("""<h:b xmlns:h="http://www.w3.org/1999/xhtml" a="1" z="2">bold<!--c--></h:b><h:br xmlns:h="http://www.w3.org/1999/xhtml"></h:br> &amp; <e>no ns</e><?pi data?>""", literal.LexicalForm);
    }

    [Fact]
    public void ParseTypeLiteral_declares_a_namespace_once_per_output_ancestor_and_undeclares_the_default()
    {
        var quads = Parse(Document("""
            <rdf:Description rdf:about="http://example.org/a">
              <ex:x rdf:parseType="Literal"><p xmlns="urn:d"><q/><r xmlns=""/></p><ex:y ex:at="v&#10;&quot;"/></ex:x>
            </rdf:Description>
            """));
        var literal = Assert.IsType<Literal>(Assert.Single(quads).Object);
        Assert.Equal("""<p xmlns="urn:d"><q></q><r xmlns=""></r></p><ex:y xmlns:ex="http://example.org/terms#" ex:at="v&#xA;&quot;"></ex:y>""", literal.LexicalForm);
    }

    [Fact]
    public void ParseTypeOther_is_read_as_a_literal()
    {
        var quads = Parse(Document("""<rdf:Description rdf:about="http://example.org/a"><ex:x rdf:parseType="Other">a<ex:b/></ex:x></rdf:Description>"""));
        var literal = Assert.IsType<Literal>(Assert.Single(quads).Object);
        Assert.Equal(Rdf + "XMLLiteral", literal.Datatype.Value);
        Assert.Equal("""a<ex:b xmlns:ex="http://example.org/terms#"></ex:b>""", literal.LexicalForm);
    }

    [Fact]
    public void Rdf_li_numbers_the_members_per_node_element()
    {
        AssertGraph(Document("""
            <rdf:Seq rdf:about="http://example.org/s">
              <rdf:li>a</rdf:li>
              <rdf:li><rdf:Bag rdf:about="http://example.org/b"><rdf:li>inner</rdf:li></rdf:Bag></rdf:li>
              <rdf:li rdf:resource="http://example.org/c"/>
            </rdf:Seq>
            """),
            $"""
            <http://example.org/s> <{Rdf}type> <{Rdf}Seq> .
            <http://example.org/s> <{Rdf}_1> "a" .
            <http://example.org/s> <{Rdf}_2> <http://example.org/b> .
            <http://example.org/b> <{Rdf}type> <{Rdf}Bag> .
            <http://example.org/b> <{Rdf}_1> "inner" .
            <http://example.org/s> <{Rdf}_3> <http://example.org/c> .
            """);
    }

    [Fact]
    public void Rdf_ID_on_a_property_element_reifies_the_statement()
    {
        AssertGraph(Document("""<rdf:Description rdf:about="http://example.org/a"><ex:p rdf:ID="st" xml:lang="en">v</ex:p></rdf:Description>"""),
            $"""
            <http://example.org/a> <ex:p> "v"@en .
            <http://example.org/dir/doc.rdf#st> <{Rdf}type> <{Rdf}Statement> .
            <http://example.org/dir/doc.rdf#st> <{Rdf}subject> <http://example.org/a> .
            <http://example.org/dir/doc.rdf#st> <{Rdf}predicate> <ex:p> .
            <http://example.org/dir/doc.rdf#st> <{Rdf}object> "v"@en .
            """);
    }

    [Fact]
    public void Xml_base_resolves_against_the_outer_base_drops_its_fragment_and_applies_to_its_own_element()
    {
        AssertGraph(Document("""
            <rdf:Description xml:base="http://example.com/x/y#frag" rdf:about="z">
              <ex:p rdf:resource=""/>
              <ex:q xml:base="../w/" rdf:resource="v"/>
              <ex:r rdf:ID="i"/>
            </rdf:Description>
            """),
            """
            <http://example.com/x/z> <ex:p> <http://example.com/x/y> .
            <http://example.com/x/z> <ex:q> <http://example.com/w/v> .
            <http://example.com/x/z> <ex:r> "" .
            <http://example.com/x/y#i> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
            <http://example.com/x/y#i> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://example.com/x/z> .
            <http://example.com/x/y#i> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <ex:r> .
            <http://example.com/x/y#i> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> "" .
            """);
    }

    [Fact]
    public void Unqualified_about_resource_and_type_attributes_are_read_as_rdf_attributes()
    {
        AssertGraph(Document("""<rdf:Description about="http://example.org/a" type="http://example.org/T"><ex:p resource="http://example.org/b"/></rdf:Description>"""),
            $"<http://example.org/a> <{Rdf}type> <http://example.org/T> .\n<http://example.org/a> <ex:p> <http://example.org/b> .");
    }

    [Fact]
    public void Internal_dtd_entities_are_expanded()
    {
        AssertGraph("""
            <!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/terms#"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="&ex;">
              <rdf:Description rdf:about="&ex;a" ex:p="&ex;"/>
            </rdf:RDF>
            """,
            "<ex:a> <ex:p> \"http://example.org/terms#\" .");
    }

    [Fact]
    public void External_entities_are_never_fetched()
    {
        var secret = Path.GetTempFileName();
        try
        {
            File.WriteAllText(secret, "SECRET");
            var text = $"""
                <!DOCTYPE rdf:RDF [ <!ENTITY leak SYSTEM "{new Uri(secret).AbsoluteUri}"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/terms#">
                  <rdf:Description rdf:about="http://example.org/a"><ex:p>&leak;</ex:p></rdf:Description>
                </rdf:RDF>
                """;
            List<Quad>? quads = null;
            var error = Record.Exception(() => quads = Parse(text));
            if (error is not null) Assert.IsType<RdfSyntaxException>(error);
            Assert.DoesNotContain(quads ?? [], q => q.Object is Literal l && l.LexicalForm.Contains("SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void An_entity_expansion_bomb_is_a_syntax_error()
    {
        var entities = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"<!ENTITY e{i} \"&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};\">"));
        var text = $"""
            <!DOCTYPE rdf:RDF [ <!ENTITY e0 "boom"> {entities} ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/terms#">
              <rdf:Description rdf:about="http://example.org/a"><ex:p>&e9;</ex:p></rdf:Description>
            </rdf:RDF>
            """;
        var e = Error(text);
        Assert.StartsWith("not well-formed XML", e.Reason);
    }

    [Fact]
    public void Root_namespaces_become_prefixes()
    {
        var parser = new RdfXmlParser(new ParserOptions { BaseIri = Base });
        _ = parser.Parse(new StringReader(Document("<rdf:Description/>"))).ToList();
        Assert.True(parser.Prefixes.TryGetNamespace("ex", out var ex));
        Assert.Equal("http://example.org/terms#", ex);
        Assert.True(parser.Prefixes.TryGetNamespace("rdf", out _));
    }

    [Fact]
    public void RdfXml_is_a_triples_format_known_by_name_extension_and_media_type()
    {
        Assert.True(RdfFormats.TryParseName("rdfxml", out var byName));
        Assert.Equal(RdfFormat.RdfXml, byName);
        Assert.True(RdfFormats.TryFromPath("data/x.rdf", out var byPath));
        Assert.Equal(RdfFormat.RdfXml, byPath);
        Assert.Equal("application/rdf+xml", RdfFormats.MediaType(RdfFormat.RdfXml));
        Assert.Equal(".rdf", RdfFormats.Extension(RdfFormat.RdfXml));
        Assert.True(RdfFormats.CanWrite(RdfFormat.RdfXml));
        Assert.False(RdfFormats.SupportsDatasets(RdfFormat.RdfXml));
        Assert.IsType<RdfXmlParser>(RdfIo.CreateParser(RdfFormat.RdfXml, new ParserOptions()));
        Assert.IsType<RdfXmlWriter>(RdfIo.CreateWriter(RdfFormat.RdfXml, TextWriter.Null));
    }

    [Fact]
    public void LoadFile_reads_an_rdf_file_with_its_location_as_base()
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-rdfxml-");
        try
        {
            var path = Path.Combine(dir.FullName, "doc.rdf");
            File.WriteAllText(path, Document("""<rdf:Description rdf:about=""><ex:p rdf:resource="other.rdf"/></rdf:Description>"""));
            var dataset = RdfIo.LoadFile(path);
            var q = Assert.Single(dataset.Quads);
            Assert.Equal(new Iri(new Uri(path).AbsoluteUri), q.Subject);
            Assert.Equal(new Iri(new Uri(Path.Combine(dir.FullName, "other.rdf")).AbsoluteUri), q.Object);
            Assert.True(dataset.Prefixes.TryGetNamespace("ex", out _));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadFile_decodes_rdfxml_as_its_encoding_declaration_says()
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-rdfxml-");
        try
        {
            var path = Path.Combine(dir.FullName, "latin1.rdf");
            var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + Document("<rdf:Description rdf:about=\"http://example.org/a\" ex:name=\"Pristina \u00E9t\u00E9\"/>");
            File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(text));
            var q = Assert.Single(RdfIo.LoadFile(path).Quads);
            Assert.Equal(new Literal("Pristina \u00E9t\u00E9"), q.Object);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
