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

    /// <summary>Tests not run because their type is one of the suite's ignored types, counted per type IRI.</summary>
    public SortedDictionary<string, int> Dropped { get; } = new(StringComparer.Ordinal);

    public int DroppedCount => Dropped.Values.Sum();

    public bool Ok => Unexpected.Count == 0;

    /// <summary>"&lt;suite&gt;: N passed, M failed, K skipped", then dropped tests per type, plus notes on known failures or a missing suite.</summary>
    public string Summary()
    {
        var line = $"{Name}: {Passed} passed, {Failed} failed, {Skipped} skipped";
        if (KnownFailed > 0) line += $" ({KnownFailed} known failures)";
        if (DroppedCount > 0) line += $", {DroppedCount} dropped ({string.Join(", ", Dropped.Select(d => $"{ShortType(d.Key)} {d.Value}"))})";
        if (Missing) line += $" -- SUITE NOT FOUND, NOT RUN: {MissingReason}";
        return line;
    }

    private static string ShortType(string iri) => iri[(Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1)..];
}
