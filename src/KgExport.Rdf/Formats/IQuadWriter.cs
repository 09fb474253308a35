namespace KgExport.Rdf;

/// <summary>
/// Writes quads to a <see cref="TextWriter"/> it does not own. Line-based syntaxes write as quads arrive;
/// pretty syntaxes (Turtle, TriG) buffer and write everything, sorted, on <see cref="Finish"/>, unless
/// <see cref="WriterOptions.Streaming"/> asks them to write as quads arrive too.
/// Triple-only syntaxes reject quads in named graphs.
/// </summary>
public interface IQuadWriter
{
    void Write(Quad quad);

    /// <summary>Writes anything buffered and flushes. Call exactly once, after the last quad.</summary>
    void Finish();
}

/// <summary>Options shared by the writers.</summary>
public sealed record WriterOptions
{
    /// <summary>Prefixes the writer may use (pretty syntaxes emit only those actually used).</summary>
    public PrefixMap? Prefixes { get; init; }

    /// <summary>A base IRI to declare and write IRIs relative to (pretty syntaxes only); null writes absolute IRIs.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// Turtle and TriG only: write statements as they arrive, grouped while consecutive statements share a subject
    /// (and graph), with every prefix declared up front, instead of sorting the whole document in memory. Memory stays
    /// flat; the output is not sorted, deduplicated or nested, and follows the input's order.
    /// </summary>
    public bool Streaming { get; init; }

    /// <summary>JSON-LD only: form, context and framing; null writes compacted JSON-LD with a context of the writer's prefixes.</summary>
    public JsonLd.JsonLdWriterSettings? JsonLd { get; init; }
}
