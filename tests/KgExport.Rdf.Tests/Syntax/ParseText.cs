using KgExport.Rdf;

namespace KgExport.Rdf.Tests.Syntax;

/// <summary>Parses in-memory documents for the parser tests.</summary>
internal static class ParseText
{
    public const string Base = "http://example.org/dir/doc.ttl";

    public static List<Quad> Quads(RdfFormat format, string text, string? baseIri = Base) =>
        [.. RdfIo.CreateParser(format, new ParserOptions { SourceName = "test", BaseIri = baseIri }).Parse(new StringReader(text))];

    public static RdfSyntaxException Error(RdfFormat format, string text) =>
        Assert.Throws<RdfSyntaxException>(() => Quads(format, text));

    public static Iri I(string value) => new(value);

    public static Iri Ex(string local) => new("http://example.org/" + local);
}
