namespace KgExport.Rdf;

/// <summary>
/// The net effect of a group of changes to a <see cref="Dataset"/>: the quads it added that were not there before and
/// the quads it removed that were. A quad added and then removed again (or the reverse) is no change at all, so the
/// two sets never overlap and can be applied in either order.
/// </summary>
public sealed class DatasetChanges
{
    private readonly Dictionary<Quad, bool> _net = [];

    public int Count => _net.Count;

    public bool IsEmpty => _net.Count == 0;

    public IEnumerable<Quad> Added => _net.Where(kv => kv.Value).Select(kv => kv.Key);

    public IEnumerable<Quad> Removed => _net.Where(kv => !kv.Value).Select(kv => kv.Key);

    internal void Record(bool added, Quad quad)
    {
        // A dataset records only real changes, so a second record of a quad always reverses the first.
        if (!_net.Remove(quad)) _net[quad] = added;
    }

    /// <summary>Puts the dataset back as it was before these changes (call with no recording running).</summary>
    public void Undo(Dataset dataset)
    {
        foreach (var q in Added.ToList()) dataset.Remove(q);
        foreach (var q in Removed.ToList()) dataset.Add(q);
    }

    /// <summary>Makes these changes to a dataset that is as it was before them (replaying a log).</summary>
    public static void Apply(Dataset dataset, IEnumerable<Quad> removed, IEnumerable<Quad> added)
    {
        foreach (var q in removed) dataset.Remove(q);
        foreach (var q in added) dataset.Add(q);
    }
}
