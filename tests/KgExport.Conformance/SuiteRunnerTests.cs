namespace KgExport.Conformance;

/// <summary>
/// How the runner treats test types: handled types run, a suite's ignored types are dropped and counted per type,
/// a type neither handled nor ignored fails its test, and an ignored type no test has fails the run.
/// Runs on a small manifest written here, so it needs no W3C copy.
/// </summary>
public sealed class SuiteRunnerTests : IDisposable
{
    private const string Ex = "http://example.org/test#";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("kgexport-runner-");

    public SuiteRunnerTests()
    {
        File.WriteAllText(Path.Combine(_root.FullName, "manifest.ttl"), $"""
            @prefix mf: <{ManifestReader.Mf}> .
            @prefix ex: <{Ex}> .
            <> a mf:Manifest ; mf:entries ( <#run1> <#run2> <#other1> <#other2> <#other3> <#unknown> ) .
            <#run1> a ex:Handled ; mf:name "run1" .
            <#run2> a ex:Handled ; mf:name "run2" .
            <#other1> a ex:Other ; mf:name "other1" .
            <#other2> a ex:Other ; mf:name "other2" .
            <#other3> a ex:Elsewhere ; mf:name "other3" .
            <#unknown> a ex:Unknown ; mf:name "unknown" .
            """);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static ConformanceSuite Suite(params string[] ignored) =>
        new("synthetic", "manifest.ttl", new Dictionary<string, TestHandler> { [Ex + "Handled"] = (_, _) => TestOutcome.Pass })
        {
            IgnoredTypes = ignored.ToDictionary(t => Ex + t, t => "run elsewhere", StringComparer.Ordinal),
        };

    private SuiteResult Run(ConformanceSuite suite) =>
        SuiteRunner.Run(suite, _root.FullName, KnownFailures.Load(Path.Combine(_root.FullName, "no-known-failures.txt")));

    [Fact]
    public void Ignored_types_are_dropped_and_counted_per_type()
    {
        var result = Run(Suite("Other", "Elsewhere", "Unknown"));

        Assert.Equal(2, result.Passed);
        Assert.Equal(0, result.Failed);
        Assert.Equal(4, result.DroppedCount);
        Assert.Equal([(Ex + "Elsewhere", 1), (Ex + "Other", 2), (Ex + "Unknown", 1)], result.Dropped.Select(d => (d.Key, d.Value)));
        Assert.True(result.Ok);
        Assert.Equal("synthetic: 2 passed, 0 failed, 0 skipped, 4 dropped (Elsewhere 1, Other 2, Unknown 1)", result.Summary());
    }

    [Fact]
    public void A_type_neither_handled_nor_ignored_fails_its_test()
    {
        var result = Run(Suite("Other", "Elsewhere"));

        Assert.Equal(1, result.Failed);
        Assert.Equal(3, result.DroppedCount);
        Assert.False(result.Ok);
        var failure = Assert.Single(result.Unexpected);
        Assert.Contains("#unknown", failure, StringComparison.Ordinal);
        Assert.Contains("no handler for test type " + Ex + "Unknown", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ignored_type_that_no_test_has_fails_the_run()
    {
        var result = Run(Suite("Other", "Elsewhere", "Unknown", "Vanished"));

        Assert.Equal(0, result.Failed);
        Assert.False(result.Ok);
        Assert.Contains(Ex + "Vanished", Assert.Single(result.Unexpected), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ignored_types_nothing_is_dropped_and_the_summary_says_no_drops()
    {
        var result = Run(Suite());

        Assert.Equal(0, result.DroppedCount);
        Assert.Equal(4, result.Failed);
        Assert.DoesNotContain("dropped", result.Summary(), StringComparison.Ordinal);
    }
}
