using System.Globalization;
using System.Text.RegularExpressions;
using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// What SHACL needs to know about literal values: whether the lexical form is legal for a known XSD datatype,
/// and the SPARQL-style order between two literals (numbers by value, strings by code point, dates and times
/// on the time line). Literals that cannot be compared give no order.
/// </summary>
public static partial class XsdLiterals
{
    private const string Xsd = Vocab.Xsd.Namespace;

    private enum ValueSpace { None, Numeric, String, Boolean, DateTime, Date, Time, GYear, GYearMonth, Other }

    /// <summary>Whether the literal's lexical form is valid for its datatype. Unknown datatypes are always valid.</summary>
    public static bool IsWellFormed(Literal literal)
    {
        var dt = literal.Datatype.Value;
        if (!dt.StartsWith(Xsd, StringComparison.Ordinal))
        {
            return dt != Vocab.Rdf.LangString.Value || literal.Language is not null;
        }
        var lex = literal.LexicalForm;
        var local = dt[Xsd.Length..];
        if (local is "string" or "normalizedString" or "token" or "anyURI") return true;
        var collapsed = lex.Trim(' ', '\t', '\n', '\r');
        return local switch
        {
            "boolean" => collapsed is "true" or "false" or "1" or "0",
            "decimal" => DecimalPattern().IsMatch(collapsed),
            "integer" => IntegerPattern().IsMatch(collapsed),
            "long" => IntegerInRange(collapsed, long.MinValue, long.MaxValue),
            "int" => IntegerInRange(collapsed, int.MinValue, int.MaxValue),
            "short" => IntegerInRange(collapsed, short.MinValue, short.MaxValue),
            "byte" => IntegerInRange(collapsed, sbyte.MinValue, sbyte.MaxValue),
            "nonNegativeInteger" => IntegerInRange(collapsed, 0, null),
            "positiveInteger" => IntegerInRange(collapsed, 1, null),
            "nonPositiveInteger" => IntegerInRange(collapsed, null, 0),
            "negativeInteger" => IntegerInRange(collapsed, null, -1),
            "unsignedLong" => IntegerInRange(collapsed, 0, ulong.MaxValue),
            "unsignedInt" => IntegerInRange(collapsed, 0, uint.MaxValue),
            "unsignedShort" => IntegerInRange(collapsed, 0, ushort.MaxValue),
            "unsignedByte" => IntegerInRange(collapsed, 0, byte.MaxValue),
            "double" or "float" => DoublePattern().IsMatch(collapsed),
            "dateTime" => TryDateTime(collapsed, out _, out _),
            "dateTimeStamp" => TryDateTime(collapsed, out _, out var hasTz) && hasTz,
            "date" => TryDate(collapsed, out _, out _),
            "time" => TryTime(collapsed, out _, out _),
            "gYear" => GYearPattern().IsMatch(collapsed),
            "gYearMonth" => GYearMonthPattern().Match(collapsed) is { Success: true } m && MonthOk(m.Groups[1].Value),
            "gMonth" => GMonthPattern().Match(collapsed) is { Success: true } m && MonthOk(m.Groups[1].Value),
            "gDay" => GDayPattern().Match(collapsed) is { Success: true } m && DayOk(m.Groups[1].Value),
            "gMonthDay" => GMonthDayPattern().Match(collapsed) is { Success: true } m && MonthOk(m.Groups[1].Value) && DayOk(m.Groups[2].Value),
            "duration" => DurationPattern().IsMatch(collapsed) && collapsed.Any(char.IsAsciiDigit) && !collapsed.EndsWith('T'),
            "language" => LanguagePattern().IsMatch(collapsed),
            "hexBinary" => collapsed.Length % 2 == 0 && collapsed.All(char.IsAsciiHexDigit),
            "base64Binary" => IsBase64(collapsed),
            _ => true,
        };
    }

    /// <summary>
    /// Compares two terms as SPARQL's &lt; would: returns null when they are not comparable (different value spaces,
    /// ill-formed, non-literals, or date/times whose order depends on an unknown time zone).
    /// </summary>
    public static int? Compare(Term a, Term b)
    {
        if (a is not Literal la || b is not Literal lb) return null;
        var sa = SpaceOf(la);
        var sb = SpaceOf(lb);
        if (sa != sb || sa is ValueSpace.None or ValueSpace.Other) return null;
        if (!IsWellFormed(la) || !IsWellFormed(lb)) return null;
        var x = la.LexicalForm.Trim();
        var y = lb.LexicalForm.Trim();
        switch (sa)
        {
            case ValueSpace.String:
                if (la.Language is not null || lb.Language is not null) return null;
                return Math.Sign(string.CompareOrdinal(la.LexicalForm, lb.LexicalForm));
            case ValueSpace.Boolean:
                return (x is "true" or "1").CompareTo(y is "true" or "1");
            case ValueSpace.Numeric:
                return CompareNumbers(la, x, lb, y);
            case ValueSpace.DateTime:
                return TryDateTime(x, out var d1, out var z1) && TryDateTime(y, out var d2, out var z2) ? CompareInstants(d1, z1, d2, z2) : null;
            case ValueSpace.Date:
                return TryDate(x, out var e1, out var w1) && TryDate(y, out var e2, out var w2) ? CompareInstants(e1, w1, e2, w2) : null;
            case ValueSpace.Time:
                return TryTime(x, out var t1, out var v1) && TryTime(y, out var t2, out var v2) ? CompareInstants(t1, v1, t2, v2) : null;
            case ValueSpace.GYear:
            case ValueSpace.GYearMonth:
                // Same-precision Gregorian values without time zones order like their text once signs are handled.
                if (x.StartsWith('-') || y.StartsWith('-')) return null;
                return Math.Sign(string.CompareOrdinal(x.PadLeft(16, '0'), y.PadLeft(16, '0')));
            default:
                return null;
        }
    }

    private static ValueSpace SpaceOf(Literal l)
    {
        var dt = l.Datatype.Value;
        if (dt == Vocab.Rdf.LangString.Value) return ValueSpace.String;
        if (!dt.StartsWith(Xsd, StringComparison.Ordinal)) return ValueSpace.None;
        return dt[Xsd.Length..] switch
        {
            "string" => ValueSpace.String,
            "boolean" => ValueSpace.Boolean,
            "decimal" or "integer" or "long" or "int" or "short" or "byte" or "nonNegativeInteger" or "positiveInteger"
                or "nonPositiveInteger" or "negativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort"
                or "unsignedByte" or "double" or "float" => ValueSpace.Numeric,
            "dateTime" or "dateTimeStamp" => ValueSpace.DateTime,
            "date" => ValueSpace.Date,
            "time" => ValueSpace.Time,
            "gYear" => ValueSpace.GYear,
            "gYearMonth" => ValueSpace.GYearMonth,
            _ => ValueSpace.Other,
        };
    }

    private static bool IsFloating(Literal l) => l.Datatype.Value is Xsd + "double" or Xsd + "float";

    private static int? CompareNumbers(Literal la, string x, Literal lb, string y)
    {
        if (!IsFloating(la) && !IsFloating(lb)
            && decimal.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var dx)
            && decimal.TryParse(y, NumberStyles.Float, CultureInfo.InvariantCulture, out var dy))
        {
            return dx.CompareTo(dy);
        }
        var fx = ParseDouble(x);
        var fy = ParseDouble(y);
        if (double.IsNaN(fx) || double.IsNaN(fy)) return null;
        return fx.CompareTo(fy);
    }

    private static double ParseDouble(string s) => s switch
    {
        "INF" or "+INF" => double.PositiveInfinity,
        "-INF" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN,
    };

    /// <summary>Orders two instants; with one time zone missing, only a gap of more than 14 hours decides.</summary>
    private static int? CompareInstants(DateTime a, bool aTz, DateTime b, bool bTz)
    {
        if (aTz == bTz) return a.CompareTo(b);
        var gap = a - b;
        if (gap > TimeSpan.FromHours(14)) return 1;
        if (gap < TimeSpan.FromHours(-14)) return -1;
        return null;
    }

    private static bool TryDateTime(string s, out DateTime value, out bool hasTz)
    {
        value = default;
        hasTz = false;
        var m = DateTimePattern().Match(s);
        if (!m.Success) return false;
        if (!TryCalendar(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) return false;
        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var mi = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var sec = decimal.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture);
        if (mi > 59 || sec >= 60 || h > 24 || (h == 24 && (mi != 0 || sec != 0))) return false;
        value = date.AddHours(h).AddMinutes(mi).AddTicks((long)(sec * TimeSpan.TicksPerSecond));
        return ApplyZone(m.Groups["tz"].Value, ref value, out hasTz);
    }

    private static bool TryDate(string s, out DateTime value, out bool hasTz)
    {
        value = default;
        hasTz = false;
        var m = DatePattern().Match(s);
        if (!m.Success || !TryCalendar(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out value)) return false;
        return ApplyZone(m.Groups["tz"].Value, ref value, out hasTz);
    }

    private static bool TryTime(string s, out DateTime value, out bool hasTz)
    {
        value = default;
        hasTz = false;
        var m = TimePattern().Match(s);
        if (!m.Success) return false;
        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var mi = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var sec = decimal.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture);
        if (mi > 59 || sec >= 60 || h > 24 || (h == 24 && (mi != 0 || sec != 0))) return false;
        value = new DateTime(2000, 1, 1).AddHours(h).AddMinutes(mi).AddTicks((long)(sec * TimeSpan.TicksPerSecond));
        return ApplyZone(m.Groups["tz"].Value, ref value, out hasTz);
    }

    private static bool TryCalendar(string y, string m, string d, out DateTime date)
    {
        date = default;
        if (!int.TryParse(y, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year)) return false;
        var month = int.Parse(m, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1) return false;
        // Years outside DateTime's range are checked against a leap-equivalent year in range.
        var probe = year is >= 1 and <= 9999 ? year : 2000 + (((year % 400) + 400) % 400);
        if (day > DateTime.DaysInMonth(probe, month)) return false;
        if (year is < 1 or > 9999) return true;
        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
        return true;
    }

    private static bool ApplyZone(string tz, ref DateTime value, out bool hasTz)
    {
        hasTz = tz.Length > 0;
        if (!hasTz || tz == "Z") return true;
        var sign = tz[0] == '-' ? -1 : 1;
        var h = int.Parse(tz.AsSpan(1, 2), CultureInfo.InvariantCulture);
        var mi = int.Parse(tz.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (h > 14 || mi > 59 || (h == 14 && mi != 0)) return false;
        if (value != default) value = value.AddMinutes(-sign * (h * 60 + mi));
        return true;
    }

    private static bool IntegerInRange(string s, decimal? min, decimal? max)
    {
        if (!IntegerPattern().IsMatch(s)) return false;
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)) return min is null && max is null;
        return (min is null || v >= min) && (max is null || v <= max);
    }

    private static bool MonthOk(string m) => int.Parse(m, CultureInfo.InvariantCulture) is >= 1 and <= 12;

    private static bool DayOk(string d) => int.Parse(d, CultureInfo.InvariantCulture) is >= 1 and <= 31;

    private static bool IsBase64(string s)
    {
        var compact = s.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length % 4 != 0) return false;
        return Convert.TryFromBase64String(compact, new byte[compact.Length], out _);
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)$")]
    private static partial Regex DoublePattern();

    [GeneratedRegex(@"^(?<y>-?[0-9]{4,})-(?<m>[0-9]{2})-(?<d>[0-9]{2})T(?<h>[0-9]{2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2}(\.[0-9]+)?)(?<tz>Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(?<y>-?[0-9]{4,})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?<tz>Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<h>[0-9]{2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2}(\.[0-9]+)?)(?<tz>Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex GYearPattern();

    [GeneratedRegex(@"^-?[0-9]{4,}-([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex GYearMonthPattern();

    [GeneratedRegex(@"^--([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex GMonthPattern();

    [GeneratedRegex(@"^---([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex GDayPattern();

    [GeneratedRegex(@"^--([0-9]{2})-([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex GMonthDayPattern();

    [GeneratedRegex(@"^-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguagePattern();
}
