namespace KgExport.Diff;

/// <summary>How big the two datasets are and how much changed, in quads, graphs and nodes.</summary>
public sealed record DifferenceCounts
{
    /// <summary>Quads in the old dataset.</summary>
    public long OldQuads { get; init; }

    /// <summary>Quads in the new dataset.</summary>
    public long NewQuads { get; init; }

    /// <summary>Quads of the old dataset with no counterpart in the new (blank nodes matched canonically).</summary>
    public long RemovedQuads { get; init; }

    /// <summary>Quads of the new dataset with no counterpart in the old.</summary>
    public long AddedQuads { get; init; }

    /// <summary>Graphs only the new dataset has.</summary>
    public int GraphsAdded { get; init; }

    /// <summary>Graphs only the old dataset has.</summary>
    public int GraphsRemoved { get; init; }

    /// <summary>Graphs both have, with different contents.</summary>
    public int GraphsChanged { get; init; }

    /// <summary>Subjects only the new dataset states anything about, counted per graph.</summary>
    public int NodesAdded { get; init; }

    /// <summary>Subjects only the old dataset states anything about, counted per graph.</summary>
    public int NodesRemoved { get; init; }

    /// <summary>Subjects whose statements differ (renamed nodes included), counted per graph.</summary>
    public int NodesChanged { get; init; }
}
