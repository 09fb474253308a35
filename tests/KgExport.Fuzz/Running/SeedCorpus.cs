namespace KgExport.Fuzz.Running;

/// <summary>
/// The documents mutations start from: the target's own seeds, then the W3C test files (read where they are, never
/// copied), in ordinal path order so that a seed and an index make the same input on every machine that has the
/// same suites. Files over 16 KB are left out to keep executions fast.
/// </summary>
public static class SeedCorpus
{
    private const long MaxFileBytes = 16 * 1024;

    public static IReadOnlyList<string> Load(FuzzTarget target, string? sharedRoot)
    {
        var documents = new List<string>(target.Seeds);
        foreach (var (folder, ending) in target.SeedFiles)
        {
            var dir = Path.IsPathRooted(folder) ? folder : sharedRoot is null ? null : Path.Combine(sharedRoot, folder);
            if (dir is null || !Directory.Exists(dir)) continue;
            var files = Directory.EnumerateFiles(dir, "*" + ending, SearchOption.AllDirectories)
                .Where(f => new FileInfo(f).Length <= MaxFileBytes)
                .Order(StringComparer.Ordinal);
            foreach (var file in files) documents.Add(File.ReadAllText(file));
        }
        return documents;
    }
}
