using KgExport.Conformance.Sparql;

namespace KgExport.Conformance;

public static class Program
{
    public static int Main(string[] args)
    {
        var w3c = Environment.GetEnvironmentVariable("KGEXPORT_W3C") is { Length: > 0 } w
            ? w
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/conformance"));
        var verbose = args.Contains("-v");
        var names = args.Where(a => !a.StartsWith('-')).ToList();
        var failed = 0;
        foreach (var suite in SparqlSuites.All.Where(s => names.Count == 0 || names.Contains(s.Name)))
        {
            var reports = SparqlSuites.Run(suite, w3c, SparqlKnownFailures.All, Console.Out, verbose);
            failed += reports.Count(r => r.Outcome == TestOutcome.Failed);
        }
        return failed == 0 ? 0 : 1;
    }
}
