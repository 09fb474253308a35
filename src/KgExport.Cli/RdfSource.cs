using KgExport.Rdf;
using KgExport.Rdf.JsonLd;

namespace KgExport.Cli;

/// <summary>
/// An RDF document named on the command line (a file, or "-" for standard input), read as a stream of quads by the
/// parser its syntax needs: the syntax of the extension, or <c>--from</c>. The one way verbs that take RDF files
/// open them (convert, canon, iso, diff). Syntax errors carry <c>file:line:column</c>; bad UTF-8 is a usage error.
/// </summary>
public sealed class RdfSource : IDisposable
{
    private const string FormatNames = "ntriples, nquads, turtle, trig, jsonld or rdfxml";
    private readonly InputDocument _input;
    private readonly IRdfParser _parser;

    private RdfSource(InputDocument input, IRdfParser parser, RdfFormat format)
    {
        _input = input;
        _parser = parser;
        Format = format;
    }

    /// <summary>Opens <paramref name="path"/>; the base IRI defaults to the file's absolute file:/// URL.</summary>
    public static RdfSource Open(string path, string? from, Terminal terminal, string? baseIri = null, IDocumentLoader? documentLoader = null)
    {
        var format = FormatOf(path, from);
        if (baseIri is not null && !Uri.TryCreate(baseIri, UriKind.Absolute, out _)) throw new UsageException($"--base: '{baseIri}' is not an absolute IRI");
        var input = InputDocument.Open(path, terminal);
        var parser = RdfIo.CreateParser(format, new ParserOptions
        {
            SourceName = input.Name,
            BaseIri = baseIri ?? input.DefaultBaseIri,
            DocumentLoader = documentLoader,
        });
        return new RdfSource(input, parser, format);
    }

    /// <summary>The syntax named by <paramref name="from"/>, else the one of the path's extension.</summary>
    public static RdfFormat FormatOf(string path, string? from)
    {
        if (from is { } name)
        {
            return RdfFormats.TryParseName(name, out var named) ? named : throw new UsageException($"--from: unknown format '{name}' (expected {FormatNames})");
        }
        if (path == "-") throw new UsageException($"reading standard input needs --from ({FormatNames})");
        return RdfFormats.TryFromPath(path, out var inferred)
            ? inferred
            : throw new UsageException($"{path}: cannot tell the format from the extension; give --from ({FormatNames})");
    }

    /// <summary>The path as given, or "-".</summary>
    public string Name => _input.Name;

    public RdfFormat Format { get; }

    /// <summary>The prefixes declared so far: all of them once <see cref="Quads"/> has been read to its end.</summary>
    public PrefixMap Prefixes => _parser.Prefixes;

    /// <summary>The document's quads, parsed as they are pulled (strict UTF-8, see <see cref="InputDocument"/>).</summary>
    public IEnumerable<Quad> Quads(CancellationToken cancellationToken) => _input.Quads(_parser, cancellationToken);

    public void Dispose() => _input.Dispose();
}
