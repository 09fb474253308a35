namespace KgExport.Extraction.Dates;

/// <summary>When the article was published, as far as it can be known, and how that was worked out.</summary>
/// <param name="Date">Null when it cannot be known.</param>
/// <param name="How">A sentence saying where the date comes from, or why it is unknown.</param>
public sealed record PublicationDate(PartialDate? Date, string How);
