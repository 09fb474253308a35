namespace KgExport.Extraction.Findings;

/// <summary>An actor breaking off relations with another.</summary>
public sealed class SeveranceFinding(string by, string with) : Finding
{
    public string By { get; } = by;
    public string With { get; } = with;

    /// <summary>Ids of findings the severance answers ("in response to the action", "for recognising ...").</summary>
    public List<string> InResponseTo { get; } = [];

    public override string Id => "sev-" + By + "--" + With + Suffix;

    /// <summary>
    /// Read from a sentence that names no actor ("relations between X and Y were severed"), so one of each direction
    /// was made; a report of the same break that names who acted keeps only that direction (see <see cref="FindingSet"/>).
    /// </summary>
    public bool Agentless { get; init; }

    /// <summary>Whether a report that names the actor merged into this one.</summary>
    public bool ActorStated { get; private set; }

    public void Merge(SeveranceFinding other)
    {
        Absorb(other);
        if (!other.Agentless) ActorStated = true;
        foreach (var r in other.InResponseTo)
        {
            if (!InResponseTo.Contains(r)) InResponseTo.Add(r);
        }
    }
}
