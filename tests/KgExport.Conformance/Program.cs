using KgExport.Testing;

namespace KgExport.Conformance;

/// <summary>
/// <c>dotnet run --project tests/KgExport.Conformance -- [suite...]</c>: runs the named suites (all when none) and
/// prints "&lt;suite&gt;: N passed, M failed, K skipped" per suite and a total. Exit 1 on any unexpected failure
/// (or a missing suite when CI=true), 2 on a usage error.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var verbose = args.Contains("--verbose") || args.Contains("-v");
        var names = args.Where(a => !a.StartsWith('-')).ToList();
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine("usage: KgExport.Conformance [--verbose] [suite...]");
            Console.WriteLine("suites: " + string.Join(", ", SuiteRegistry.All.Select(s => s.Name)));
            return 0;
        }
        var suites = new List<ConformanceSuite>();
        foreach (var name in names)
        {
            var suite = SuiteRegistry.Find(name);
            if (suite is null)
            {
                Console.Error.WriteLine($"unknown suite '{name}'; known: {string.Join(", ", SuiteRegistry.All.Select(s => s.Name))}");
                return 2;
            }
            suites.Add(suite);
        }
        if (suites.Count == 0) suites.AddRange(SuiteRegistry.All);

        KnownFailures known;
        try
        {
            known = KnownFailures.Load(KnownFailures.DefaultPath);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var root = TestPaths.Conformance;
        int passed = 0, failed = 0, skipped = 0;
        var ok = true;
        foreach (var suite in suites)
        {
            var result = SuiteRunner.Run(suite, root, known);
            passed += result.Passed;
            failed += result.Failed;
            skipped += result.Skipped;
            foreach (var line in result.Unexpected) Console.WriteLine("  FAIL " + line.Replace("\n", "\n       "));
            if (verbose)
            {
                foreach (var line in result.SkipNotes) Console.WriteLine("  skip " + line);
            }
            Console.WriteLine(result.Summary());
            if (result.Missing)
            {
                Console.Error.WriteLine($"WARNING: suite '{suite.Name}' was NOT RUN: {result.MissingReason}");
                if (TestPaths.IsCi) ok = false;
            }
            if (!result.Ok) ok = false;
        }
        Console.WriteLine($"{passed} passed, {failed} failed");
        return ok ? 0 : 1;
    }
}
