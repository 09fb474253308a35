using System.Globalization;
using KgExport.Extraction.Facts;

namespace KgExport.Publishing.QuickStatements;

/// <summary>Value forms of QuickStatements V1: quoted strings, monolingual text, and times with precision.</summary>
public static class QuickStatementsValues
{
    /// <summary>Whether a text can be written as a V1 string (V1 has no escape for quotes, tabs or line breaks).</summary>
    public static bool IsRepresentable(string text) =>
        text.Length > 0 && text.IndexOfAny(['"', '\t', '\n', '\r']) < 0;

    public static string String(string text) =>
        IsRepresentable(text) ? "\"" + text + "\"" : throw new ArgumentException($"not representable in QuickStatements V1: {text}", nameof(text));

    public static string Monolingual(string language, string text) => language + ":" + String(text);

    /// <summary>A point in time at the date's own precision: /11 day, /10 month, /9 year (never widened).</summary>
    public static string Time(FactDate date) => date.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T00:00:00Z/11"),
        DatePrecision.YearMonth => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-{date.Month:D2}-00T00:00:00Z/10"),
        _ => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-00-00T00:00:00Z/9"),
    };
}
