namespace KgExport.Store.Tests;

/// <summary>A fresh directory under the temp folder for one test, deleted afterwards.</summary>
public sealed class StoreDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kgexport-store-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Only(string pattern) => Directory.GetFiles(Path, pattern).Single();

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
