using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

public sealed partial class ExpressionEvaluator
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
                return a[0] is Literal sl && XsdTypes.IsStringLiteral(sl) ? NumericValue.FromInteger(CodePoints(sl.LexicalForm).Length).ToLiteral() : null;
            case "UCASE":
                return a[0] is Literal u && XsdTypes.IsStringLiteral(u) ? SameKind(u, u.LexicalForm.ToUpperInvariant()) : null;
            case "LCASE":
                return a[0] is Literal lc && XsdTypes.IsStringLiteral(lc) ? SameKind(lc, lc.LexicalForm.ToLowerInvariant()) : null;
            case "SUBSTR":
            {
                if (a[0] is not Literal s || !XsdTypes.IsStringLiteral(s)) return null;
                if (!NumericValue.TryParse(a[1], out var startV)) return null;
                var cps = CodePoints(s.LexicalForm);
                // XPath fn:substring: characters at positions p with round(start) <= p < round(start) + round(length).
                var start = RoundHalfUp(startV.AsDouble);
                var end = double.PositiveInfinity;
                if (a.Length > 2)
                {
                    if (!NumericValue.TryParse(a[2], out var lenV)) return null;
                    end = start + RoundHalfUp(lenV.AsDouble);
                }
                if (double.IsNaN(start) || double.IsNaN(end)) return SameKind(s, "");
                var sb = new StringBuilder();
                for (var i = 0; i < cps.Length; i++)
                {
                    var pos = i + 1;
                    if (pos >= start && pos < end) sb.Append(char.ConvertFromUtf32(cps[i]));
                }
                return SameKind(s, sb.ToString());
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
                        return needle.Length == 0 && i == 0 ? SameKind(x, "") : SameKind(x, hay[..i]);
                    }
                    default:
                    {
                        var i = hay.IndexOf(needle, StringComparison.Ordinal);
                        if (i < 0) return new Literal("");
                        return SameKind(x, hay[(i + needle.Length)..]);
                    }
                }
            }
            case "CONCAT":
            {
                var sb = new StringBuilder();
                string? lang = null;
                var allSameLang = true;
                for (var i = 0; i < a.Length; i++)
                {
                    if (a[i] is not Literal l || !XsdTypes.IsStringLiteral(l)) return null;
                    sb.Append(l.LexicalForm);
                    if (i == 0) lang = l.Language;
                    else if (!string.Equals(lang, l.Language, StringComparison.OrdinalIgnoreCase)) allSameLang = false;
                }
                return allSameLang && lang is not null ? Literal.WithLanguage(sb.ToString(), lang) : new Literal(sb.ToString());
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
                var sb = new StringBuilder();
                foreach (var b in Encoding.UTF8.GetBytes(l.LexicalForm))
                {
                    var c = (char)b;
                    if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
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
                    var replacement = ((Literal)a[2]).LexicalForm;
                    return SameKind(text, regex.Replace(text.LexicalForm, ConvertReplacement(replacement)));
                }
                catch (RegexMatchTimeoutException)
                {
                    throw _ctx.TimedOut();
                }
            }
        }
        return null;
    }

    private static double RoundHalfUp(double d) => Math.Floor(d + 0.5);

    private static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }
        return [.. list];
    }

    /// <summary>XPath replacement strings use $N and \$ / \\; .NET uses $N and $$.</summary>
    private static string ConvertReplacement(string xpath)
    {
        var sb = new StringBuilder();
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
        if (_regexes.TryGetValue(key, out var regex)) return regex;
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
