namespace KgExport.Conformance;

/// <summary>What running one suite found. <see cref="Unexpected"/> lists what makes the run fail.</summary>
public sealed record SuiteResult(string Name)
{
    public bool Missing { get; init; }
    public string? MissingReason { get; init; }
    public int Passed { get; set; }
    public int Failed { get; set; }
    public int Skipped { get; set; }
    public int KnownFailed { get; set; }
    public List<string> Unexpected { get; } = [];
    public List<string> SkipNotes { get; } = [];

    public bool Ok => Unexpected.Count == 0;

    /// <summary>"&lt;suite&gt;: N passed, M failed, K skipped", plus notes on known failures or a missing suite.</summary>
    public string Summary()
    {
        var line = $"{Name}: {Passed} passed, {Failed} failed, {Skipped} skipped";
        if (KnownFailed > 0) line += $" ({KnownFailed} known failures)";
        if (Missing) line += $" -- SUITE NOT FOUND, NOT RUN: {MissingReason}";
        return line;
    }
}
