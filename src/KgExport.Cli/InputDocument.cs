using KgExport.Rdf;

namespace KgExport.Cli;

/// <summary>
/// An RDF document given on the command line: a file path, or "-" for standard input. Its quads come the one way
/// from bytes (<see cref="RdfIo.Parse(IRdfParser, Stream, string, CancellationToken)"/>): strict UTF-8, a malformed
/// byte an error at its offset, a leading byte-order mark skipped.
/// </summary>
public sealed class InputDocument : IDisposable
{
    private readonly Stream _bytes;

    private InputDocument(string name, string? fullPath, Stream bytes)
    {
        Name = name;
        FullPath = fullPath;
        _bytes = bytes;
    }

    public static InputDocument Open(string path, Terminal terminal)
    {
        if (path == "-") return new InputDocument("-", null, terminal.OpenStdin());
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new UsageException($"{path}: is a directory, expected a file");
        if (!File.Exists(full)) throw new UsageException($"{path}: no such file");
        return new InputDocument(path, full, RdfIo.OpenFile(full));
    }

    /// <summary>The path as given (used in error messages), or "-".</summary>
    public string Name { get; }

    /// <summary>The absolute path, or null for standard input.</summary>
    public string? FullPath { get; }

    public bool IsStandardInput => FullPath is null;

    /// <summary>The base IRI RDF tools give a document by default: its absolute file URL (the working directory's for stdin).</summary>
    public string DefaultBaseIri => FullPath is not null
        ? new Uri(FullPath).AbsoluteUri
        : new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>The document's quads, read by <paramref name="parser"/> as they are pulled.</summary>
    public IEnumerable<Quad> Quads(IRdfParser parser, CancellationToken cancellationToken) =>
        RdfIo.Parse(parser, _bytes, Name, cancellationToken);

    public void Dispose() => _bytes.Dispose();
}
