using KgExport.Testing;

namespace KgExport.Cli.Tests.JsonLd;

/// <summary>
/// Approved outputs kept under tests/KgExport.Cli.Tests/Snapshots. A mismatch fails with the first differing lines.
/// To accept new output, run the tests with KGEXPORT_ACCEPT_SNAPSHOTS=1 and review the diff in git.
/// </summary>
public static class SnapshotFile
{
    public static string PathOf(string name) => TestPaths.InRepository("tests", "KgExport.Cli.Tests", "Snapshots", name);

    public static void Verify(string name, string actual)
    {
        var path = PathOf(name);
        if (Environment.GetEnvironmentVariable("KGEXPORT_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"snapshot {path} does not exist; run with KGEXPORT_ACCEPT_SNAPSHOTS=1 to create it");
        var expected = File.ReadAllText(path);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        var from = Math.Max(0, line - 2);
        var diff = new System.Text.StringBuilder($"{name} differs from the approved snapshot at line {line + 1} (accept with KGEXPORT_ACCEPT_SNAPSHOTS=1):\n");
        for (var i = from; i < Math.Min(e.Length, line + 3); i++) diff.Append("- ").Append(e[i]).Append('\n');
        for (var i = from; i < Math.Min(a.Length, line + 3); i++) diff.Append("+ ").Append(a[i]).Append('\n');
        Assert.Fail(diff.ToString());
    }
}
