namespace KgExport.Extraction.Findings;

/// <summary>An actor endorsing or rejecting other findings (by id).</summary>
public sealed class StanceFinding(string actor, bool endorses) : Finding
{
    public string Actor { get; } = actor;
    public bool Endorses { get; } = endorses;
    public List<string> Targets { get; } = [];

    public override string Id => "st-" + Actor + (Endorses ? "-endorses-" : "-rejects-") + string.Join("-", Targets.Order(StringComparer.Ordinal));
}
