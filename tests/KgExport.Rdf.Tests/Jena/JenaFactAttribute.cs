namespace KgExport.Rdf.Tests.Jena;

/// <summary>
/// A fact that needs Apache Jena and the W3C suites. Without them it is reported as skipped, with the reason; on CI
/// (CI=true) it always runs, so a missing oracle fails.
/// </summary>
public sealed class JenaFactAttribute : FactAttribute
{
    public JenaFactAttribute() => Skip = OracleSkip.Jena() ?? OracleSkip.W3cSuites();
}
