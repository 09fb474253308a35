namespace KgExport.Facts;

/// <summary>An actor breaking off (or downgrading) diplomatic relations with another.</summary>
/// <param name="InResponseTo">Ids of the facts the severance answers.</param>
public sealed record Severance(string By, string With, FactDate? Date, IReadOnlyList<string> InResponseTo) : Fact;
