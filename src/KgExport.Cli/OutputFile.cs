using KgExport.Corpus;

namespace KgExport.Cli;

/// <summary>
/// The file a verb writes for <c>-o</c>, written through the name the user gave. A FIFO or a device (<c>/dev/null</c>,
/// <c>/dev/stdout</c>), and anything under /dev or /proc, is written in place, never replaced. A symbolic link is
/// followed: what it names is written and the link stays a link. A regular file, or a new one, is written all or
/// nothing: the bytes go to a temporary file beside it, which replaces it only on <see cref="Commit"/>; disposing
/// without committing removes the temporary file and leaves the old file as it was.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string _name;
    private readonly string _target;
    private readonly string? _temporary;
    private readonly bool _existed;
    private readonly FileStream _stream;
    private bool _done;

    private OutputFile(string name, string target, string? temporary, bool existed, FileStream stream)
    {
        _name = name;
        _target = target;
        _temporary = temporary;
        _existed = existed;
        _stream = stream;
    }

    /// <summary>Opens <paramref name="path"/> (as the user gave it) for writing, as described above.</summary>
    public static OutputFile Open(string path)
    {
        var full = Path.GetFullPath(path);
        // Asked of the kernel, which also follows the links /dev/stdout and /proc/self/fd/N are made of.
        var kind = FileNodeKinds.Of(full);
        switch (kind)
        {
            case FileNodeKind.Directory:
                throw new UsageException($"{path}: cannot write, it is a directory");
            case FileNodeKind.Socket:
                throw new UsageException($"{path}: cannot write, it is a socket");
            case FileNodeKind.Fifo or FileNodeKind.CharacterDevice or FileNodeKind.BlockDevice:
                // Opening a FIFO waits for its reader, as a shell redirection does.
                return InPlace(path, full, FileMode.Open);
        }
        if (IsSystemPath(full))
        {
            // /dev/stdout redirected to a file, /dev/fd/N: a descriptor of the caller's, truncated and written as `cp` would.
            return InPlace(path, full, kind == FileNodeKind.Regular ? FileMode.Truncate : FileMode.Open);
        }
        var target = FollowLinks(path, full);
        var directory = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(directory)) throw new UsageException($"{path}: cannot write, the directory {directory} does not exist");
        // Same directory, so the final rename never crosses file systems; a leading dot keeps it out of globs.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        FileStream stream;
        try
        {
            stream = TemporaryFiles.Create(temporary);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot write, permission denied in {directory} (the file is written beside its target, then renamed)");
        }
        var existed = kind == FileNodeKind.Regular;
        if (existed && !OperatingSystem.IsWindows())
        {
            // The replacement keeps the permissions of the file it replaces (a fresh file would get the umask's).
            File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
        }
        return new OutputFile(path, target, temporary, existed, stream);
    }

    public Stream Stream => _stream;

    /// <summary>The exception that says, in the user's terms, that writing failed and what became of the file.</summary>
    public OutputWriteException Failure(IOException cause)
    {
        var consequence = _temporary is null ? "" : _existed ? $"; {_name} keeps its previous content" : $"; {_name} was not created";
        return new OutputWriteException(_name, cause, consequence);
    }

    public void Commit()
    {
        if (_done) return;
        try
        {
            // On disk before the rename, so a crash cannot leave the new name on an empty file.
            _stream.Flush(flushToDisk: _temporary is not null);
            _stream.Dispose();
            if (_temporary is not null) TemporaryFiles.MoveIntoPlace(_temporary, _target);
        }
        catch (IOException e)
        {
            throw Failure(e);
        }
        _done = true;
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try
        {
            _stream.Dispose();
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            // Discarding: what could not be written is not wanted (a FileStream reports EFBIG as an argument out of range).
        }
        finally
        {
            if (_temporary is not null) TemporaryFiles.Remove(_temporary);
        }
    }

    private static OutputFile InPlace(string path, string full, FileMode mode) =>
        new(path, full, null, existed: true, new FileStream(full, mode, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0));

    /// <summary>Under /dev or /proc, where no temporary file belongs and links are the kernel's own.</summary>
    private static bool IsSystemPath(string full) =>
        !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>The absolute path of what <paramref name="path"/> finally names, following a chain of symbolic links.</summary>
    private static string FollowLinks(string path, string full)
    {
        if (new FileInfo(full).LinkTarget is null) return full;
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException e)
        {
            throw new UsageException($"{path}: cannot follow the symbolic link ({e.Message})");
        }
    }
}
