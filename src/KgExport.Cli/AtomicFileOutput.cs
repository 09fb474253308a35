namespace KgExport.Cli;

/// <summary>
/// A file written all or nothing: bytes go to a temporary file beside the target, which replaces the target only on
/// <see cref="Commit"/>. Disposing without committing deletes the temporary file and leaves any old target untouched.
/// </summary>
public sealed class AtomicFileOutput : IDisposable
{
    private readonly string _targetPath;
    private readonly string _temporaryPath;
    private readonly FileStream _stream;
    private bool _committed;

    private AtomicFileOutput(string targetPath, string temporaryPath, FileStream stream)
    {
        _targetPath = targetPath;
        _temporaryPath = temporaryPath;
        _stream = stream;
    }

    public static AtomicFileOutput Create(string path)
    {
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(directory)) throw new UsageException($"{path}: cannot write, the directory {directory} does not exist");
        if (Directory.Exists(target)) throw new UsageException($"{path}: cannot write, it is a directory");
        // Same directory, so the final rename never crosses file systems; a leading dot keeps it out of globs.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        return new AtomicFileOutput(target, temporary, stream);
    }

    /// <summary>The temporary file's stream; write everything here, then call <see cref="Commit"/>.</summary>
    public Stream Stream => _stream;

    public void Commit()
    {
        if (_committed) return;
        _stream.Flush();
        _stream.Dispose();
        File.Move(_temporaryPath, _targetPath, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        _stream.Dispose();
        try
        {
            File.Delete(_temporaryPath);
        }
        catch (IOException)
        {
            // Best effort: the target itself was never touched.
        }
    }
}
