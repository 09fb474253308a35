using KgExport.Testing;

namespace KgExport.Rdf.Tests.Rapper;

/// <summary>
/// A fact that needs Raptor's <c>rapper</c> (Debian raptor2-utils, the rdf-utils oracle group) and the W3C suites.
/// Without them it is reported as skipped, with the reason; on CI (CI=true) it always runs, so a missing oracle fails.
/// </summary>
public sealed class RapperFactAttribute : FactAttribute
{
    public const string RapperPath = "/usr/bin/rapper";

    public RapperFactAttribute()
    {
        if (TestPaths.IsCi) return;
        if (!File.Exists(RapperPath)) Skip = $"rapper is not installed; run: bash {TestPaths.Shared}/tools/install-oracles rdf-utils";
        else if (!Directory.Exists(TestPaths.Conformance)) Skip = $"W3C suites not found at {TestPaths.Conformance} (set KGEXPORT_W3C)";
    }
}
