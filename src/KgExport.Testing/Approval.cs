using System.Text;

namespace KgExport.Testing;

/// <summary>
/// The one procedure every approval follows. The output matches when <c>difference(approved)</c> is null. Otherwise
/// (or when there is no approved file) the output goes to the <c>.received</c> file and the test fails with the
/// difference, unless <see cref="AcceptSwitch"/> is on: then the approved file is written (atomically). A new approved
/// file is named on standard error and the test passes; a replaced one fails the test once with what changed, so an
/// approval is never overwritten silently, and never without the switch.
/// </summary>
internal static class Approval
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Check(ApprovedFile file, string actual, Func<string, string?> difference)
    {
        actual = Normalise(actual);
        var approved = File.Exists(file.ApprovedPath) ? Normalise(File.ReadAllText(file.ApprovedPath, Utf8)) : null;
        var described = approved is null ? null : difference(approved);
        if (approved is not null && described is null)
        {
            File.Delete(file.ReceivedPath);
            return;
        }
        if (AcceptSwitch.IsOn)
        {
            WriteAtomically(file.ApprovedPath, actual);
            File.Delete(file.ReceivedPath);
            if (approved is null)
            {
                Console.Error.WriteLine($"KgExport.Testing: created {file.Shown(file.ApprovedPath)} ({AcceptSwitch.Variable}=1)");
                return;
            }
            // Replacing an approved file is never silent: this run fails once, showing what was accepted.
            throw new ApprovalException(
                $"Accepted a change to {file.Shown(file.ApprovedPath)} ({AcceptSwitch.Variable}=1); review it with git diff, the next run passes.\n{described!.TrimEnd('\n')}");
        }
        WriteAtomically(file.ReceivedPath, actual);
        var message = approved is null
            ? $"There is no approved file {file.Shown(file.ApprovedPath)} yet. The output is in {file.Shown(file.ReceivedPath)}: review it, then accept it with {AcceptSwitch.Variable}=1 (ignored when CI=true)."
            : $"The output differs from {file.Shown(file.ApprovedPath)}; it is in {file.Shown(file.ReceivedPath)}.\n{described!.TrimEnd('\n')}\n{AcceptSwitch.Advice}";
        throw new ApprovalException(message);
    }

    /// <summary>Line ends as '\n', so an approved file checked out with CRLF still matches.</summary>
    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void WriteAtomically(string path, string text)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
