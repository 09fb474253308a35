using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
namespace KgExport.Testing;

/// <summary>
/// Approved outputs under tests/&lt;test project&gt;/Snapshots/. A mismatch fails with a line diff. To accept
/// the current output as the new approved one, run the tests with <c>KGEXPORT_ACCEPT_SNAPSHOTS=1</c> (never on CI),
/// then review the change with git diff.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "KGEXPORT_ACCEPT_SNAPSHOTS";

    private static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1" && !TestPaths.IsCi;

    /// <summary>This file is compiled into every test project, so its assembly names the project that owns the snapshots.</summary>
    public static string PathOf(string name) =>
        TestPaths.InRepository("tests", typeof(Snapshot).Assembly.GetName().Name!, "Snapshots", name);

    public static void Matches(string name, string actual)
    {
        var path = PathOf(name);
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"No approved snapshot {path}. Run the tests with {AcceptVariable}=1 to create it, then review it.");
        var expected = File.ReadAllText(path);
        if (expected == actual) return;
        Assert.Fail($"Snapshot {name} differs (- approved, + actual). If the change is intended, rerun with {AcceptVariable}=1.\n{Diff(expected, actual)}");
    }

    /// <summary>
    /// Changed lines with some context: '-' approved lines (numbered in the approved file), '+' actual lines
    /// (numbered in the actual output), ' ' unchanged lines (numbered in the approved file).
    /// </summary>
    public static string Diff(string expected, string actual, int context = 2, int maxLines = 200)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var numbers = new int[lines.Count];
        int oldLine = 0, newLine = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            numbers[i] = lines[i].Type switch
            {
                ChangeType.Inserted => ++newLine,
                ChangeType.Deleted => ++oldLine,
                _ => (++newLine, ++oldLine).Item2,
            };
        }
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++) show[j] = true;
        }
        var sb = new StringBuilder();
        var written = 0;
        var gap = false;
        for (var i = 0; i < lines.Count && written < maxLines; i++)
        {
            if (!show[i])
            {
                gap = true;
                continue;
            }
            if (gap && sb.Length > 0) sb.Append("...\n");
            gap = false;
            var mark = lines[i].Type switch { ChangeType.Deleted => '-', ChangeType.Inserted => '+', _ => ' ' };
            sb.Append(mark).Append(numbers[i].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append(' ').Append(lines[i].Text).Append('\n');
            written++;
        }
        if (written >= maxLines) sb.Append("... (diff truncated)\n");
        return sb.ToString();
    }
}
