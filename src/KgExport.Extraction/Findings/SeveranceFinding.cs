namespace KgExport.Extraction.Findings;

/// <summary>An actor breaking off relations with another.</summary>
public sealed class SeveranceFinding(string by, string with) : Finding
{
    public string By { get; } = by;
    public string With { get; } = with;

    /// <summary>Ids of findings the severance answers ("in response to the action", "for recognising ...").</summary>
    public List<string> InResponseTo { get; } = [];

    public override string Id => "sev-" + By + "--" + With + Suffix;

    public void Merge(SeveranceFinding other)
    {
        Absorb(other);
        foreach (var r in other.InResponseTo)
        {
            if (!InResponseTo.Contains(r)) InResponseTo.Add(r);
        }
    }
}
