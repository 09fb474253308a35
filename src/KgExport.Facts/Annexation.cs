namespace KgExport.Facts;

/// <summary>A state annexing a territory.</summary>
public sealed record Annexation(string Annexer, string Annexed, FactDate? Date) : Fact;
