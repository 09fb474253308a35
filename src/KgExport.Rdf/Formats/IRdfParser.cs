namespace KgExport.Rdf;

/// <summary>
/// A streaming parser: quads are yielded as they are read, without building a graph. Throws
/// <see cref="RdfSyntaxException"/> at the first syntax error, after yielding the quads before it.
/// </summary>
public interface IRdfParser
{
    /// <summary>Prefixes declared so far in the document (empty for syntaxes without prefixes).</summary>
    PrefixMap Prefixes { get; }

    /// <summary>The base IRI in effect at the end of the document, if any.</summary>
    string? BaseIri { get; }

    IEnumerable<Quad> Parse(TextReader input, CancellationToken cancellationToken = default);
}
