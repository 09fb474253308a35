using KgExport.Rdf;
using KgExport.Sparql.Results;

namespace KgExport.Server.Protocol;

/// <summary>The media types the server writes, in its order of preference.</summary>
public static class Representations
{
    /// <summary>SELECT results.</summary>
    public static readonly IReadOnlyList<MediaOffer<SparqlResultsFormat>> Bindings =
    [
        new("application/sparql-results+json", SparqlResultsFormat.Json),
        new("application/sparql-results+xml", SparqlResultsFormat.Xml),
        new("text/csv", SparqlResultsFormat.Csv),
        new("text/tab-separated-values", SparqlResultsFormat.Tsv),
        new("application/json", SparqlResultsFormat.Json),
        new("application/xml", SparqlResultsFormat.Xml),
    ];

    /// <summary>ASK results (CSV and TSV have no boolean form).</summary>
    public static readonly IReadOnlyList<MediaOffer<SparqlResultsFormat>> Boolean =
    [
        new("application/sparql-results+json", SparqlResultsFormat.Json),
        new("application/sparql-results+xml", SparqlResultsFormat.Xml),
        new("application/json", SparqlResultsFormat.Json),
        new("application/xml", SparqlResultsFormat.Xml),
    ];

    /// <summary>Graphs (CONSTRUCT, DESCRIBE, a Graph Store graph, a resource description).</summary>
    public static readonly IReadOnlyList<MediaOffer<RdfFormat>> Graph =
    [
        new("text/turtle", RdfFormat.Turtle),
        new("application/n-triples", RdfFormat.NTriples),
        new("application/ld+json", RdfFormat.JsonLd),
        new("application/trig", RdfFormat.TriG),
        new("application/n-quads", RdfFormat.NQuads),
    ];

    /// <summary>Whole datasets (the Graph Store without a graph parameter).</summary>
    public static readonly IReadOnlyList<MediaOffer<RdfFormat>> Dataset =
    [
        new("application/trig", RdfFormat.TriG),
        new("application/n-quads", RdfFormat.NQuads),
        new("application/ld+json", RdfFormat.JsonLd),
    ];

    /// <summary>Writes quads in a syntax to a string (pretty syntaxes sort, so output is deterministic).</summary>
    public static string WriteQuads(IEnumerable<Quad> quads, RdfFormat format, PrefixMap prefixes)
    {
        var text = new StringWriter();
        var writer = RdfIo.CreateWriter(format, text, new WriterOptions { Prefixes = prefixes });
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
