namespace KgExport.Cli;

/// <summary>
/// Where a verb writes its data, the one way every verb does it: standard output (no path, or "-") or an
/// <see cref="OutputFile"/> (a regular file replaced atomically; a FIFO or device written in place). Text is UTF-8
/// without BOM, with '\n' line ends, through a large buffer. A failed write throws <see cref="OutputWriteException"/>.
/// Call <see cref="Commit"/> after the last write; disposing without it discards a file output (standard output
/// keeps what was already written).
/// </summary>
public sealed class OutputDocument : IDisposable
{
    private const int BufferSize = 1 << 16;
    private const string StandardOutputName = "standard output";
    private readonly OutputFile? _file;
    private bool _committed;

    private OutputDocument(TextWriter writer, OutputFile? file, string name)
    {
        Writer = writer;
        _file = file;
        Name = name;
    }

    public static OutputDocument Open(string? path, Terminal terminal)
    {
        if (path is null or "-")
        {
            var stdout = new OutputFailureStream(terminal.OpenStdout(), e => new OutputWriteException(StandardOutputName, e, ""));
            return new OutputDocument(TextWriterOver(stdout), null, "-");
        }
        var file = OutputFile.Open(path);
        return new OutputDocument(TextWriterOver(new OutputFailureStream(file.Stream, file.Failure)), file, path);
    }

    public TextWriter Writer { get; }

    /// <summary>The path as given, or "-" for standard output.</summary>
    public string Name { get; }

    public bool IsStandardOutput => _file is null;

    public void Commit()
    {
        // Disposing the writer flushes it; the stream underneath stays open (leaveOpen) for the commit.
        Writer.Dispose();
        _committed = true;
        _file?.Commit();
    }

    public void Dispose()
    {
        try
        {
            if (!_committed) Writer.Dispose();
        }
        catch (OutputWriteException)
        {
            // The write that failed has been reported; what is still buffered is not wanted.
        }
        finally
        {
            _file?.Dispose();
        }
    }

    private static StreamWriter TextWriterOver(Stream stream) => new(stream, Terminal.Utf8, BufferSize, leaveOpen: true) { NewLine = "\n" };
}
