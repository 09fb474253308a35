using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Sparql.Evaluation;

internal sealed partial class ExpressionEvaluator
{
    /// <summary>A string literal result with the same language tag or datatype as <paramref name="like"/>.</summary>
    private static Literal SameKind(Literal like, string value) =>
        like.Language is not null ? Literal.WithLanguage(value, like.Language) : new Literal(value);

    /// <summary>Argument compatibility of §17.4.3.1.2 for the two-string functions.</summary>
    private static bool Compatible(Literal a, Literal b) =>
        b.Language is null || string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);

    private Term? StringFunction(string name, Term[] a)
    {
        switch (name)
        {
            case "STRLEN":
                return a[0] is Literal sl && XsdTypes.IsStringLiteral(sl) ? NumericValue.FromInteger(CodePointCount(sl.LexicalForm)).ToLiteral() : null;
            case "UCASE":
                if (a[0] is not Literal u || !XsdTypes.IsStringLiteral(u)) return null;
                Building(u.LexicalForm.Length);
                return SameKind(u, u.LexicalForm.ToUpperInvariant());
            case "LCASE":
                if (a[0] is not Literal lc || !XsdTypes.IsStringLiteral(lc)) return null;
                Building(lc.LexicalForm.Length);
                return SameKind(lc, lc.LexicalForm.ToLowerInvariant());
            case "SUBSTR":
            {
                if (a[0] is not Literal s || !XsdTypes.IsStringLiteral(s)) return null;
                if (!NumericValue.TryParse(a[1], out var startV)) return null;
                // XPath fn:substring: characters at positions p with round(start) <= p < round(start) + round(length).
                var start = RoundHalfUp(startV.AsDouble);
                var end = double.PositiveInfinity;
                if (a.Length > 2)
                {
                    if (!NumericValue.TryParse(a[2], out var lenV)) return null;
                    end = start + RoundHalfUp(lenV.AsDouble);
                }
                if (double.IsNaN(start) || double.IsNaN(end)) return SameKind(s, "");
                var (from, to) = CodePointRange(s.LexicalForm, start, end);
                Building(to - from);
                return SameKind(s, s.LexicalForm[from..to]);
            }
            case "STRSTARTS" or "STRENDS" or "CONTAINS" or "STRBEFORE" or "STRAFTER":
            {
                if (a[0] is not Literal x || a[1] is not Literal y || !XsdTypes.IsStringLiteral(x) || !XsdTypes.IsStringLiteral(y) || !Compatible(x, y))
                    return null;
                var hay = x.LexicalForm;
                var needle = y.LexicalForm;
                switch (name)
                {
                    case "STRSTARTS": return Bool(hay.StartsWith(needle, StringComparison.Ordinal));
                    case "STRENDS": return Bool(hay.EndsWith(needle, StringComparison.Ordinal));
                    case "CONTAINS": return Bool(hay.Contains(needle, StringComparison.Ordinal));
                    case "STRBEFORE":
                    {
                        var i = hay.IndexOf(needle, StringComparison.Ordinal);
                        if (i < 0) return new Literal("");
                        Building(i);
                        return needle.Length == 0 && i == 0 ? SameKind(x, "") : SameKind(x, hay[..i]);
                    }
                    default:
                    {
                        var i = hay.IndexOf(needle, StringComparison.Ordinal);
                        if (i < 0) return new Literal("");
                        Building(hay.Length - i - needle.Length);
                        return SameKind(x, hay[(i + needle.Length)..]);
                    }
                }
            }
            case "CONCAT":
            {
                var parts = new string[a.Length];
                long length = 0;
                string? lang = null;
                var allSameLang = true;
                for (var i = 0; i < a.Length; i++)
                {
                    if (a[i] is not Literal l || !XsdTypes.IsStringLiteral(l)) return null;
                    parts[i] = l.LexicalForm;
                    length += parts[i].Length;
                    if (i == 0) lang = l.Language;
                    else if (!string.Equals(lang, l.Language, StringComparison.OrdinalIgnoreCase)) allSameLang = false;
                }
                Building(length);
                var text = string.Concat(parts);
                return allSameLang && lang is not null ? Literal.WithLanguage(text, lang) : new Literal(text);
            }
            case "LANGMATCHES":
            {
                if (!XsdTypes.IsPlainString(a[0]) || !XsdTypes.IsPlainString(a[1])) return null;
                var tag = ((Literal)a[0]).LexicalForm;
                var range = ((Literal)a[1]).LexicalForm;
                if (range == "*") return Bool(tag.Length > 0);
                return Bool(tag.Equals(range, StringComparison.OrdinalIgnoreCase)
                    || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase)));
            }
            case "ENCODE_FOR_URI":
            {
                if (a[0] is not Literal l || !XsdTypes.IsStringLiteral(l)) return null;
                var utf8 = Encoding.UTF8.GetBytes(l.LexicalForm);
                var length = 0L;
                foreach (var b in utf8) length += IsUnreserved((char)b) ? 1 : 3;
                Building(length);
                var sb = new StringBuilder((int)Math.Min(length, int.MaxValue));
                foreach (var b in utf8)
                {
                    var c = (char)b;
                    if (IsUnreserved(c)) sb.Append(c);
                    else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
                return new Literal(sb.ToString());
            }
            case "REGEX":
            {
                if (a[0] is not Literal text || !XsdTypes.IsStringLiteral(text)) return null;
                var regex = CompileRegex(a[1], a.Length > 2 ? a[2] : null);
                if (regex is null) return null;
                regex.SetMatchTimeout(_ctx.TimeLeft());
                try
                {
                    return Bool(regex.IsMatch(text.LexicalForm));
                }
                catch (RegexMatchTimeoutException)
                {
                    throw _ctx.TimedOut();
                }
            }
            case "REPLACE":
            {
                if (a[0] is not Literal text || !XsdTypes.IsStringLiteral(text) || !XsdTypes.IsPlainString(a[2])) return null;
                var regex = CompileRegex(a[1], a.Length > 3 ? a[3] : null);
                if (regex is null) return null;
                regex.SetMatchTimeout(_ctx.TimeLeft());
                try
                {
                    if (regex.IsMatch("")) return null;
                    var replacement = ConvertReplacement(((Literal)a[2]).LexicalForm);
                    // The text between matches is copied; each match's replacement is charged as it is made, so a
                    // replacement that multiplies the text fails before the whole result exists.
                    Building(text.LexicalForm.Length);
                    return SameKind(text, regex.Replace(text.LexicalForm, match =>
                    {
                        var part = match.Result(replacement);
                        Building(part.Length);
                        return part;
                    }));
                }
                catch (RegexMatchTimeoutException)
                {
                    throw _ctx.TimedOut();
                }
            }
        }
        return null;
    }

    /// <summary>About what a compiled pattern holds besides its text-dependent parts.</summary>
    private const long CompiledRegexBytes = 2048;

    private static double RoundHalfUp(double d) => Math.Floor(d + 0.5);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';

    /// <summary>The characters (UTF-16 units) of a surrogate pair at <paramref name="i"/>: 2, else 1.</summary>
    private static int CodePointWidth(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;

    /// <summary>The length in code points (a lone surrogate counts as one).</summary>
    private static long CodePointCount(string s)
    {
        long n = 0;
        for (var i = 0; i < s.Length; i += CodePointWidth(s, i)) n++;
        return n;
    }

    /// <summary>The character range of the code points at positions p (from 1) with start &lt;= p &lt; end.</summary>
    private static (int From, int To) CodePointRange(string s, double start, double end)
    {
        int from = -1, to = 0, position = 0;
        for (var i = 0; i < s.Length; i += CodePointWidth(s, i))
        {
            if (++position >= end) break;
            if (position < start) continue;
            if (from < 0) from = i;
            to = i + CodePointWidth(s, i);
        }
        return from < 0 ? (0, 0) : (from, to);
    }

    /// <summary>XPath replacement strings use $N and \$ / \\; .NET uses $N and $$.</summary>
    private string ConvertReplacement(string xpath)
    {
        Building(xpath.Length);
        var sb = new StringBuilder(xpath.Length);
        for (var i = 0; i < xpath.Length; i++)
        {
            var c = xpath[i];
            if (c == '\\' && i + 1 < xpath.Length)
            {
                var n = xpath[++i];
                sb.Append(n == '$' ? "$$" : n.ToString());
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The pattern compiled once per query (null when it cannot be: an error value). Each match is then given what
    /// is left of the query's time, and a match that runs out fails the query with the timeout.
    /// </summary>
    private XPathRegex? CompileRegex(Term patternTerm, Term? flagsTerm)
    {
        if (!XsdTypes.IsPlainString(patternTerm)) return null;
        if (flagsTerm is not null && !XsdTypes.IsPlainString(flagsTerm)) return null;
        var key = (((Literal)patternTerm).LexicalForm, flagsTerm is null ? "" : ((Literal)flagsTerm).LexicalForm);
        _regexes ??= [];
        if (_regexes.TryGetValue(key, out var regex)) return regex;
        // Patterns made per solution would each be compiled and kept for the rest of the query: charged, never released.
        _ctx.Memory.Reserve(CompiledRegexBytes + 20 * MemoryBudget.SizeOfText(key.Item1.Length));
        try
        {
            regex = XPathRegex.Create(key.Item1, key.Item2, Regex.InfiniteMatchTimeout);
        }
        catch (ArgumentException)
        {
            regex = null;
        }
        _regexes[key] = regex;
        return regex;
    }
}
