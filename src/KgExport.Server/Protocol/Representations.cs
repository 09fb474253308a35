using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Sparql.Results;

namespace KgExport.Server.Protocol;

/// <summary>The media types the server writes, in its order of preference.</summary>
public static class Representations
{
    /// <summary>SELECT results: the standard types first, then the generic JSON and XML types some clients send.</summary>
    public static readonly IReadOnlyList<MediaOffer<SparqlResultsFormat>> Bindings =
    [
        Standard(SparqlResultsFormat.Json),
        Standard(SparqlResultsFormat.Xml),
        Standard(SparqlResultsFormat.Csv),
        Standard(SparqlResultsFormat.Tsv),
        new("application/json", SparqlResultsFormat.Json),
        new("application/xml", SparqlResultsFormat.Xml),
    ];

    /// <summary>ASK results (CSV and TSV have no boolean form).</summary>
    public static readonly IReadOnlyList<MediaOffer<SparqlResultsFormat>> Boolean =
        [.. Bindings.Where(o => o.Value is not (SparqlResultsFormat.Csv or SparqlResultsFormat.Tsv))];

    /// <summary>Graphs (CONSTRUCT, DESCRIBE, a Graph Store graph, a resource description).</summary>
    public static readonly IReadOnlyList<MediaOffer<RdfFormat>> Graph =
        [.. new[] { RdfFormat.Turtle, RdfFormat.NTriples, RdfFormat.JsonLd, RdfFormat.TriG, RdfFormat.NQuads, RdfFormat.RdfXml }.Select(Standard)];

    /// <summary>Whole datasets (the Graph Store without a graph parameter).</summary>
    public static readonly IReadOnlyList<MediaOffer<RdfFormat>> Dataset =
        [.. new[] { RdfFormat.TriG, RdfFormat.NQuads, RdfFormat.JsonLd }.Select(Standard)];

    private static MediaOffer<SparqlResultsFormat> Standard(SparqlResultsFormat format) => new(SparqlResultsFormats.MediaType(format), format);

    private static MediaOffer<RdfFormat> Standard(RdfFormat format) => new(RdfFormats.MediaType(format), format);

    /// <summary>Writes quads in a syntax to a string (pretty syntaxes sort, so output is deterministic; JSON-LD with the project's context).</summary>
    public static string WriteQuads(IEnumerable<Quad> quads, RdfFormat format, PrefixMap prefixes)
    {
        var text = new StringWriter();
        var writer = RdfIo.CreateWriter(format, text, new WriterOptions { Prefixes = prefixes, JsonLd = ArticleJsonLd.Settings() });
        // RDF/XML streams, one element per run of a subject's triples: give it the triples in order.
        if (format == RdfFormat.RdfXml) quads = quads.Order(QuadComparer.Instance);
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
        return text.ToString();
    }

    public static string ContentType(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("json", StringComparison.Ordinal) || mediaType.EndsWith("xml", StringComparison.Ordinal)
        || mediaType is "application/n-triples" or "application/n-quads" or "application/trig"
            ? mediaType + "; charset=utf-8"
            : mediaType;
}
