// The tests set KGEXPORT_ACCEPT_SNAPSHOTS and CI, which every approval reads: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace KgExport.Testing.Tests;

/// <summary>Sets environment variables for one test and puts the old values back.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved = [];

    public EnvironmentScope(bool accept, bool ci)
    {
        Set(AcceptSwitch.Variable, accept ? "1" : null);
        Set("CI", ci ? "true" : null);
    }

    private void Set(string name, string? value)
    {
        _saved[name] = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved) Environment.SetEnvironmentVariable(name, value);
    }
}

/// <summary>A scratch folder holding a stand-in test source file, so approved files land there, not in the repository.</summary>
internal sealed class ScratchTest : IDisposable
{
    public ScratchTest()
    {
        Folder = Path.Combine(Path.GetTempPath(), "kgexport-testing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        SourceFile = Path.Combine(Folder, "GraphTests.cs");
        File.WriteAllText(SourceFile, "// stands in for a test's source file\n");
    }

    public string Folder { get; }

    public string SourceFile { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
