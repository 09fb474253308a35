using System.Globalization;
using System.Text.RegularExpressions;

namespace KgExport.Extraction.Dates;

/// <summary>Recognises a dateline at the start of a block: [PLACE,] Month Day[, Year] [(Agency)] followed by a dash.</summary>
public static partial class DatelineParser
{
    [GeneratedRegex(@"^(?:(?<place>[A-Z][A-Z .'-]{1,40}),\s+)?(?<month>[A-Z][a-z]{2,9})\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?(?:\s*\((?<agency>[^)]{1,40})\))?\s*(?:--|-|\u2013|\u2014)\s")]
    private static partial Regex Pattern();

    public static Dateline? TryParse(string text, int start, int end)
    {
        var m = Pattern().Match(text[start..end]);
        if (!m.Success) return null;
        var month = MonthNames.Parse(m.Groups["month"].Value, allowAbbreviation: true);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || day is < 1 or > 31) return null;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var lastGroup = m.Groups["agency"].Success ? m.Groups["agency"] : m.Groups["year"].Success ? m.Groups["year"] : m.Groups["day"];
        var textEnd = lastGroup.Index + lastGroup.Length + (m.Groups["agency"].Success ? 1 : 0);
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
}
