namespace KgExport.Rdf.Tests.Rapper;

/// <summary>
/// A fact that needs Raptor's <c>rapper</c> (Debian raptor2-utils, the rdf-utils oracle group) and the W3C suites.
/// Without them it is reported as skipped, with the reason; on CI (CI=true) it always runs, so a missing oracle fails.
/// </summary>
public sealed class RapperFactAttribute : FactAttribute
{
    public const string RapperPath = "/usr/bin/rapper";

    public RapperFactAttribute() => Skip = OracleSkip.Tool(RapperPath, "rdf-utils") ?? OracleSkip.W3cSuites();
}
