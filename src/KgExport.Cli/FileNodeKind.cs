using System.Runtime.InteropServices;

namespace KgExport.Cli;

/// <summary>What a path names, after following symbolic links: it decides whether an output may be replaced.</summary>
internal enum FileNodeKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

internal static class FileNodeKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    // struct statx is the same on every Linux architecture: stx_mode, a 16-bit field, at byte 28.
    private const int ModeOffset = 28;

    /// <summary>
    /// The kind of node at <paramref name="path"/>, following symbolic links. .NET reports a FIFO or a device as an
    /// ordinary file, so Linux is asked directly (statx); elsewhere anything that is not a directory counts as regular.
    /// </summary>
    public static FileNodeKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Directory.Exists(path) ? FileNodeKind.Directory : File.Exists(path) ? FileNodeKind.Regular : FileNodeKind.Missing;
        }
        var buffer = new byte[StatxSize];
        if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            const int NoSuchFile = 2;
            if (errno == NoSuchFile) return FileNodeKind.Missing;
            throw new IOException($"{path}: cannot look at it ({Marshal.GetPInvokeErrorMessage(errno)})", errno);
        }
        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x1000 => FileNodeKind.Fifo,
            0x2000 => FileNodeKind.CharacterDevice,
            0x4000 => FileNodeKind.Directory,
            0x6000 => FileNodeKind.BlockDevice,
            0xC000 => FileNodeKind.Socket,
            _ => FileNodeKind.Regular,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
