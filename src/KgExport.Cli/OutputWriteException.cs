namespace KgExport.Cli;

/// <summary>
/// Writing an output failed (disk full, file too large, a device that refuses). The message names the output as the
/// user gave it, not a temporary file, and says what became of it; it is shown as one line (exit 2).
/// </summary>
public sealed class OutputWriteException(string name, IOException cause, string consequence)
    : IOException($"{name}: cannot write: {Reason(cause)}{consequence}", cause)
{
    private static string Reason(IOException cause) => cause.HResult switch
    {
        // On Unix .NET carries errno as the HResult of an I/O error it has no exception type for.
        5 => "input/output error",
        27 => "file too large",
        28 => "no space left on device",
        32 => "the reader has gone (broken pipe)",
        122 => "disk quota exceeded",
        _ => cause.Message,
    };
}
