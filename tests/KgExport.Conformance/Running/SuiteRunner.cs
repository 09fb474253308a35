namespace KgExport.Conformance;

/// <summary>Runs every test of a suite through the suite's handler table and tallies the outcomes.</summary>
public static class SuiteRunner
{
    public static SuiteResult Run(ConformanceSuite suite, string w3cRoot, KnownFailures known, CancellationToken cancellationToken = default)
    {
        var manifest = Path.Combine(w3cRoot, suite.Manifest);
        if (!File.Exists(manifest))
        {
            return new SuiteResult(suite.Name) { Missing = true, MissingReason = $"{manifest} does not exist (set KGEXPORT_W3C)" };
        }

        var locations = new TestLocations(w3cRoot);
        var result = new SuiteResult(suite.Name);
        foreach (var test in suite.Loader(manifest, locations, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DroppedType(suite, test) is { } dropped)
            {
                result.Dropped[dropped] = result.Dropped.GetValueOrDefault(dropped) + 1;
                continue;
            }
            var outcome = RunOne(suite, test, cancellationToken);
            var isKnown = known.Contains(test.Id);
            switch (outcome.Status)
            {
                case TestStatus.Passed:
                    result.Passed++;
                    if (isKnown) result.Unexpected.Add($"{test.Id}: listed in known-failures.txt but now passes; remove it from the list");
                    break;
                case TestStatus.Skipped:
                    result.Skipped++;
                    result.SkipNotes.Add($"{test.Id}: {outcome.Message}");
                    break;
                default:
                    result.Failed++;
                    if (isKnown) result.KnownFailed++;
                    else result.Unexpected.Add($"{test.Id}: {outcome.Message}");
                    break;
            }
        }
        foreach (var type in suite.IgnoredTypes.Keys.Where(t => !result.Dropped.ContainsKey(t)).Order(StringComparer.Ordinal))
        {
            result.Unexpected.Add($"{type}: listed as an ignored test type of suite '{suite.Name}' but no test has it; remove it from the list");
        }
        return result;
    }

    /// <summary>The ignored type a test is dropped for: none of its types has a handler and one is ignored; else null.</summary>
    public static string? DroppedType(ConformanceSuite suite, ConformanceTest test) =>
        test.Types.Any(suite.Handlers.ContainsKey) ? null : test.Types.FirstOrDefault(suite.IgnoredTypes.ContainsKey);

    public static TestOutcome RunOne(ConformanceSuite suite, ConformanceTest test, CancellationToken cancellationToken)
    {
        var handler = test.Types.Select(t => suite.Handlers.GetValueOrDefault(t)).FirstOrDefault(h => h is not null);
        if (handler is null) return TestOutcome.Fail($"no handler for test type {string.Join(", ", test.Types)}");
        try
        {
            return handler(test, cancellationToken);
        }
        catch (ConformanceFailure e)
        {
            return TestOutcome.Fail(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TestOutcome.Fail($"unexpected {e.GetType().Name}: {e.Message}");
        }
    }
}
