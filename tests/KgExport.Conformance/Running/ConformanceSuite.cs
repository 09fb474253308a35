namespace KgExport.Conformance;

/// <summary>Runs one test; returns its outcome, or throws (any exception is a failure with its message).</summary>
public delegate TestOutcome TestHandler(ConformanceTest test, CancellationToken cancellationToken);

/// <summary>
/// A named suite: its manifest (relative to the W3C root) and a table from test-type IRI to handler. A suite whose
/// manifest is not Turtle (e.g. JSON-LD's) supplies its own <see cref="Loader"/>.
/// </summary>
public sealed record ConformanceSuite(string Name, string Manifest, IReadOnlyDictionary<string, TestHandler> Handlers)
{
    /// <summary>Reads the tests from the manifest; the default reads a Turtle manifest.</summary>
    public Func<string, TestLocations, CancellationToken, IReadOnlyList<ConformanceTest>> Loader { get; init; } = ManifestReader.Read;

    /// <summary>
    /// Test types of the manifest this suite does not run, each with the reason (e.g. the other half of a manifest
    /// that two suites share). Their tests are dropped, counted per type in the summary; a test whose types are
    /// neither handled nor listed here fails, and a listed type that no test has fails the run, so the list stays true.
    /// </summary>
    public IReadOnlyDictionary<string, string> IgnoredTypes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

public enum TestStatus
{
    Passed,
    Failed,
    Skipped,
}

public readonly record struct TestOutcome(TestStatus Status, string? Message = null)
{
    public static TestOutcome Pass { get; } = new(TestStatus.Passed);

    public static TestOutcome Fail(string message) => new(TestStatus.Failed, message);

    /// <summary>For tests that cannot run here (e.g. need HTTP); counted and printed, never silently dropped.</summary>
    public static TestOutcome Skip(string reason) => new(TestStatus.Skipped, reason);
}

/// <summary>Thrown by handlers to fail a test with a readable message.</summary>
public sealed class ConformanceFailure(string message) : Exception(message);
