using KgExport.Rdf.JsonLd;

namespace KgExport.Rdf.Tests.JsonLd;

/// <summary>A small dataset exercising what JSON-LD must carry: named graphs, blank nodes, a list, language tags, datatypes.</summary>
internal static class JsonLdSample
{
    public const string Ex = "http://example.org/";

    public static Iri E(string local) => new(Ex + local);

    public static List<Quad> Quads()
    {
        var g1 = E("graph/a");
        var g2 = E("graph/b");
        var b = new BlankNode("n1");
        var l1 = new BlankNode("l1");
        var l2 = new BlankNode("l2");
        return
        [
            new(E("article/a"), Vocab.Rdf.Type, E("Article"), g1),
            new(E("article/a"), E("headline"), Literal.WithLanguage("Recognition of Abkhazia", "en-gb"), g1),
            new(E("article/a"), E("published"), Literal.Typed("2022-07-14", Vocab.Xsd.Date), g1),
            new(E("article/a"), E("wordCount"), Literal.Typed("412", Vocab.Xsd.Integer), g1),
            new(E("article/a"), E("score"), Literal.Typed("1.5E0", Vocab.Xsd.Double), g1),
            new(E("article/a"), E("mentions"), b, g1),
            new(b, E("name"), new Literal("North Korea"), g1),
            new(E("article/a"), E("order"), l1, g1),
            new(l1, Vocab.Rdf.First, E("x"), g1),
            new(l1, Vocab.Rdf.Rest, l2, g1),
            new(l2, Vocab.Rdf.First, new Literal("y"), g1),
            new(l2, Vocab.Rdf.Rest, Vocab.Rdf.Nil, g1),
            new(E("article/b"), Vocab.Rdf.Type, E("Article"), g2),
            new(E("article/b"), E("headline"), new Literal("Ties severed \"again\"\n"), g2),
            new(E("fact/1"), new Iri("http://www.w3.org/ns/prov#wasDerivedFrom"), E("article/b"), g2),
            new(E("fact/1"), E("flag"), Literal.Typed("true", Vocab.Xsd.Boolean), g2),
            new(E("dataset"), E("title"), new Literal("sample")),
        ];
    }

    public static object Context() => JsonTree.Parse("""
        {"@context": {"ex": "http://example.org/", "xsd": "http://www.w3.org/2001/XMLSchema#",
                      "headline": {"@id": "ex:headline"}, "published": {"@id": "ex:published", "@type": "xsd:date"}}}
        """)!;

    public static string Write(IEnumerable<Quad> quads, JsonLdForm form, JsonLdWriterSettings? settings = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = RdfIo.CreateWriter(RdfFormat.JsonLd, output, new WriterOptions
        {
            JsonLd = (settings ?? new JsonLdWriterSettings { Context = Context(), DocumentLoader = new LocalDocumentLoader() }) with { Form = form },
        });
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
        return output.ToString();
    }

    public static List<Quad> Read(string text, IDocumentLoader? loader = null, string? baseIri = "http://example.org/doc.jsonld") =>
        [.. RdfIo.CreateParser(RdfFormat.JsonLd, new ParserOptions { SourceName = "doc.jsonld", BaseIri = baseIri, DocumentLoader = loader ?? new LocalDocumentLoader() })
            .Parse(new StringReader(text))];
}
