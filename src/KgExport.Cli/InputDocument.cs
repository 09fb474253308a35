namespace KgExport.Cli;

/// <summary>
/// A text input given on the command line: a file path, or "-" for standard input. Reads strict UTF-8 (malformed
/// bytes are an error, not silently replaced) and skips a leading byte-order mark.
/// </summary>
public sealed class InputDocument : IDisposable
{
    private const int BufferSize = 1 << 16;

    private InputDocument(string name, string? fullPath, TextReader reader)
    {
        Name = name;
        FullPath = fullPath;
        Reader = reader;
    }

    public static InputDocument Open(string path, Terminal terminal)
    {
        if (path == "-")
        {
            return new InputDocument("-", null, new StreamReader(terminal.OpenStdin(), Terminal.StrictUtf8, detectEncodingFromByteOrderMarks: false, BufferSize));
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new UsageException($"{path}: is a directory, expected a file");
        if (!File.Exists(full)) throw new UsageException($"{path}: no such file");
        var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        return new InputDocument(path, full, new StreamReader(stream, Terminal.StrictUtf8, detectEncodingFromByteOrderMarks: false, BufferSize));
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

    public TextReader Reader { get; }

    public void Dispose() => Reader.Dispose();
}
