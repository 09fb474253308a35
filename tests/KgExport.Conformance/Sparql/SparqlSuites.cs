namespace KgExport.Conformance.Sparql;

/// <summary>The SPARQL suites: which manifests and which test types each runs. Paths are below rdf-tests/sparql.</summary>
public static class SparqlSuites
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";

    public sealed record Suite(string Name, string[] Manifests, string[] TestTypes);

    public static IReadOnlyList<Suite> All { get; } =
    [
        new("sparql11-syntax",
            ["sparql11/syntax-query/manifest.ttl", "sparql11/syntax-update-1/manifest.ttl", "sparql11/syntax-update-2/manifest.ttl", "sparql11/syntax-fed/manifest.ttl"],
            [Mf + "PositiveSyntaxTest11", Mf + "NegativeSyntaxTest11", Mf + "PositiveUpdateSyntaxTest11", Mf + "NegativeUpdateSyntaxTest11"]),
        new("sparql11-eval",
            ["sparql11/manifest-sparql11-query.ttl", "sparql11/csv-tsv-res/manifest.ttl", "sparql11/json-res/manifest.ttl"],
            [Mf + "QueryEvaluationTest", Mf + "CSVResultFormatTest"]),
        new("sparql11-update",
            ["sparql11/manifest-sparql11-update.ttl"],
            [Mf + "UpdateEvaluationTest", Ut + "UpdateEvaluationTest"]),
        new("sparql10-eval",
            ["sparql10/manifest-evaluation.ttl"],
            [Mf + "QueryEvaluationTest"]),
    ];

    /// <summary>Runs one suite, printing failures and a summary line; returns the reports.</summary>
    public static List<TestReport> Run(Suite suite, string w3cRoot, IReadOnlyDictionary<string, string> knownFailures, TextWriter log, bool verbose)
    {
        var root = Path.Combine(w3cRoot, "rdf-tests", "sparql");
        var runner = new SparqlTestRunner(suite.TestTypes.ToHashSet(), knownFailures);
        var reports = new List<TestReport>();
        foreach (var manifest in suite.Manifests)
        {
            var path = Path.Combine(root, manifest);
            if (File.Exists(path)) reports.AddRange(runner.Run(path));
        }
        foreach (var r in reports.Where(r => r.Outcome == TestOutcome.Failed || (verbose && r.Outcome != TestOutcome.Passed)))
        {
            log.WriteLine($"{r.Outcome.ToString().ToUpperInvariant()} {r.TestIri}\n    {r.Detail.Replace("\n", "\n    ", StringComparison.Ordinal)}");
        }
        log.WriteLine($"{suite.Name}: {reports.Count(r => r.Outcome == TestOutcome.Passed)} passed, {reports.Count(r => r.Outcome == TestOutcome.Failed)} failed, "
            + $"{reports.Count(r => r.Outcome == TestOutcome.KnownFailure)} known failures, {reports.Count(r => r.Outcome == TestOutcome.Excluded)} excluded");
        return reports;
    }
}
