using KgExport.Rdf;

namespace KgExport.Shacl.Tests;

/// <summary>Parses small Turtle fixtures (common prefixes prepended) and validates them.</summary>
internal static class ShaclFixture
{
    public const string Ex = "http://example.org/";

    private const string Prefixes = """
        @prefix ex: <http://example.org/> .
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        """;

    public static Dataset Parse(string turtle)
    {
        var parser = new TurtleParser(new ParserOptions { SourceName = "fixture.ttl", BaseIri = Ex }, allowGraphs: false);
        return new Dataset(parser.Parse(new StringReader(Prefixes + turtle)));
    }

    /// <summary>Validates a document that holds both the shapes and the data.</summary>
    public static ValidationReport Validate(string turtle)
    {
        var ds = Parse(turtle);
        return ShapeValidator.Validate(ds, ds);
    }

    public static ValidationReport Validate(string data, string shapes) => ShapeValidator.Validate(Parse(data), Parse(shapes));

    public static Iri Iri(string local) => new(Ex + local);

    /// <summary>"focus component value" per result, sorted, with ex: and sh: shortened; "-" where a result has no value.</summary>
    public static List<string> Summary(ValidationReport report) =>
        [.. report.Results.Select(r => $"{Short(r.FocusNode)} {Short(r.Component).Replace("ConstraintComponent", "", StringComparison.Ordinal)} {(r.Value is null ? "-" : Short(r.Value))}").Order(StringComparer.Ordinal)];

    public static string Short(Term t) => t switch
    {
        Rdf.Iri i when i.Value.StartsWith(Ex, StringComparison.Ordinal) => "ex:" + i.Value[Ex.Length..],
        Rdf.Iri i when i.Value.StartsWith(ShaclVocab.Namespace, StringComparison.Ordinal) => i.Value[ShaclVocab.Namespace.Length..],
        Literal l => l.LexicalForm,
        _ => t.ToString(),
    };
}
