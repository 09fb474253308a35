namespace KgExport.Extraction.Dates;

/// <summary>
/// The date of an act as the text gives it: a date at its precision, or a short window ("on the eve of",
/// "during the following days") reported at the precision both ends share (the window is kept in From/To).
/// </summary>
public sealed record DateResolution(PartialDate? Date, DateOnly? From, DateOnly? To, string? Note)
{
    public static readonly DateResolution None = new(null, null, null, null);
}
