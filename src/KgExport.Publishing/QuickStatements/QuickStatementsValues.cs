using System.Globalization;
using KgExport.Facts;

namespace KgExport.Publishing.QuickStatements;

/// <summary>
/// Value forms of QuickStatements V1: quoted strings, monolingual text, times with precision, and the
/// <c>/* … */</c> edit summary at the end of a command. The limits follow the two parsers in use, QuickStatements 2
/// (magnusmanske/quickstatements, public_html/quickstatements.php: importDataFromV1, parseValueV1) and
/// QuickStatements 3 (WikiMovimentoBrasil/quickstatements3, src/core/parsers/v1.py and base.py).
/// </summary>
public static class QuickStatementsValues
{
    /// <summary>
    /// Whether a text can be written as a V1 string (and as a value cell of the CSV dialect, which holds V1 values).
    /// </summary>
    public static bool IsRepresentable(string text) => Refusal(text) is null;

    /// <summary>
    /// Why a text cannot be written as a QuickStatements string, or null when it can. V1 has no escape for double
    /// quotes, tabs or line breaks; QuickStatements 3 turns every <c>|</c> of a batch into a TAB (and <c>||</c> into a
    /// line break) before it parses it, in V1 and CSV alike; it reads a backslash as escaping the next character, so a
    /// text may not end in one (its closing quote would be swallowed); and QuickStatements 2 looks for the
    /// edit-summary comment before it looks at quotes, so a text may not hold <c>/*</c> or <c>*/</c>. Nothing is
    /// rewritten to fit: a text is written as it is or refused with this reason.
    /// </summary>
    public static string? Refusal(string text)
    {
        if (text.Length == 0) return "it is empty";
        if (text.Contains('"')) return "it holds a double quote, which QuickStatements V1 strings cannot escape";
        if (text.Contains('|')) return "it holds '|', which QuickStatements 3 reads as a column break";
        if (text.IndexOfAny(['\t', '\n', '\r']) >= 0) return "it holds a tab or a line break";
        if (text.EndsWith('\\')) return "it ends in a backslash, which QuickStatements 3 reads as escaping the closing quote";
        if (text.Contains("/*", StringComparison.Ordinal) || text.Contains("*/", StringComparison.Ordinal)) return "it holds /* or */, which QuickStatements 2 reads as the edit summary";
        return null;
    }

    public static string String(string text) =>
        Refusal(text) is { } why ? throw new ArgumentException($"not representable in QuickStatements: {why}: {text}", nameof(text)) : "\"" + text + "\"";

    /// <summary>Whether a language code fits both parsers' monolingual-text pattern <c>[a-z_-]+</c> (no digits).</summary>
    public static bool IsLanguageCode(string language) =>
        language.Length > 0 && language.All(c => c is >= 'a' and <= 'z' or '-' or '_');

    public static string Monolingual(string language, string text) =>
        IsLanguageCode(language) ? language + ":" + String(text) : throw new ArgumentException($"not a QuickStatements language code: {language}", nameof(language));

    /// <summary>
    /// Whether a text can be an edit summary: both parsers take a trailing <c>/* … */</c> off a command line as the
    /// summary of that edit, so the text may not open or close a comment itself nor break the line (a <c>|</c> included,
    /// which QuickStatements 3 reads as a column break).
    /// </summary>
    public static bool IsSummary(string text) =>
        text.Length > 0 && !text.Contains("/*", StringComparison.Ordinal) && !text.Contains("*/", StringComparison.Ordinal)
        && text.IndexOfAny(['\t', '\n', '\r', '|']) < 0 && text.Trim() == text;

    /// <summary>A point in time at the date's own precision: /11 day, /10 month, /9 year (never widened).</summary>
    public static string Time(FactDate date) => date.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-{date.Month:D2}-{date.Day:D2}T00:00:00Z/11"),
        DatePrecision.YearMonth => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-{date.Month:D2}-00T00:00:00Z/10"),
        _ => string.Create(CultureInfo.InvariantCulture, $"+{date.Year:D4}-00-00T00:00:00Z/9"),
    };
}
