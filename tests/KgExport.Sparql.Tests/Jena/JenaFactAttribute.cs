namespace KgExport.Sparql.Tests.Jena;

/// <summary>
/// A fact that needs Apache Jena (../shared/tools/jena with Debian's libapache-jena-java) and a JDK. Without them it is
/// reported as skipped, with the reason; on CI (CI=true) it always runs, so a missing oracle fails.
/// </summary>
public sealed class JenaFactAttribute : FactAttribute
{
    private const string JenaCoreJar = "/usr/share/java/jena-core.jar";

    public JenaFactAttribute()
    {
        if (TestPaths.IsCi) return;
        if (TestPaths.JenaTool is null) Skip = $"Jena wrapper not found under {TestPaths.Shared}/tools (set KGEXPORT_SHARED)";
        else if (!File.Exists(JenaCoreJar)) Skip = $"Apache Jena is not installed; run: bash {TestPaths.Shared}/tools/install-oracles jena";
    }
}
