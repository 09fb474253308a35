using System.Globalization;

namespace KgExport.Facts;

/// <summary>How much of a date the text really gives.</summary>
public enum DatePrecision
{
    Year,
    YearMonth,
    Day,
}

/// <summary>
/// A calendar date known to a stated precision: a year ("2014"), a month ("2022-07") or a day ("2022-07-13").
/// Never widened: a fact dated "2022-07" does not become the first of July.
/// </summary>
public readonly record struct FactDate : IComparable<FactDate>
{
    private FactDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.YearMonth : DatePrecision.Year;

    public static FactDate OfYear(int year) => new(CheckYear(year), null, null);

    public static FactDate OfMonth(int year, int month) =>
        month is < 1 or > 12 ? throw new ArgumentOutOfRangeException(nameof(month)) : new(CheckYear(year), month, null);

    public static FactDate OfDay(int year, int month, int day)
    {
        _ = new DateOnly(CheckYear(year), month, day); // throws for 2022-02-30
        return new(year, month, day);
    }

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (four-digit years 0001-9999, a real calendar day).</summary>
    public static bool TryParse(string? text, out FactDate date, out string error)
    {
        date = default;
        error = "";
        if (string.IsNullOrEmpty(text))
        {
            error = "a date must be \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", not an empty string";
            return false;
        }
        var parts = text.Split('-');
        var shapeOk = parts.Length <= 3
            && parts[0].Length == 4
            && parts.Skip(1).All(p => p.Length == 2)
            && parts.All(p => p.All(char.IsAsciiDigit));
        if (!shapeOk)
        {
            error = $"\"{text}\" is not a date: expected \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"";
            return false;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year == 0)
        {
            error = $"\"{text}\": year 0000 does not exist";
            return false;
        }
        if (parts.Length == 1)
        {
            date = OfYear(year);
            return true;
        }
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"\"{text}\": month {parts[1]} is not 01-12";
            return false;
        }
        if (parts.Length == 2)
        {
            date = OfMonth(year, month);
            return true;
        }
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"\"{text}\": {year:D4}-{month:D2} has no day {parts[2]}";
            return false;
        }
        date = new FactDate(year, month, day);
        return true;
    }

    public static FactDate Parse(string text) =>
        TryParse(text, out var d, out var error) ? d : throw new FormatException(error);

    /// <summary>The ISO form at the date's own precision; also the canonical xsd:gYear / xsd:gYearMonth / xsd:date lexical form.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.YearMonth => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>The first day the date can mean: 2014 starts on 2014-01-01, 2022-07 on 2022-07-01.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean: 2014 ends on 2014-12-31, 2024-02 on 2024-02-29.</summary>
    public DateOnly Latest => Day is { } day
        ? new(Year, Month!.Value, day)
        : new(Year, Month ?? 12, DateTime.DaysInMonth(Year, Month ?? 12));

    public int CompareTo(FactDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    private static int CheckYear(int year) => year is < 1 or > 9999 ? throw new ArgumentOutOfRangeException(nameof(year)) : year;
}
