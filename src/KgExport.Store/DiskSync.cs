using System.Runtime.InteropServices;

namespace KgExport.Store;

/// <summary>
/// fsync for what .NET does not flush: a directory, so that a file created, renamed or deleted in it stays so
/// after a power cut (a file's own data is flushed with <see cref="FileStream.Flush(bool)"/>).
/// </summary>
internal static class DiskSync
{
    public static void Directory(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(path, 0);
        if (fd < 0) throw new IOException($"{path}: cannot open the directory to flush it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"{path}: cannot flush the directory (errno {Marshal.GetLastPInvokeError()})");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    // DllImport rather than LibraryImport, whose generated marshalling needs unsafe code.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
