using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Streaming parser for N-Triples (<c>allowQuads: false</c>) and N-Quads, following the RDF 1.1 grammars strictly:
/// absolute IRIs only, one statement per line, comments and blank lines allowed.
/// </summary>
public sealed class NQuadsParser : IRdfParser
{
    private readonly ParserOptions _options;
    private readonly bool _allowQuads;

    public NQuadsParser(ParserOptions options, bool allowQuads)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _allowQuads = allowQuads;
    }

    public bool AllowQuads => _allowQuads;

    /// <summary>Always empty: line-based syntaxes have no prefixes.</summary>
    public PrefixMap Prefixes { get; } = new();

    public string? BaseIri => null;

    public IEnumerable<Quad> Parse(TextReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = new NQuadsReader(new TextSource(input, _options.SourceName, cancellationToken), _options, _allowQuads);
        while (reader.TryRead(out var quad)) yield return quad;
    }
}
