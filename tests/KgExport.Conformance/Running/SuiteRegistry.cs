namespace KgExport.Conformance;

// The W3C conformance runner, in the manner of Oxigraph's check_testsuite(manifest, ignored):
//
//  * A suite is data: a name, the path of its manifest under the W3C root (KGEXPORT_W3C, default
//    ../shared/conformance), and a table from test-type IRI (rdft:TestTurtleEval, ...) to a TestHandler.
//    ManifestReader turns the manifest (mf:entries, mf:include) into ConformanceTest records; the runner looks up
//    each test's type in the table and calls the handler, which returns Pass/Skip or throws/returns Fail.
//  * To add a suite: write ONE file in Suites/ exposing a ConformanceSuite (see RdfSyntaxSuites.cs), then add ONE
//    line to the table below. Nothing else changes: `dotnet run --project tests/KgExport.Conformance -- <name>` and
//    the xunit theory in ConformanceTests.cs pick it up.
//  * Tests that fail for a reason we accept go in ONE place, known-failures.txt (test IRI, TAB, reason). A listed
//    test that passes fails the run until it is removed from the list.
//  * Test IRIs are the published ones (https://w3c.github.io/rdf-tests/...), because manifests are parsed with
//    the base they assume; ConformanceTest.LocalPath maps them back to the local copy.

/// <summary>Every suite the runner knows, by name.</summary>
public static class SuiteRegistry
{
    public static IReadOnlyList<ConformanceSuite> All { get; } =
    [
        RdfSyntaxSuites.NTriples,
        RdfSyntaxSuites.NQuads,
        RdfSyntaxSuites.Turtle,
        RdfSyntaxSuites.TriG,
        RdfSyntaxSuites.RdfXml,
        CanonicalizationSuite.Rdfc10,
        CanonicalizationCliSuite.Rdfc10Cli,
        JsonLdSuites.Expand,
        JsonLdSuites.Compact,
        JsonLdSuites.Flatten,
        JsonLdSuites.ToRdf,
        JsonLdSuites.FromRdf,
        JsonLdSuites.RemoteDoc,
        ShaclSuites.Core,
        ShaclSuites.Sparql,
        SparqlSuites.Syntax11, SparqlSuites.Eval11, SparqlSuites.Update11, SparqlSuites.Eval10,
    ];

    public static ConformanceSuite? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
