using System.Runtime.InteropServices;

namespace KgExport.Corpus;

/// <summary>
/// The temporary files this process has made and not yet renamed into place or removed. A process stopped by a
/// signal runs no <c>finally</c> block, and one that dies of an unhandled exception may not either, so the files are
/// listed here and removed from the signal handler (<see cref="RemoveOnTermination"/>); nothing partial and hidden is
/// left beside the user's file. Output files (the CLI's <c>-o</c>) and export-cache entries both go through it.
/// </summary>
public static class TemporaryFiles
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    private static bool _terminating;

    /// <summary>SIGXFSZ, which .NET has no name for: 25 on Linux, macOS and the BSDs.</summary>
    private const PosixSignal FileSizeLimitExceeded = (PosixSignal)25;

    /// <summary>
    /// Creates <paramref name="path"/> (which must not exist) for writing, unbuffered (the writer above buffers, and a
    /// failed write then fails where it is made), and lists it until it is moved or removed.
    /// </summary>
    public static FileStream Create(string path)
    {
        lock (Gate)
        {
            ThrowIfTerminating();
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            Live.Add(path);
            return stream;
        }
    }

    /// <summary>
    /// Renames a listed file over <paramref name="target"/>. Done under the same lock as the removal on a signal, so
    /// a signal either removes the file before the rename or finds it already in place, never half of each.
    /// </summary>
    public static void MoveIntoPlace(string path, string target)
    {
        lock (Gate)
        {
            ThrowIfTerminating();
            File.Move(path, target, overwrite: true);
            Live.Remove(path);
        }
    }

    /// <summary>Removes a listed file (best effort: a file that cannot be removed stays listed for the signal handler).</summary>
    public static void Remove(string path)
    {
        lock (Gate)
        {
            if (TryDelete(path)) Live.Remove(path);
        }
    }

    /// <summary>Removes every listed file, and makes any later <see cref="Create"/> or <see cref="MoveIntoPlace"/> fail.</summary>
    public static void RemoveAll()
    {
        lock (Gate)
        {
            _terminating = true;
            foreach (var path in Live) TryDelete(path);
            Live.Clear();
        }
    }

    /// <summary>
    /// For the real process only (tests share one process): on SIGINT, SIGTERM or SIGHUP, or an unhandled exception,
    /// removes the listed files and lets the process end as it would have (exit 130, 143, 129). SIGXFSZ (a write past
    /// the shell's <c>ulimit -f</c>) would kill the process with its files in place; it is ignored instead, so that
    /// write fails as "file too large" and the usual cleanup and one-line message follow.
    /// </summary>
    public static IDisposable RemoveOnTermination()
    {
        AppDomain.CurrentDomain.UnhandledException += (_, _) => RemoveAll();
        if (OperatingSystem.IsWindows())
        {
            Console.CancelKeyPress += (_, _) => RemoveAll();
            return new Registrations([]);
        }
        return new Registrations([
            PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => RemoveAll()),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => RemoveAll()),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => RemoveAll()),
            PosixSignalRegistration.Create(FileSizeLimitExceeded, context => context.Cancel = true),
        ]);
    }

    private static void ThrowIfTerminating()
    {
        if (_terminating) throw new OperationCanceledException("the process is being stopped");
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed class Registrations(IReadOnlyList<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var r in registrations) r.Dispose();
        }
    }
}
