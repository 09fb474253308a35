namespace KgExport.Rdf;

/// <summary>The concrete RDF syntaxes KgExport reads and writes.</summary>
public enum RdfFormat
{
    NTriples,
    NQuads,
    Turtle,
    TriG,
    JsonLd,
    RdfXml,
}

/// <summary>Names, file extensions and media types of <see cref="RdfFormat"/>s.</summary>
public static class RdfFormats
{
    public static bool TryParseName(string name, out RdfFormat format)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "nt" or "ntriples" or "n-triples": format = RdfFormat.NTriples; return true;
            case "nq" or "nquads" or "n-quads": format = RdfFormat.NQuads; return true;
            case "ttl" or "turtle": format = RdfFormat.Turtle; return true;
            case "trig": format = RdfFormat.TriG; return true;
            case "jsonld" or "json-ld": format = RdfFormat.JsonLd; return true;
            case "rdf" or "rdfxml" or "rdf/xml" or "rdf-xml": format = RdfFormat.RdfXml; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The format of a file from its extension (.nt, .nq, .ttl, .trig, .jsonld, .rdf).</summary>
    public static bool TryFromPath(string path, out RdfFormat format)
    {
        var ext = Path.GetExtension(path).TrimStart('.');
        return TryParseName(ext, out format) || (ext.Equals("json", StringComparison.OrdinalIgnoreCase) && (format = RdfFormat.JsonLd) == RdfFormat.JsonLd);
    }

    public static string Name(RdfFormat format) => format switch
    {
        RdfFormat.NTriples => "ntriples",
        RdfFormat.NQuads => "nquads",
        RdfFormat.Turtle => "turtle",
        RdfFormat.TriG => "trig",
        RdfFormat.JsonLd => "jsonld",
        RdfFormat.RdfXml => "rdfxml",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(RdfFormat format) => format switch
    {
        RdfFormat.NTriples => ".nt",
        RdfFormat.NQuads => ".nq",
        RdfFormat.Turtle => ".ttl",
        RdfFormat.TriG => ".trig",
        RdfFormat.JsonLd => ".jsonld",
        RdfFormat.RdfXml => ".rdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string MediaType(RdfFormat format) => format switch
    {
        RdfFormat.NTriples => "application/n-triples",
        RdfFormat.NQuads => "application/n-quads",
        RdfFormat.Turtle => "text/turtle",
        RdfFormat.TriG => "application/trig",
        RdfFormat.JsonLd => "application/ld+json",
        RdfFormat.RdfXml => "application/rdf+xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Whether KgExport can write the syntax (all of them can).</summary>
    public static bool CanWrite(RdfFormat format) => Enum.IsDefined(format);

    /// <summary>Whether the syntax can carry named graphs.</summary>
    public static bool SupportsDatasets(RdfFormat format) => format is RdfFormat.NQuads or RdfFormat.TriG or RdfFormat.JsonLd;
}
