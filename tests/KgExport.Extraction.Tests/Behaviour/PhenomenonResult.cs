namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>The outcomes of one phenomenon's cases, summed up.</summary>
internal sealed record PhenomenonResult(Phenomenon Phenomenon, IReadOnlyList<CaseOutcome> Outcomes)
{
    public int Sentences => Outcomes.Count;

    /// <summary>Positives: share of sentences with exactly the built facts. Negatives: share with no fact.</summary>
    public double PassRate => Rate(o => o.Exact);

    public double PassRateIgnoringDates => Rate(o => o.ExactIgnoringDates);

    /// <summary>Share of sentences that gave at least one scored fact not built into them.</summary>
    public double FalseFactRate => Rate(o => o.Extra > 0);

    public int ExpectedFacts => Outcomes.Sum(o => o.Case.Expected.Count);

    public int FoundExpected => Outcomes.Sum(o => o.Case.Expected.Count - o.Missed);

    public int ExtraFacts => Outcomes.Sum(o => o.Extra);

    /// <summary>Share of built facts found with their dates.</summary>
    public double Recall => ExpectedFacts == 0 ? 1.0 : (double)FoundExpected / ExpectedFacts;

    public IEnumerable<CaseOutcome> Failures => Outcomes.Where(o => !o.Exact);

    private double Rate(Func<CaseOutcome, bool> ok) => Outcomes.Count == 0 ? 0.0 : (double)Outcomes.Count(ok) / Outcomes.Count;
}
