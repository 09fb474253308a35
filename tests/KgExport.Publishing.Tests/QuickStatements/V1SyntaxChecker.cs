using System.Globalization;
using System.Text.RegularExpressions;

namespace KgExport.Publishing.Tests.QuickStatements;

/// <summary>
/// Parses a QuickStatements V1 batch line by line and returns every malformed line ("line N: reason"). The rules
/// are those of Help:QuickStatements (wikidata.org) as its two parsers implement them, QuickStatements 2
/// (magnusmanske/quickstatements, public_html/quickstatements.php importDataFromV1/parseValueV1) and QuickStatements 3
/// (WikiMovimentoBrasil/quickstatements3, src/core/parsers/v1.py and base.py):
/// <list type="bullet">
/// <item><c>CREATE</c>, or TAB-separated commands on an item (<c>Q…</c>) or <c>LAST</c> (only after a CREATE):
/// <c>Lxx</c>/<c>Dxx</c>/<c>Axx</c> with one quoted string, or <c>P…</c> with a value followed by qualifier pairs
/// (<c>P…</c>) and then source pairs (<c>S…</c>, one reference).</item>
/// <item>A <c>/* … */</c> at the end of a command is its edit summary (both parsers take it off before splitting the
/// columns). A line that is only a comment is not a command: QuickStatements 3 fails on it, so it is an error here.</item>
/// <item>Values: QIDs (and <c>LAST</c>, the item the last CREATE made), quoted strings (no double quote inside, no trailing backslash), monolingual text
/// (<c>[a-z_-]+:"…"</c>), times <c>±YYYY-MM-DDT00:00:00Z/p</c> whose date fits the precision, quantities.</item>
/// </list>
/// </summary>
internal static partial class V1SyntaxChecker
{
    [GeneratedRegex("^Q[1-9][0-9]*$")] private static partial Regex Item();
    [GeneratedRegex("^P[1-9][0-9]*$")] private static partial Regex Property();
    [GeneratedRegex("^S[1-9][0-9]*$")] private static partial Regex Source();
    [GeneratedRegex("^[LDA]([a-z]{2,3}(-[a-z0-9]+)*)$")] private static partial Regex Term();
    [GeneratedRegex(@"^""[^""\t]*[^""\t\\]""$")] private static partial Regex QuotedString();
    [GeneratedRegex(@"^[a-z_-]+:""[^""\t]*[^""\t\\]""$")] private static partial Regex Monolingual();
    [GeneratedRegex(@"^[+-]([0-9]{4,})-([0-9]{2})-([0-9]{2})T00:00:00Z/([0-9]{1,2})$")] private static partial Regex Time();
    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?(U[1-9][0-9]*)?$")] private static partial Regex Quantity();

    // The summary pattern of both parsers: the command, then "/*", the summary, "*/" at the end of the line.
    [GeneratedRegex(@"^(.*?) *\/\* *(.*?) *\*\/ *$")] private static partial Regex TrailingComment();

    public static IReadOnlyList<string> Check(string batch)
    {
        var errors = new List<string>();
        if (!batch.EndsWith('\n')) errors.Add("the batch does not end with a line break");
        var lines = batch.Split('\n');
        var created = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == lines.Length - 1 && line.Length == 0) break;
            var n = i + 1;
            if (TrailingComment().Match(line) is { Success: true } comment)
            {
                if (comment.Groups[1].Value.Length == 0)
                {
                    errors.Add($"line {n}: a line with only a comment is not a command (QuickStatements 3 rejects it)");
                    continue;
                }
                if (comment.Groups[2].Value.Contains("/*", StringComparison.Ordinal) || comment.Groups[2].Value.Contains("*/", StringComparison.Ordinal))
                {
                    errors.Add($"line {n}: the edit summary opens or closes another comment");
                }
                line = comment.Groups[1].Value;
            }
            else if (line.Contains("/*", StringComparison.Ordinal) && !InQuotes(line, line.IndexOf("/*", StringComparison.Ordinal)))
            {
                errors.Add($"line {n}: a comment must close with */ at the end of the line");
                continue;
            }
            if (line == "CREATE")
            {
                created = true;
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                errors.Add($"line {n}: expected subject, command and value separated by TABs");
                continue;
            }
            if (fields[0] == "LAST")
            {
                if (!created) errors.Add($"line {n}: LAST before any CREATE");
            }
            else if (!Item().IsMatch(fields[0]))
            {
                errors.Add($"line {n}: subject \"{fields[0]}\" is not a QID, LAST or CREATE");
            }
            if (Term().IsMatch(fields[1]))
            {
                if (fields.Length != 3) errors.Add($"line {n}: a label, description or alias takes exactly one value");
                if (!QuotedString().IsMatch(fields[2])) errors.Add($"line {n}: {fields[1]} value {fields[2]} is not a quoted string");
                continue;
            }
            if (!Property().IsMatch(fields[1]))
            {
                errors.Add($"line {n}: command \"{fields[1]}\" is not a property (P…) or label/description/alias (L/D/A + language)");
                continue;
            }
            // LAST as a value is the item the last CREATE made (both parsers read it; QuickStatements 2 fills in the id).
            if (fields[2] == "LAST" ? !created : ValueError(fields[2]) is not null) errors.Add($"line {n}: value: {(fields[2] == "LAST" ? "LAST before any CREATE" : ValueError(fields[2]))}");
            if ((fields.Length - 3) % 2 != 0)
            {
                errors.Add($"line {n}: qualifiers and sources come in property/value pairs");
                continue;
            }
            var inSources = false;
            for (var k = 3; k < fields.Length; k += 2)
            {
                if (Source().IsMatch(fields[k])) inSources = true;
                else if (!Property().IsMatch(fields[k])) errors.Add($"line {n}: \"{fields[k]}\" is neither a qualifier (P…) nor a source (S…)");
                else if (inSources) errors.Add($"line {n}: qualifier {fields[k]} after a source");
                if (ValueError(fields[k + 1]) is { } e) errors.Add($"line {n}: {fields[k]} value: {e}");
            }
        }
        return errors;
    }

    private static bool InQuotes(string line, int at) => line[..at].Count(c => c == '"') % 2 == 1;

    /// <summary>Null when the value is a QID, quoted string, monolingual text, time with valid precision, or quantity.</summary>
    public static string? ValueError(string value)
    {
        if (Item().IsMatch(value) || QuotedString().IsMatch(value) || Monolingual().IsMatch(value) || Quantity().IsMatch(value)) return null;
        var t = Time().Match(value);
        if (!t.Success) return $"\"{value}\" is not a QID, quoted string, monolingual text, time or quantity";
        var month = int.Parse(t.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(t.Groups[3].Value, CultureInfo.InvariantCulture);
        var precision = int.Parse(t.Groups[4].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture);
        return precision switch
        {
            11 when month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) => null,
            10 when month is >= 1 and <= 12 && day == 0 => null,
            9 when month == 0 && day == 0 => null,
            9 or 10 or 11 => $"time {value}: the date does not fit precision /{precision}",
            _ => $"time {value}: precision /{precision} is not one of /9 (year), /10 (month), /11 (day)",
        };
    }
}
