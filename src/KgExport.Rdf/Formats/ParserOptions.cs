namespace KgExport.Rdf;

/// <summary>
/// How to parse one document. <see cref="SourceName"/> names the input in error messages (a path, or "-" for
/// stdin); <see cref="BaseIri"/> resolves relative IRIs (Turtle, TriG, JSON-LD, RDF/XML).
/// </summary>
public sealed record ParserOptions
{
    public string SourceName { get; init; } = "-";

    public string? BaseIri { get; init; }

    /// <summary>Prefix for blank node labels, so labels from two documents never collide when merged.</summary>
    public string BlankNodePrefix { get; init; } = "";

    /// <summary>JSON-LD only: resolves context URLs; null uses a loader that knows no document and never fetches.</summary>
    public JsonLd.IDocumentLoader? DocumentLoader { get; init; }
}
