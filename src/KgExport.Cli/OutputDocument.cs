namespace KgExport.Cli;

/// <summary>
/// Where a verb writes its data: standard output (no path, or "-") or a file written atomically. Text is UTF-8
/// without BOM, with '\n' line ends, through a large buffer. Call <see cref="Commit"/> after the last write; disposing
/// without it discards a file output (standard output keeps what was already written).
/// </summary>
public sealed class OutputDocument : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly AtomicFileOutput? _file;

    private OutputDocument(TextWriter writer, AtomicFileOutput? file, string name)
    {
        Writer = writer;
        _file = file;
        Name = name;
    }

    public static OutputDocument Open(string? path, Terminal terminal)
    {
        if (path is null or "-")
        {
            var stdout = new StreamWriter(terminal.OpenStdout(), Terminal.Utf8, BufferSize, leaveOpen: true) { NewLine = "\n" };
            return new OutputDocument(stdout, null, "-");
        }
        var file = AtomicFileOutput.Create(path);
        var writer = new StreamWriter(file.Stream, Terminal.Utf8, BufferSize, leaveOpen: true) { NewLine = "\n" };
        return new OutputDocument(writer, file, path);
    }

    public TextWriter Writer { get; }

    /// <summary>The path as given, or "-" for standard output.</summary>
    public string Name { get; }

    public bool IsStandardOutput => _file is null;

    public void Commit()
    {
        // Disposing the writer flushes it; the file stream underneath stays open (leaveOpen) for the commit.
        Writer.Dispose();
        _file?.Commit();
    }

    public void Dispose()
    {
        try
        {
            Writer.Dispose();
        }
        catch (ObjectDisposedException)
        {
            // Already committed: nothing left to flush.
        }
        finally
        {
            _file?.Dispose();
        }
    }
}
