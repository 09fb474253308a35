namespace KgExport.Facts;

/// <summary>An actor breaking off (or, with <paramref name="Downgrade"/>, downgrading) diplomatic relations with another.</summary>
/// <param name="InResponseTo">Ids of the facts the severance answers.</param>
/// <param name="Downgrade">True when the text says the relations were downgraded (ambassadors recalled, the mission reduced), not ended.</param>
public sealed record Severance(string By, string With, FactDate? Date, IReadOnlyList<string> InResponseTo, bool Downgrade = false) : Fact;
