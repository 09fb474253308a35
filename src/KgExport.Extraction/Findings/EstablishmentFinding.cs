namespace KgExport.Extraction.Findings;

/// <summary>Two states establishing (or restoring) diplomatic relations; the pair is unordered, kept in id order.</summary>
public sealed class EstablishmentFinding : Finding
{
    public EstablishmentFinding(string a, string b)
    {
        (A, B) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }

    public string A { get; }
    public string B { get; }

    public override string Id => "est-" + A + "--" + B + Suffix;
}
