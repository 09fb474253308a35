using System.Globalization;
using System.Text.RegularExpressions;
using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>A parsed xsd:dateTime or xsd:date: the fields as written plus an optional timezone offset in minutes.</summary>
internal readonly partial record struct XsdDateTime(int Year, int Month, int Day, int Hour, int Minute, decimal Second, int? OffsetMinutes)
{
    [GeneratedRegex(@"^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex Pattern();

    public static bool TryParse(Literal literal, out XsdDateTime value)
    {
        value = default;
        var dt = literal.Datatype.Value;
        if (dt is not (XsdTypes.DateTime or XsdTypes.Date)) return false;
        var m = Pattern().Match(literal.LexicalForm);
        if (!m.Success || (dt == XsdTypes.DateTime) != m.Groups[4].Success) return false;
        var inv = CultureInfo.InvariantCulture;
        int? offset = null;
        if (m.Groups[7].Success)
        {
            var tz = m.Groups[7].Value;
            offset = tz == "Z" ? 0 : (tz[0] == '-' ? -1 : 1) * (int.Parse(tz.AsSpan(1, 2), inv) * 60 + int.Parse(tz.AsSpan(4, 2), inv));
        }
        value = new XsdDateTime(
            int.Parse(m.Groups[1].Value, inv),
            int.Parse(m.Groups[2].Value, inv),
            int.Parse(m.Groups[3].Value, inv),
            m.Groups[4].Success ? int.Parse(m.Groups[4].Value, inv) : 0,
            m.Groups[5].Success ? int.Parse(m.Groups[5].Value, inv) : 0,
            m.Groups[6].Success ? decimal.Parse(m.Groups[6].Value, inv) : 0,
            offset);
        return value.Month is >= 1 and <= 12 && value.Day >= 1 && value.Day <= 31 && value.Hour <= 24 && value.Minute < 60 && value.Second < 60;
    }

    /// <summary>Instant in (fractional) seconds since year 1, normalised to UTC (no timezone counts as UTC).</summary>
    private decimal Instant()
    {
        var date = new DateTime(Math.Clamp(Year, 1, 9999), Month, Math.Min(Day, DateTime.DaysInMonth(Math.Clamp(Year, 1, 9999), Month)), 0, 0, 0, DateTimeKind.Utc);
        var seconds = (decimal)(date.Ticks / TimeSpan.TicksPerSecond) + Hour * 3600 + Minute * 60 + Second;
        return seconds - (OffsetMinutes ?? 0) * 60;
    }

    /// <summary>
    /// XSD's partial order: a value without a timezone is compared at both extremes (+14:00 and -14:00) against one
    /// with a timezone; null when those disagree (indeterminate).
    /// </summary>
    public static int? Compare(XsdDateTime a, XsdDateTime b)
    {
        if (a.OffsetMinutes.HasValue == b.OffsetMinutes.HasValue) return a.Instant().CompareTo(b.Instant());
        if (a.OffsetMinutes is null)
        {
            var early = (a with { OffsetMinutes = 14 * 60 }).Instant().CompareTo(b.Instant());
            var late = (a with { OffsetMinutes = -14 * 60 }).Instant().CompareTo(b.Instant());
            return early == late ? early : null;
        }
        return -Compare(b, a);
    }

    public static Literal Now(DateTimeOffset now) =>
        Literal.Typed(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), Vocab.Xsd.DateTime);

    /// <summary>The timezone as an xsd:dayTimeDuration lexical form ("-PT5H", "PT0S"), or null without one.</summary>
    public string? TimezoneDuration()
    {
        if (OffsetMinutes is not { } off) return null;
        if (off == 0) return "PT0S";
        var abs = Math.Abs(off);
        var s = (off < 0 ? "-" : "") + "PT" + (abs / 60 > 0 ? $"{abs / 60}H" : "") + (abs % 60 > 0 ? $"{abs % 60}M" : "");
        return s;
    }

    public string Tz()
    {
        if (OffsetMinutes is not { } off) return "";
        if (off == 0) return "Z";
        var abs = Math.Abs(off);
        return $"{(off < 0 ? '-' : '+')}{abs / 60:00}:{abs % 60:00}";
    }
}
