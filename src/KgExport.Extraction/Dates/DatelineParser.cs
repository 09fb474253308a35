using System.Globalization;
using System.Text.RegularExpressions;

namespace KgExport.Extraction.Dates;

/// <summary>Recognises a dateline at the start of a block: [PLACE,] Month Day[, Year] or Day Month [Year], [(Agency)], then a dash.</summary>
public static partial class DatelineParser
{
    [GeneratedRegex(@"^(?:(?<place>[A-Z][A-Z .'-]{1,40}),\s+)?(?:(?<month>[A-Z][a-z]{2,9})\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?|(?<day>\d{1,2})\s+(?<month>[A-Z][a-z]{2,9})\.?(?:\s+(?<year>\d{4}))?)(?:\s*\((?<agency>[^)]{1,40})\))?\s*(?:--|-|\u2013|\u2014)\s")]
    private static partial Regex Pattern();

    // [label:] [place, [state,]] [weekday,] date [, time] [by author], alone on its line; the date as "January 15, 2024",
    // "15 January 2024", ISO "2024-01-15", year-first "2024/01/15" or "2024.01.15", or dotted day-first "15.01.2024"
    // (never "01/02/2024", whose order is ambiguous)
    [GeneratedRegex(@"^\s*(?:(?:Published|Posted|Issued|Dated?|First published|Released)\s*:?\s*(?:on\s+)?)?(?:[A-Z][A-Za-z .'-]{1,40},\s+(?:[A-Z][A-Za-z.]{1,6},?\s+)?)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?<month>[A-Z][a-z]{2,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,\s*(?<year>\d{4})|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Z][a-z]{2,9})\.?,?\s+(?<year>\d{4})|(?<year>\d{4})(?<sep>[-/.])(?<mnum>\d{2})\k<sep>(?<day>\d{2})|(?<day>\d{1,2})\.(?<mnum>\d{1,2})\.(?<year>\d{4}))(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?)?(?:\s+by\s+[A-Za-z .'-]{1,40})?\s*$")]
    private static partial Regex DateLinePattern();

    /// <summary>
    /// A statement header's date on a line of its own, perhaps after its place ("Press Statement / Name, Spokesperson /
    /// January 15, 2024", "Washington, DC" then "February 18, 2008", "London, 4 February 2019"): the date it was issued.
    /// </summary>
    public static Dateline? TryParseDateLine(string text, int start, int end)
    {
        var m = DateLinePattern().Match(text[start..end]);
        if (!m.Success || MonthAndDay(m) is not { } monthDay) return null;
        var (month, day) = monthDay;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var first = m.Index + (m.Value.Length - m.Value.TrimStart().Length);
        var line = m.Value.Trim();
        return new Dateline(start + first, start + first + line.Length, line, month, day, year, null, null);
    }

    public static Dateline? TryParse(string text, int start, int end)
    {
        var m = Pattern().Match(text[start..end]);
        if (!m.Success || MonthAndDay(m) is not { } monthDay) return null;
        var (month, day) = monthDay;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var textEnd = new[] { "month", "day", "year", "agency" }.Select(g => m.Groups[g]).Where(g => g.Success).Max(g => g.Index + g.Length) + (m.Groups["agency"].Success ? 1 : 0);
        return new Dateline(
            start,
            start + textEnd,
            text.Substring(start, textEnd),
            month,
            day,
            year,
            m.Groups["agency"].Success ? m.Groups["agency"].Value : null,
            m.Groups["place"].Success ? m.Groups["place"].Value.Trim() : null);
    }

    /// <summary>The month and day groups of a match, or null when they name no calendar month and day.</summary>
    private static (int Month, int Day)? MonthAndDay(Match m)
    {
        var month = m.Groups["mnum"].Success ? int.Parse(m.Groups["mnum"].Value, CultureInfo.InvariantCulture) : MonthNames.Parse(m.Groups["month"].Value, allowAbbreviation: true);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is < 1 or > 12 || day is < 1 or > 31 ? null : (month, day);
    }
}
