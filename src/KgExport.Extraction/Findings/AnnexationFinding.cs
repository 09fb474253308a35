namespace KgExport.Extraction.Findings;

/// <summary>A state annexing a territory.</summary>
public sealed class AnnexationFinding(string annexer, string annexed) : Finding
{
    public string Annexer { get; } = annexer;
    public string Annexed { get; } = annexed;

    public override string Id => "ann-" + Annexer + "--" + Annexed + Suffix;
}
