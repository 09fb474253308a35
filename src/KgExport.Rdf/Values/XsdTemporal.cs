using System.Globalization;
using System.Text.RegularExpressions;

namespace KgExport.Rdf.Values;

/// <summary>
/// A value of one of the XSD date/time types (dateTime, dateTimeStamp, date, time, gYear, gYearMonth, gMonth, gDay,
/// gMonthDay) in XSD's seven-property model: the fields as written (absent ones zero) and an optional time zone
/// offset in minutes.
/// </summary>
public readonly partial record struct XsdTemporal(
    XsdValueSpace Space, int Year, int Month, int Day, int Hour, int Minute, decimal Second, int? OffsetMinutes)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The value of a well-formed date/time literal; false for other datatypes and for ill-formed forms.</summary>
    public static bool TryParse(Literal literal, out XsdTemporal value)
    {
        value = default;
        var space = XsdDatatypes.SpaceOf(literal);
        var pattern = space switch
        {
            XsdValueSpace.DateTime => DateTimePattern(),
            XsdValueSpace.Date => DatePattern(),
            XsdValueSpace.Time => TimePattern(),
            XsdValueSpace.GYear => GYearPattern(),
            XsdValueSpace.GYearMonth => GYearMonthPattern(),
            XsdValueSpace.GMonth => GMonthPattern(),
            XsdValueSpace.GDay => GDayPattern(),
            XsdValueSpace.GMonthDay => GMonthDayPattern(),
            _ => null,
        };
        if (pattern is null) return false;
        var m = pattern.Match(XsdLexicalForms.Collapse(literal.LexicalForm));
        if (!m.Success) return false;
        if (!int.TryParse(Group(m, "y", "0"), NumberStyles.AllowLeadingSign, Inv, out var year)) return false;
        var month = int.Parse(Group(m, "m", "0"), Inv);
        var day = int.Parse(Group(m, "d", "0"), Inv);
        var hour = int.Parse(Group(m, "h", "0"), Inv);
        var minute = int.Parse(Group(m, "mi", "0"), Inv);
        var second = decimal.Parse(Group(m, "s", "0"), Inv);
        if (m.Groups["m"].Success && month is < 1 or > 12) return false;
        if (m.Groups["d"].Success && (day < 1 || day > DaysInMonth(m.Groups["y"].Success ? year : 2000, month == 0 ? 1 : month))) return false;
        if (minute > 59 || second >= 60 || hour > 24 || (hour == 24 && (minute != 0 || second != 0))) return false;
        int? offset = null;
        var tz = m.Groups["tz"].Value;
        if (tz.Length > 0)
        {
            var h = 0;
            var mi = 0;
            if (tz != "Z")
            {
                h = int.Parse(tz.AsSpan(1, 2), Inv);
                mi = int.Parse(tz.AsSpan(4, 2), Inv);
                if (h > 14 || mi > 59 || (h == 14 && mi != 0)) return false;
            }
            offset = (tz[0] == '-' ? -1 : 1) * (h * 60 + mi);
        }
        else if (literal.Datatype.Value == XsdDatatypes.DateTimeStamp)
        {
            return false;
        }
        value = new XsdTemporal(space, year, month, day, hour, minute, second, offset);
        return true;
    }

    /// <summary>
    /// XSD's partial order within one value space: a value without a time zone is compared at both extremes (+14:00
    /// and -14:00) against one with a time zone; null when those disagree (indeterminate) or the spaces differ.
    /// </summary>
    public static int? Compare(XsdTemporal a, XsdTemporal b)
    {
        if (a.Space != b.Space) return null;
        if (a.OffsetMinutes.HasValue == b.OffsetMinutes.HasValue) return a.Instant().CompareTo(b.Instant());
        if (a.OffsetMinutes is null)
        {
            var early = (a with { OffsetMinutes = 14 * 60 }).Instant().CompareTo(b.Instant());
            var late = (a with { OffsetMinutes = -14 * 60 }).Instant().CompareTo(b.Instant());
            return early == late ? early : null;
        }
        return -Compare(b, a);
    }

    /// <summary>
    /// Seconds on the proleptic Gregorian time line (year 0 is 1 BCE), normalised to UTC; no time zone counts as UTC.
    /// Absent fields take fixed reference values (a leap year, so --02-29 exists), which keeps the order within a space.
    /// </summary>
    private decimal Instant()
    {
        var year = Space is XsdValueSpace.GMonth or XsdValueSpace.GDay or XsdValueSpace.GMonthDay or XsdValueSpace.Time ? 1972 : Year;
        var month = Month == 0 ? 1 : Month;
        var day = Day == 0 ? 1 : Day;
        var days = DaysFromCivil(year, month, day);
        return days * 86400m + Hour * 3600 + Minute * 60 + Second - (OffsetMinutes ?? 0) * 60;
    }

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm), for any int year.</summary>
    private static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - era * 400;
        var doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static int DaysInMonth(int year, int month)
    {
        if (month != 2) return month is 4 or 6 or 9 or 11 ? 30 : 31;
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return leap ? 29 : 28;
    }

    private static string Group(Match m, string name, string absent) => m.Groups[name] is { Success: true } g ? g.Value : absent;

    /// <summary>An xsd:dateTime literal for the given instant, in UTC with milliseconds.</summary>
    public static Literal Now(DateTimeOffset now) =>
        Literal.Typed(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", Inv), Vocab.Xsd.DateTime);

    /// <summary>The time zone as an xsd:dayTimeDuration lexical form ("-PT5H", "PT0S"), or null without one.</summary>
    public string? TimezoneDuration()
    {
        if (OffsetMinutes is not { } off) return null;
        if (off == 0) return "PT0S";
        var abs = Math.Abs(off);
        return (off < 0 ? "-" : "") + "PT" + (abs / 60 > 0 ? $"{abs / 60}H" : "") + (abs % 60 > 0 ? $"{abs % 60}M" : "");
    }

    /// <summary>The time zone as written in a lexical form ("Z", "-05:00"), or "" without one.</summary>
    public string Tz()
    {
        if (OffsetMinutes is not { } off) return "";
        if (off == 0) return "Z";
        var abs = Math.Abs(off);
        return $"{(off < 0 ? '-' : '+')}{abs / 60:00}:{abs % 60:00}";
    }

    private const string YearPart = @"(?<y>-?(?:[1-9][0-9]{4,}|[0-9]{4}))";
    private const string TimePart = @"(?<h>[0-9]{2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2}(?:\.[0-9]+)?)";
    private const string ZonePart = @"(?<tz>Z|[+-][0-9]{2}:[0-9]{2})?";

    [GeneratedRegex("^" + YearPart + "-(?<m>[0-9]{2})-(?<d>[0-9]{2})T" + TimePart + ZonePart + "$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^" + YearPart + "-(?<m>[0-9]{2})-(?<d>[0-9]{2})" + ZonePart + "$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^" + TimePart + ZonePart + "$")]
    private static partial Regex TimePattern();

    [GeneratedRegex("^" + YearPart + ZonePart + "$")]
    private static partial Regex GYearPattern();

    [GeneratedRegex("^" + YearPart + "-(?<m>[0-9]{2})" + ZonePart + "$")]
    private static partial Regex GYearMonthPattern();

    [GeneratedRegex("^--(?<m>[0-9]{2})" + ZonePart + "$")]
    private static partial Regex GMonthPattern();

    [GeneratedRegex("^---(?<d>[0-9]{2})" + ZonePart + "$")]
    private static partial Regex GDayPattern();

    [GeneratedRegex("^--(?<m>[0-9]{2})-(?<d>[0-9]{2})" + ZonePart + "$")]
    private static partial Regex GMonthDayPattern();
}
