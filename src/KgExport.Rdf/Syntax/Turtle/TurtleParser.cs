using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Streaming parser for Turtle (<c>allowGraphs: false</c>) and TriG: one terse-syntax reader for both. Quads are
/// yielded statement by statement as the input is read; no graph is built. Relative IRIs resolve against
/// <see cref="ParserOptions.BaseIri"/> and any <c>@base</c>/<c>BASE</c> (RFC 3986).
/// </summary>
public sealed class TurtleParser : IRdfParser
{
    private readonly ParserOptions _options;
    private readonly bool _allowGraphs;
    private TerseReader? _reader;

    public TurtleParser(ParserOptions options, bool allowGraphs)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _allowGraphs = allowGraphs;
    }

    public bool AllowGraphs => _allowGraphs;

    /// <summary>The prefixes declared so far (in declaration order; a redeclared prefix takes its new IRI).</summary>
    public PrefixMap Prefixes { get; } = new();

    public string? BaseIri => _reader?.BaseIri ?? _options.BaseIri;

    public IEnumerable<Quad> Parse(TextReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ParseStatements(input, cancellationToken);
    }

    private IEnumerable<Quad> ParseStatements(TextReader input, CancellationToken cancellationToken)
    {
        var pending = new List<Quad>();
        var reader = new TerseReader(new TextSource(input, _options.SourceName, cancellationToken), _options, _allowGraphs, Prefixes, pending);
        _reader = reader;
        while (reader.ReadStatement())
        {
            for (var i = 0; i < pending.Count; i++) yield return pending[i];
            pending.Clear();
        }
    }
}
