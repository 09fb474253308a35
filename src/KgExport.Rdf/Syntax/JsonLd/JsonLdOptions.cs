namespace KgExport.Rdf.JsonLd;

/// <summary>The JsonLdOptions of the JSON-LD 1.1 API that KgExport supports.</summary>
public sealed record JsonLdOptions
{
    /// <summary>The document's base IRI (used for relative IRIs and @base-less contexts).</summary>
    public string? Base { get; init; }

    /// <summary>A context applied before the document's own (a JSON value or a URL string).</summary>
    public object? ExpandContext { get; init; }

    public bool CompactArrays { get; init; } = true;

    public bool CompactToRelative { get; init; } = true;

    /// <summary>"json-ld-1.1" (default) or "json-ld-1.0".</summary>
    public string ProcessingMode { get; init; } = "json-ld-1.1";

    /// <summary>Process map keys in code-point order, which makes output deterministic.</summary>
    public bool Ordered { get; init; } = true;

    public bool ProduceGeneralizedRdf { get; init; }

    /// <summary>null, "i18n-datatype" or "compound-literal".</summary>
    public string? RdfDirection { get; init; }

    public bool UseNativeTypes { get; init; }

    public bool UseRdfType { get; init; }

    public IDocumentLoader DocumentLoader { get; init; } = new LocalDocumentLoader();

    /// <summary>Framing: the default @embed value ("@once", "@always" or "@never").</summary>
    public string Embed { get; init; } = "@once";

    public bool Explicit { get; init; }

    public bool OmitDefault { get; init; }

    public bool RequireAll { get; init; }

    /// <summary>Framing: use a top-level @graph only for several results; null means true in json-ld-1.1, false in 1.0.</summary>
    public bool? OmitGraph { get; init; }

    /// <summary>Whether the processing mode is json-ld-1.0.</summary>
    public bool Is10 => ProcessingMode == "json-ld-1.0";
}
