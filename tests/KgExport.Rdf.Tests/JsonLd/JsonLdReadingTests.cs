using KgExport.Rdf.JsonLd;
using KgExport.Testing;
using static KgExport.Rdf.Tests.JsonLd.JsonLdSample;

namespace KgExport.Rdf.Tests.JsonLd;

public sealed class JsonLdReadingTests
{
    [Fact]
    public void Reads_a_compacted_document_with_context_base_and_vocab()
    {
        var quads = Read("""
            {"@context": {"@vocab": "http://example.org/", "@base": "http://example.org/things/", "knows": {"@type": "@id"}},
             "@id": "alice", "@type": "Person", "name": "Alice", "knows": "bob"}
            """);
        Assert.Equal(3, quads.Count);
        Assert.Contains(new Quad(E("things/alice"), Vocab.Rdf.Type, E("Person")), quads);
        Assert.Contains(new Quad(E("things/alice"), E("name"), new Literal("Alice")), quads);
        Assert.Contains(new Quad(E("things/alice"), E("knows"), E("things/bob")), quads);
    }

    [Fact]
    public void Numbers_become_canonical_integer_and_double_literals()
    {
        var quads = Read("""{"@id": "http://example.org/s", "http://example.org/p": [1, 1.5, 1e21, 2.0, true]}""");
        var objects = quads.Select(q => q.Object).OfType<Literal>().Select(l => (l.LexicalForm, l.Datatype.Value)).ToHashSet();
        Assert.Contains(("1", Vocab.Xsd.Integer.Value), objects);
        Assert.Contains(("2", Vocab.Xsd.Integer.Value), objects);
        Assert.Contains(("1.5E0", Vocab.Xsd.Double.Value), objects);
        Assert.Contains(("1.0E21", Vocab.Xsd.Double.Value), objects);
        Assert.Contains(("true", Vocab.Xsd.Boolean.Value), objects);
    }

    [Fact]
    public void Json_literals_are_canonicalised_with_jcs()
    {
        var quads = Read("""
            {"@context": {"data": {"@id": "http://example.org/data", "@type": "@json"}},
             "@id": "http://example.org/s", "data": {"b": 1.0, "a": ["x", {"d": null, "c": 2}]}}
            """);
        var literal = Assert.IsType<Literal>(Assert.Single(quads).Object);
        Assert.Equal("""{"a":["x",{"c":2,"d":null}],"b":1}""", literal.LexicalForm);
        Assert.Equal("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON", literal.Datatype.Value);
    }

    [Fact]
    public void Lists_and_named_graphs_are_read()
    {
        var quads = Read("""
            {"@context": {"@vocab": "http://example.org/"},
             "@id": "http://example.org/g", "@graph": [{"@id": "http://example.org/s", "items": {"@list": ["a", "b"]}}]}
            """);
        Assert.All(quads, q => Assert.Equal(E("g"), q.Graph));
        Assert.Equal(5, quads.Count);
        Assert.Contains(quads, q => q.Predicate == Vocab.Rdf.Rest && q.Object == Vocab.Rdf.Nil);
    }

    [Fact]
    public void Invalid_json_reports_line_and_column()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read("{\n  \"@id\": \"http://example.org/s\"\n  \"x\": 1\n}"));
        Assert.Equal("doc.jsonld", e.SourceName);
        Assert.Equal(3, e.Position.Line);
        Assert.StartsWith("loading document failed", e.Reason);
    }

    [Theory]
    [InlineData("""{"@context": {"a": "b:x", "b": "a:y"}, "a": 1}""", "cyclic IRI mapping")]
    [InlineData("""{"@context": [{"@version": 1.1, "p": {"@id": "http://example.org/p", "@protected": true}}, {"p": "http://example.org/q"}], "p": 1}""", "protected term redefinition")]
    [InlineData("""{"@context": {"p": {"@id": 42}}, "p": 1}""", "invalid IRI mapping")]
    [InlineData("""{"@context": {"@vocab": 5}}""", "invalid vocab mapping")]
    [InlineData("""{"@context": {"p": {"@id": "http://example.org/p", "@container": "@bogus"}}}""", "invalid container mapping")]
    [InlineData("""{"@id": "http://example.org/s", "http://example.org/p": {"@value": "x", "@type": "not an iri"}}""", "invalid typed value")]
    [InlineData("""{"@context": "http://example.org/remote-context.jsonld", "@id": "http://example.org/s"}""", "loading remote context failed")]
    public void Bad_input_gets_the_spec_error_code(string document, string code)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read(document));
        Assert.StartsWith(code + ":", e.Reason);
    }

    [Fact]
    public void Errors_point_at_the_object_that_holds_the_problem()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read("""
            {
              "@id": "http://example.org/s",
              "http://example.org/p": [
                {"@value": "ok"},
                {"@value": "x", "@language": "en", "@type": "http://example.org/t"}
              ]
            }
            """));
        Assert.Equal(5, e.Position.Line);
        Assert.Equal(5, e.Position.Column);
        Assert.StartsWith("invalid value object:", e.Reason);
    }

    [Fact]
    public void Remote_contexts_are_refused_unless_allowed()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read("""{"@context": "https://schema.org/", "name": "x"}"""));
        Assert.Contains("--allow-remote-context", e.Reason);
    }

    [Fact]
    public void A_context_mapped_to_a_local_file_is_read_from_it()
    {
        var contextFile = TestPaths.InRepository("ontology", "context.jsonld");
        Assert.True(File.Exists(contextFile), $"{contextFile} is missing");
        var loader = new LocalDocumentLoader().Map("https://w3id.org/kgexport/context.jsonld", contextFile);
        var quads = Read("""{"@context": "https://w3id.org/kgexport/context.jsonld", "@id": "kgid:article/x", "@type": "Article"}""", loader);
        Assert.Equal(new Quad(new Iri("https://w3id.org/kgexport/id/article/x"), Vocab.Rdf.Type, new Iri("https://w3id.org/kgexport/ontology#Article")), Assert.Single(quads));
    }

    [Fact]
    public void A_context_given_as_text_is_served_at_its_iri_and_no_other()
    {
        var loader = new LocalDocumentLoader().MapDocument("https://example.org/ctx", """{"@context": {"name": "http://schema.org/name"}}""");
        var quads = Read("""{"@context": "https://example.org/ctx", "@id": "http://example.org/x", "name": "X"}""", loader);
        Assert.Equal(new Quad(new Iri("http://example.org/x"), new Iri("http://schema.org/name"), new Literal("X")), Assert.Single(quads));
        Assert.Throws<RdfSyntaxException>(() => Read("""{"@context": "https://example.org/ctx/other", "name": "X"}""", loader));
    }

    [Fact]
    public void Without_a_loader_no_context_is_known_not_even_the_project_one()
    {
        var parser = RdfIo.CreateParser(RdfFormat.JsonLd, new ParserOptions { SourceName = "doc" });
        Assert.Throws<RdfSyntaxException>(() => parser.Parse(new StringReader("""{"@context": "https://w3id.org/kgexport/context.jsonld", "@id": "kgid:a"}""")).ToList());
    }

    [Fact]
    public void Blank_node_prefix_keeps_documents_apart()
    {
        var parser = RdfIo.CreateParser(RdfFormat.JsonLd, new ParserOptions { BlankNodePrefix = "d1-", DocumentLoader = new LocalDocumentLoader() });
        var quads = parser.Parse(new StringReader("""{"http://example.org/p": "v"}""")).ToList();
        Assert.Equal("d1-b0", Assert.IsType<BlankNode>(Assert.Single(quads).Subject).Label);
    }
}
