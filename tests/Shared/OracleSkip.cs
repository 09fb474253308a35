namespace KgExport.Testing;

/// <summary>
/// Why a test that needs an external oracle cannot run here, or null when it can. On CI (CI=true) every reason is
/// null: the oracles are installed by .ci/run, so a missing one fails the test instead of skipping it.
/// </summary>
public static class OracleSkip
{
    private const string JenaCoreJar = "/usr/share/java/jena-core.jar";

    /// <summary>Apache Jena 4.5 (../shared/tools/jena with Debian's libapache-jena-java) and a JDK.</summary>
    public static string? Jena()
    {
        if (TestPaths.IsCi) return null;
        if (TestPaths.JenaTool is null) return $"Jena wrapper not found under {TestPaths.Shared}/tools (set KGEXPORT_SHARED)";
        if (!File.Exists(JenaCoreJar)) return $"Apache Jena is not installed; run: bash {TestPaths.Shared}/tools/install-oracles jena";
        return null;
    }

    /// <summary>A Debian tool of an oracle group (e.g. rapper from rdf-utils).</summary>
    public static string? Tool(string path, string group)
    {
        if (TestPaths.IsCi || File.Exists(path)) return null;
        return $"{Path.GetFileName(path)} is not installed; run: bash {TestPaths.Shared}/tools/install-oracles {group}";
    }

    /// <summary>The W3C test suites (../shared/conformance or $KGEXPORT_W3C).</summary>
    public static string? W3cSuites()
    {
        if (TestPaths.IsCi || Directory.Exists(TestPaths.Conformance)) return null;
        return $"W3C suites not found at {TestPaths.Conformance} (set KGEXPORT_W3C)";
    }
}

/// <summary>A fact that needs Apache Jena; skipped with the reason where it is missing, except on CI.</summary>
public sealed class JenaFactAttribute : FactAttribute
{
    public JenaFactAttribute() => Skip = OracleSkip.Jena();
}
