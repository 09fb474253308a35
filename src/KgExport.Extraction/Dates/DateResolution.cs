using System.Globalization;
using KgExport.Extraction.Gazetteer;

namespace KgExport.Extraction.Dates;

/// <summary>
/// The date of an act as the text gives it: a date at its precision, or a short window ("on the eve of",
/// "during the following days") that is reported at the precision both ends share, unless a recognition with an
/// established day falls inside it.
/// </summary>
public sealed record DateResolution(PartialDate? Date, DateOnly? From, DateOnly? To, string? Note)
{
    public static readonly DateResolution None = new(null, null, null, null);

    public (PartialDate? Date, string? Note) ForRecognition(string recogniser, string recognised)
    {
        if (From is { } from && To is { } to && KnownRecognitions.TryGet(recogniser, recognised, out var day, out var why) && day >= from && day <= to)
        {
            return (PartialDate.Of(day), $"{Note}; the recognition of record on {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({why}) falls in that window");
        }
        return (Date, Note);
    }
}
