namespace KgExport.Extraction.Dates;

/// <summary>A dated world event that articles refer to by name ("its invasion of Ukraine").</summary>
public sealed record KnownEvent(string Id, DateOnly Date, string Description, IReadOnlyList<string[]> Phrases);
