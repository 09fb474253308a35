using System.Text.RegularExpressions;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// A regular expression as XPath's fn:matches and fn:replace take it (SPARQL REGEX and REPLACE, SHACL sh:pattern):
/// a pattern and flags (i, s, m, x, q) on .NET's backtracking engine, with a match timeout. A pattern such as
/// ^(a+)+$ can backtrack for years on a short string, so every match is timed; a timed-out match has no answer,
/// and the caller fails what it was doing rather than read it as "no match".
/// </summary>
/// <remarks>
/// <see cref="SetMatchTimeout"/> changes the timeout for the matches that follow (SPARQL gives each match what is
/// left of the query's time), so an instance whose timeout changes must not be shared between threads.
/// </remarks>
public sealed class XPathRegex : Regex
{
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private XPathRegex(string pattern, RegexOptions options, TimeSpan matchTimeout)
        : base(pattern, options, Clamp(matchTimeout))
    {
    }

    /// <summary>The regular expression; an <see cref="ArgumentException"/> for an unknown flag or a pattern that does not compile.</summary>
    public static XPathRegex Create(string pattern, string? flags, TimeSpan matchTimeout)
    {
        var options = RegexOptions.CultureInvariant;
        var source = pattern;
        foreach (var f in flags ?? "")
        {
            switch (f)
            {
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'x': options |= RegexOptions.IgnorePatternWhitespace; break;
                case 'q': source = Escape(pattern); break;
                default: throw new ArgumentException($"unknown regular expression flag '{f}' (allowed: i, m, s, x, q)");
            }
        }
        return new XPathRegex(source, options, matchTimeout);
    }

    /// <summary>The time each following match may take (<see cref="Regex.InfiniteMatchTimeout"/>: no limit).</summary>
    public void SetMatchTimeout(TimeSpan matchTimeout) => internalMatchTimeout = Clamp(matchTimeout);

    /// <summary>A timeout .NET accepts: positive and at most about 24 days, or infinite.</summary>
    private static TimeSpan Clamp(TimeSpan t) =>
        t == InfiniteMatchTimeout ? t : t <= TimeSpan.Zero ? TimeSpan.FromTicks(1) : t > Longest ? Longest : t;
}
