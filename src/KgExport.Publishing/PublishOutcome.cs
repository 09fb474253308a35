using KgExport.Rdf;

namespace KgExport.Publishing;

public enum PublishStatus
{
    /// <summary>Replaced on the store (and verified, when asked).</summary>
    Published,

    /// <summary>Only printed (--dry-run).</summary>
    DryRun,

    /// <summary>The store refused or failed; the graph may be absent or partial on the store.</summary>
    Failed,

    /// <summary>Not attempted, because the store had become unreachable.</summary>
    Skipped,
}

/// <summary>What happened to one graph.</summary>
public sealed record PublishOutcome(Iri Graph, string Source, PublishStatus Status, int Triples, int Batches, string? Error, long? StoreCount);

/// <summary>The result of a publish run: one outcome per graph, in order, and the time taken.</summary>
public sealed record PublishReport(IReadOnlyList<PublishOutcome> Outcomes, TimeSpan Elapsed)
{
    public int Count(PublishStatus status) => Outcomes.Count(o => o.Status == status);

    public long TriplesPublished => Outcomes.Where(o => o.Status == PublishStatus.Published).Sum(o => (long)o.Triples);

    public bool Succeeded => Outcomes.All(o => o.Status is PublishStatus.Published or PublishStatus.DryRun);
}
