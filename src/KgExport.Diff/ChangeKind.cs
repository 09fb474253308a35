namespace KgExport.Diff;

/// <summary>What became of a graph or a node between the old dataset and the new one.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new dataset.</summary>
    Added,

    /// <summary>Only in the old dataset.</summary>
    Removed,

    /// <summary>In both, with different statements.</summary>
    Changed,
}
