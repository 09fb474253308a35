namespace KgExport.Diff;

/// <summary>How big the two datasets are and how much changed, in quads, graphs and nodes.</summary>
public sealed record DifferenceCounts
{
    public long OldQuads { get; init; }

    public long NewQuads { get; init; }

    public long RemovedQuads { get; init; }

    public long AddedQuads { get; init; }

    public int GraphsAdded { get; init; }

    public int GraphsRemoved { get; init; }

    public int GraphsChanged { get; init; }

    public int NodesAdded { get; init; }

    public int NodesRemoved { get; init; }

    public int NodesChanged { get; init; }
}
