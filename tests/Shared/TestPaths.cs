namespace KgExport.Testing;

/// <summary>
/// Where tests find the repository and the shared material beside it. <c>KGEXPORT_SHARED</c> points at the shared
/// folder (default: <c>../shared</c> next to the repository); <c>KGEXPORT_W3C</c> at the W3C suites (default:
/// <c>$KGEXPORT_SHARED/conformance</c>).
/// </summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("KGEXPORT_SHARED") is { Length: > 0 } s
            ? Path.GetFullPath(s)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Conformance { get; } =
        Environment.GetEnvironmentVariable("KGEXPORT_W3C") is { Length: > 0 } w
            ? Path.GetFullPath(w)
            : Path.Combine(Shared, "conformance");

    /// <summary>The Jena wrapper script, or null when the shared tools are absent.</summary>
    public static string? JenaTool => File.Exists(Path.Combine(Shared, "tools", "jena")) ? Path.Combine(Shared, "tools", "jena") : null;

    /// <summary>True on CI, where missing shared material is an error rather than a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KgExport.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (KgExport.sln) above " + AppContext.BaseDirectory);
    }
}
