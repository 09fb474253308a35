namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>What the extractor made of one case.</summary>
internal sealed record CaseOutcome(BehaviourCase Case, IReadOnlySet<ScoredFact> Found)
{
    /// <summary>Exactly the built facts: kinds, participants and dates.</summary>
    public bool Exact => Found.SetEquals(Case.Expected);

    /// <summary>The built facts with any dates: kinds and participants right.</summary>
    public bool ExactIgnoringDates => Found.Select(f => f.WithoutDate()).ToHashSet().SetEquals(Case.Expected.Select(f => f.WithoutDate()));

    public int Missed => Case.Expected.Count(f => !Found.Contains(f));

    /// <summary>Found facts that were not built (a wrong date counts as one missed and one extra).</summary>
    public int Extra => Found.Count(f => !Case.Expected.Contains(f));
}
