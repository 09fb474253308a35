using System.Globalization;

namespace KgExport.Extraction.Dates;

/// <summary>
/// A calendar date known to the precision the text gives: a year, a year and month, or a day. Never widened to a
/// day it does not name.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static PartialDate Of(DateOnly d) => new(d.Year, d.Month, d.Day);

    public bool IsDay => Day is not null;

    public DateOnly? AsDateOnly => Day is { } d && Month is { } m ? new DateOnly(Year, m, d) : null;

    /// <summary>The most precise date both ends of a window share ("2022-07-13".."2022-07-14" -> "2022-07"), or null.</summary>
    public static PartialDate? CommonPrefix(DateOnly from, DateOnly to)
    {
        if (from.Year != to.Year) return null;
        if (from.Month != to.Month) return new PartialDate(from.Year);
        return from.Day == to.Day ? Of(from) : new PartialDate(from.Year, from.Month);
    }

    /// <summary>This date cut to the precision of <paramref name="other"/> (used to compare at a gold date's precision).</summary>
    public PartialDate TruncateTo(PartialDate other) =>
        other.Day is not null ? this : other.Month is not null ? new PartialDate(Year, Month) : new PartialDate(Year);

    /// <summary>Parses the leading "YYYY", "YYYY-MM" or "YYYY-MM-DD" of an ISO date or date-time.</summary>
    public static bool TryParseIsoPrefix(string text, out PartialDate date)
    {
        date = default;
        var s = text.Trim();
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1) return false;
        if (s.Length < 7 || s[4] != '-' || !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
        {
            date = new PartialDate(y);
            return s.Length == 4 || !char.IsDigit(s[4]);
        }
        if (s.Length < 10 || s[7] != '-' || !int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            date = new PartialDate(y, m);
            return true;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public override string ToString() =>
        Day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);
}
