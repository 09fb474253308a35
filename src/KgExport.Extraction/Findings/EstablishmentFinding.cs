namespace KgExport.Extraction.Findings;

/// <summary>
/// Two polities establishing (or restoring) diplomatic relations. The pair is unordered, so it is kept in ordinal
/// order: "A established relations with B" and "B and A established relations" are one finding and merge.
/// </summary>
public sealed class EstablishmentFinding : Finding
{
    /// <exception cref="ArgumentException">Both parties are the same entity (a pattern checks this before adding).</exception>
    public EstablishmentFinding(string a, string b)
    {
        ArgumentException.ThrowIfNullOrEmpty(a);
        ArgumentException.ThrowIfNullOrEmpty(b);
        if (a == b) throw new ArgumentException($"relations are established between two different entities, not \"{a}\" and itself", nameof(b));
        (First, Second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    /// <summary>The party whose id sorts first.</summary>
    public string First { get; }

    /// <summary>The party whose id sorts second.</summary>
    public string Second { get; }

    /// <summary>True when the text says the relations were restored after a break.</summary>
    public bool Restoration { get; set; }

    public override string Id => "est-" + First + "--" + Second + Suffix;

    public void Merge(EstablishmentFinding other)
    {
        Absorb(other);
        Restoration |= other.Restoration;
    }
}
