using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// A fact that needs Apache Jena (../shared/tools/jena). Without it the test is skipped with a visible reason,
/// except on CI (CI=true), where it runs and fails.
/// </summary>
public sealed class JenaFactAttribute : FactAttribute
{
    public JenaFactAttribute()
    {
        if (TestPaths.JenaTool is null && !TestPaths.IsCi)
        {
            Skip = $"Apache Jena not found at {Path.Combine(TestPaths.Shared, "tools", "jena")} (set KGEXPORT_SHARED); on CI this fails.";
        }
    }
}
