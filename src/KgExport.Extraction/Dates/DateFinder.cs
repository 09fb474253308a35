using System.Globalization;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Dates;

/// <summary>Finds date expressions in a sentence.</summary>
public static class DateFinder
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>First words of the known events' phrases, to skip most tokens at once.</summary>
    private static readonly Lazy<HashSet<string>> EventStarts = new(() => KnownEvents.All.SelectMany(e => e.Phrases).Select(p => p[0]).ToHashSet(StringComparer.Ordinal));

    public static List<DateMention> Find(Sentence s) => s.DateMentions ??= Scan(s);

    private static List<DateMention> Scan(Sentence s)
    {
        var found = new List<DateMention>();
        for (var i = 0; i < s.Count; i++)
        {
            var m = Match(s, i);
            if (m is null) continue;
            found.Add(Qualify(s, m));
            i = m.Last;
        }
        return found;
    }

    /// <summary>Known events named anywhere in the sentence (for "the eve of" and for bounding the publication year).</summary>
    public static IEnumerable<(KnownEvent Event, int First, int Last)> FindEvents(Sentence s)
    {
        var starts = EventStarts.Value;
        for (var i = 0; i < s.Count; i++)
        {
            if (!starts.Contains(s[i].Lower)) continue;
            foreach (var e in KnownEvents.All)
            {
                foreach (var phrase in e.Phrases)
                {
                    if (Matches(s, i, phrase)) yield return (e, i, i + phrase.Length - 1);
                }
            }
        }
    }

    private static DateMention? Match(Sentence s, int i)
    {
        var t = s[i];
        // "2009-12-14": an ISO 8601 calendar date (year, month and day joined by hyphens, no spaces)
        if (IsoDate(s, i) is { } iso) return new DateMention(i, i + 4, DateMentionKind.Absolute) { Date = iso };
        if (t.Kind == TokenKind.Number && DottedDate(t.Text) is { } dotted) return new DateMention(i, i, DateMentionKind.Absolute) { Date = dotted };
        if (t.Kind == TokenKind.Word)
        {
            // "mid-December 2009", "early-March 2014": a part of a month before its year dates to the month
            var dash = t.Text.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && t.Text[..dash].ToLowerInvariant() is "mid" or "early" or "late" && MonthNames.Parse(t.Text[(dash + 1)..], allowAbbreviation: false) is var partMonth and > 0
                && Year(s, i + 1) is { } partYear)
            {
                return new DateMention(i, i + 1, DateMentionKind.Absolute) { Date = new PartialDate(partYear, partMonth) };
            }
            var month = MonthNames.Parse(t.Text, allowAbbreviation: true);
            // "May" is also a modal verb: only a month before a day or a year
            if (month != 0)
            {
                var j = i + 1;
                if (j < s.Count && s[j].Text == "." && s[j].Start == t.End) j++;
                if (Day(s, j) is { } day)
                {
                    var k = j + 1;
                    if (k < s.Count && s[k].Text == ",") k++;
                    if (Year(s, k) is { } y1 && IsValid(y1, month, day))
                    {
                        return new DateMention(i, k, DateMentionKind.Absolute) { Date = new PartialDate(y1, month, day) };
                    }
                    return new DateMention(i, j, DateMentionKind.MonthDay) { Month = month, Day = day };
                }
                if (Year(s, j) is { } y2) return new DateMention(i, j, DateMentionKind.Absolute) { Date = new PartialDate(y2, month) };
                // "in August": a month alone, after "in" (so that the modal "may" is never one)
                if (i > 0 && s.Lower(i - 1) is "in" or "early" or "late" or "mid" && t.IsCapitalised && MonthNames.Parse(t.Text, allowAbbreviation: false) != 0) return new DateMention(i, i, DateMentionKind.MonthOnly) { Month = month };
                return null;
            }
            var weekday = Array.IndexOf(Weekdays, t.Lower);
            if (weekday >= 0 && t.IsCapitalised) return new DateMention(i, i, DateMentionKind.Weekday) { Weekday = (DayOfWeek)weekday };
            if (t.Lower is "today" or "yesterday") return new DateMention(i, i, DateMentionKind.Today) { Offset = t.Lower == "today" ? 0 : -1 };
            // "with immediate effect", "effective immediately": the act takes effect on the day of the text
            if (t.Lower == "with" && s.Lower(i + 1) == "immediate" && s.Lower(i + 2) == "effect") return new DateMention(i, i + 2, DateMentionKind.Today) { Offset = 0, Immediate = true };
            if (t.Lower == "effective" && s.Lower(i + 1) == "immediately") return new DateMention(i, i + 1, DateMentionKind.Today) { Offset = 0, Immediate = true };
            if (t.Lower is "following" or "next" or "same" && i + 1 < s.Count && (s[i + 1].Lower == "day" || (t.Lower == "same" && s[i + 1].Lower == "date")) && i > 0 && s[i - 1].Lower is "the" or "that")
            {
                return new DateMention(i - 1, i + 1, DateMentionKind.DayAfter) { Offset = t.Lower == "same" ? 0 : 1 };
            }
            if (t.Lower == "day" && i + 1 < s.Count && s[i + 1].Lower == "after" && i > 0 && s[i - 1].Lower == "the" && (i + 2 >= s.Count || s[i + 2].Kind != TokenKind.Word))
            {
                return new DateMention(i - 1, i + 1, DateMentionKind.DayAfter) { Offset = 1 };
            }
            // "a day later", "two days later": counted from the previous dated day
            if (t.Lower is "day" or "days" && i + 1 < s.Count && s[i + 1].Lower == "later" && i > 0 && YearCount(s[i - 1]) is { } days && (days == 1) == (t.Lower == "day"))
            {
                return new DateMention(i - 1, i + 1, DateMentionKind.DayAfter) { Offset = days };
            }
            // "earlier in the day", "earlier that day": the day of the text or of the previous date
            if (t.Lower == "earlier" && SameDayAfter(s, i + 1) is { } sameDayEnd)
            {
                return new DateMention(i, sameDayEnd, DateMentionKind.DayAfter) { Offset = 0 };
            }
            // "later that day", "later the same day": the previous dated day
            if (t.Lower == "later" && SameDayAfter(s, i + 1) is { } laterEnd)
            {
                return new DateMention(i, laterEnd, DateMentionKind.DayAfter) { Offset = 0 };
            }
            if (t.Lower is "following" or "next" or "same" && i + 1 < s.Count && s[i + 1].Lower == "year" && i > 0 && s[i - 1].Lower is "the" or "that")
            {
                var first = i >= 2 && s[i - 1].Lower == "that" && s[i - 2].Lower == "later" ? i - 2 : i - 1;
                return new DateMention(first, i + 1, DateMentionKind.YearAfter) { Offset = t.Lower == "same" ? 0 : 1 };
            }
            // "the same month", "later that month", "that same month"
            if (t.Lower == "month" && i > 0 && (s.Lower(i - 1) == "same" && s.Lower(i - 2) is "the" or "that" || s.Lower(i - 1) == "that"))
            {
                var first = s.Lower(i - 1) == "same" ? i - 2 : i - 1;
                if (first > 0 && s.Lower(first - 1) is "later" or "earlier" or "in") first--;
                return new DateMention(first, i, DateMentionKind.SameMonth);
            }
            if (t.Lower == "later" && i + 2 < s.Count && s[i + 1].Lower == "that" && s[i + 2].Lower == "year")
            {
                return new DateMention(i, i + 2, DateMentionKind.YearAfter) { Offset = 0 };
            }
            if (t.Lower is "year" or "years" && i + 1 < s.Count && s[i + 1].Lower == "later" && i > 0 && YearCount(s[i - 1]) is { } years && (years == 1) == (t.Lower == "year"))
            {
                return new DateMention(i - 1, i + 1, DateMentionKind.YearAfter) { Offset = years };
            }
            // "13 years ago", "thirteen years ago": counted back from the day the text was written
            if (t.Lower is "year" or "years" && s.Lower(i + 1) == "ago" && i > 0 && (YearCount(s[i - 1]) ?? TeenCount(s[i - 1])) is { } ago && (ago == 1) == (t.Lower == "year"))
            {
                return new DateMention(i - 1, i + 1, DateMentionKind.YearsAgo) { Offset = ago };
            }
            // "two days earlier", "a year earlier": counted back from the previous date
            if (t.Lower is "day" or "days" or "year" or "years" && i + 1 < s.Count && s[i + 1].Lower == "earlier" && i > 0 && YearCount(s[i - 1]) is { } back && (back == 1) == (t.Lower is "day" or "year"))
            {
                return new DateMention(i - 1, i + 1, t.Lower is "day" or "days" ? DateMentionKind.DayAfter : DateMentionKind.YearAfter) { Offset = -back };
            }
            if (IntervalUnits.TryGetValue(t.Lower, out var unit) && !(i > 0 && s.Lower(i - 1) is "the" or "that" or "this") && i + 2 < s.Count && s[i + 1].Lower is "after" or "before" && s[i + 2].Kind == TokenKind.Word)
            {
                return Interval(s, i, unit);
            }
            if (t.Lower is "following" or "next" or "subsequent" && i + 1 < s.Count && s[i + 1].Lower is "days" or "day" or "weeks")
            {
                var first = i > 0 && s[i - 1].Lower == "the" ? i - 1 : i;
                return new DateMention(first, i + 1, DateMentionKind.Following);
            }
            if (t.Lower == "date" && SignatureAfter(s, i + 1) is { } signatureEnd && i > 0 && s.Lower(i - 1) == "the")
            {
                return new DateMention(i - 1, signatureEnd, DateMentionKind.Signature);
            }
            if (t.Lower == "eve" && i + 1 < s.Count && s[i + 1].Lower == "of")
            {
                foreach (var e in KnownEvents.All)
                {
                    for (var k = i + 2; k <= Math.Min(i + 4, s.Count - 1); k++)
                    {
                        foreach (var phrase in e.Phrases)
                        {
                            if (Matches(s, k, phrase))
                            {
                                var first = i >= 2 && s[i - 1].Lower == "the" && s[i - 2].Lower == "on" ? i - 1 : i;
                                return new DateMention(first, k + phrase.Length - 1, DateMentionKind.EveOf) { Event = e };
                            }
                        }
                    }
                }
            }
            return null;
        }
        if (t.Kind == TokenKind.Number)
        {
            if (Day(s, i) is { } day && i + 1 < s.Count && MonthNames.Parse(s[i + 1].Text, allowAbbreviation: true) is var month and > 0)
            {
                var j = i + 2;
                if (j < s.Count && s[j].Text == "." && s[j].Start == s[i + 1].End) j++;
                // "28th January, 2022": a comma may part the year from the month
                var yearAt = s.Lower(j) == "," && Year(s, j + 1) is not null ? j + 1 : j;
                if (Year(s, yearAt) is { } y && IsValid(y, month, day)) return new DateMention(i, yearAt, DateMentionKind.Absolute) { Date = new PartialDate(y, month, day) };
                return new DateMention(i, j - 1, DateMentionKind.MonthDay) { Month = month, Day = day };
            }
            if (Year(s, i) is { } year) return new DateMention(i, i, DateMentionKind.Absolute) { Date = new PartialDate(year) };
        }
        return null;
    }

    /// <summary>"26.03.2023" (day first, as dotted dates are written) or "2023.03.26" in one number token, or null.</summary>
    private static PartialDate? DottedDate(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return null;
        var (y, m, d) = parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2 ? (parts[0], parts[1], parts[2])
            : parts[2].Length == 4 && parts[0].Length <= 2 && parts[1].Length <= 2 ? (parts[2], parts[1], parts[0]) : ("", "", "");
        if (y.Length == 0) return null;
        var (year, month, day) = (int.Parse(y, CultureInfo.InvariantCulture), int.Parse(m, CultureInfo.InvariantCulture), int.Parse(d, CultureInfo.InvariantCulture));
        return year is >= 1800 and < 2200 && IsValid(year, month, day) ? new PartialDate(year, month, day) : null;
    }

    /// <summary>"2009-12-14" from token <paramref name="i"/>: five tokens with no space between them, a valid day; or null.</summary>
    private static PartialDate? IsoDate(Sentence s, int i)
    {
        // "2023/03/26" too: year first, so the order is never in doubt
        if (i + 4 >= s.Count || s[i].Text.Length != 4 || s[i + 1].Text is not ("-" or "/") || s[i + 2].Text.Length != 2 || s[i + 3].Text != s[i + 1].Text || s[i + 4].Text.Length != 2) return null;
        for (var k = i + 1; k <= i + 4; k++)
        {
            if (s[k].Start != s[k - 1].End) return null;
        }
        if (!int.TryParse(s[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(s[i + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(s[i + 4].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d)) return null;
        return y is >= 1800 and < 2200 && IsValid(y, m, d) ? new PartialDate(y, m, d) : null;
    }

    /// <summary>"(the date) of (the) signing/signature (of this communique)": the last token of the phrase, or null.</summary>
    private static int? SignatureAfter(Sentence s, int i)
    {
        if (s.Lower(i) != "of") return null;
        var k = i + 1;
        if (s.Lower(k) == "the") k++;
        if (s.Lower(k) is not ("signing" or "signature")) return null;
        // "of this Joint Communique", "of the present agreement": the document named after it
        if (s.Lower(k + 1) == "of" && s.Lower(k + 2) is "this" or "the")
        {
            var end = k + 3;
            while (end < s.Count && end < k + 7 && s[end].Kind == TokenKind.Word && s.Lower(end) is not ("and" or "by" or "between" or "in" or "at")) end++;
            return end - 1;
        }
        return k;
    }

    /// <summary>Nouns of events a year may modify and still date ("after the 2008 war", "the 2014 annexation").</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "war", "wars", "invasion", "referendum", "election", "elections", "coup", "revolution", "annexation", "crisis", "summit", "agreement",
        "accord", "accords", "treaty", "declaration", "decision", "recognition", "independence", "conflict", "uprising", "attack", "attacks",
        "proclamation", "vote", "visit", "talks", "deal", "communique", "communiqué", "break", "rupture", "severance", "restoration", "establishment",
        "normalisation", "normalization", "switch", "move", "announcement", "statement", "resolution", "law", "decree", "decrees", "protests",
    };

    /// <summary>Marks dates that bound a state rather than date an act.</summary>
    private static DateMention Qualify(Sentence s, DateMention m)
    {
        if (m.Kind == DateMentionKind.Signature) return m;
        var before = s.Lower(m.First - 1);
        var before2 = s.Lower(m.First - 2);
        var after = s.Lower(m.Last + 1);
        var range = after is "-" or "to" or "until" && s.Count > m.Last + 2 && s[m.Last + 2].Kind == TokenKind.Number;
        // "with effect from 24 January 2024" dates the act itself
        // "hereby severs relations as of today": the act takes effect on the day of the text
        // "decided to sever relations as of 21 July 2002": an "as of" right after the act's object dates the act; "as of
        // 2020, 97 states recognise" (before the predicate) bounds a state of affairs
        var asOfAct = before == "of" && before2 == "as" && Enumerable.Range(Math.Max(0, m.First - 6), Math.Max(0, Math.Min(4, m.First - 2))).Any(k => s.Lower(k) is "relations" or "ties" or "relation" or "recognition");
        var effective = (before == "from" && before2 is "effect" or "as" or "effective") || (before == "of" && before2 == "as" && (m.Kind == DateMentionKind.Today || asOfAct))
            // "did not establish relations until 2016": the negated "until" dates the act
            || (before is "until" or "till" && Enumerable.Range(Math.Max(0, m.First - 12), Math.Min(12, m.First)).Any(k => s.Lower(k) is "not" or "n't"));
        // "have recognised each other since November 17 2006", "has been recognised by Japan since 2008": with a perfect of
        // the act, "since" gives the day the act happened and the state began
        effective |= before == "since" && PerfectActBefore(s, m.First - 1);
        // "announced the rupture of diplomatic relations with Morocco from Tuesday": "from" after the relations, no range
        effective |= before == "from" && !range && Enumerable.Range(Math.Max(0, m.First - 6), Math.Min(5, m.First)).Any(k => s.Lower(k) is "relations" or "ties");
        // "between 2003 and 2019": the end of the period bounds it too
        var periodEnd = before == "and" && Enumerable.Range(Math.Max(0, m.First - 6), Math.Min(5, Math.Max(0, m.First - 1))).Any(k => s.Lower(k) == "between" && k + 1 < s.Count && s[k + 1].Kind == TokenKind.Number);
        var bound = periodEnd || (before is "since" or "from" or "until" or "till" or "between" or "-" && !effective) || (before == "of" && before2 == "as" && !effective) || (before == "to" && before2 != "up") || range;
        // "within the 1967 borders", "the 1978 constitution": a year modifying a thing, not an event, dates nothing done
        var attributive = m.First == m.Last && m.Date is { Month: null } && before is "the" or "its" or "their" or "a"
            && m.Last + 1 < s.Count && s[m.Last + 1].Kind == TokenKind.Word && !s[m.Last + 1].IsCapitalised && !EventNouns.Contains(after)
            && after is not ("and" or "or" or "to" or "when" or "after" or "before");
        bound |= attributive;
        // a year inside a number range, a parenthesis "(as of July 4, 2008)" or a percentage is no act date either
        return bound ? m with { IsEventDate = false } : m;
    }

    private static readonly HashSet<string> ActParticiples = new(StringComparer.Ordinal)
    {
        "recognised", "recognized", "severed", "established", "broken", "cut", "suspended", "restored", "annexed",
    };

    /// <summary>"has/have/had (been) recognised ..." within the few words before <paramref name="since"/>.</summary>
    private static bool PerfectActBefore(Sentence s, int since)
    {
        for (var k = since - 1; k >= Math.Max(1, since - 8); k--)
        {
            if (s.Lower(k) is "," or ";" or "." or "not" or "never" or "n't") return false;
            if (!ActParticiples.Contains(s.Lower(k))) continue;
            var aux = s.Lower(k - 1) == "been" ? k - 2 : k - 1;
            return s.Lower(aux) is "has" or "have" or "had" || (aux >= 1 && s.Lower(aux) is "formally" or "officially" && s.Lower(aux - 1) is "has" or "have" or "had");
        }
        return false;
    }

    private static bool Matches(Sentence s, int i, string[] phrase)
    {
        if (i + phrase.Length > s.Count) return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (s[i + k].Lower != phrase[k]) return false;
        }
        return true;
    }

    private static int? Day(Sentence s, int i)
    {
        if (i >= s.Count || s[i].Kind != TokenKind.Number) return null;
        var text = s[i].Text.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    private static int? Year(Sentence s, int i)
    {
        if (i >= s.Count || s[i].Kind != TokenKind.Number || s[i].Text.Length != 4) return null;
        return int.TryParse(s[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2200 ? y : null;
    }

    private static bool IsValid(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

    /// <summary>"that day", "the same day", "in the day", "on the same day" from <paramref name="k"/>: the index of "day", or null.</summary>
    private static int? SameDayAfter(Sentence s, int k)
    {
        if (k < s.Count && s[k].Lower is "in" or "on") k++;
        if (k >= s.Count || s[k].Lower is not ("that" or "the")) return null;
        k++;
        if (k < s.Count && s[k].Lower == "same") k++;
        return k < s.Count && s[k].Lower == "day" ? k : null;
    }

    private static readonly Dictionary<string, IntervalUnit> IntervalUnits = new(StringComparer.Ordinal)
    {
        ["day"] = IntervalUnit.Day, ["days"] = IntervalUnit.Day, ["week"] = IntervalUnit.Week, ["weeks"] = IntervalUnit.Week,
        ["month"] = IntervalUnit.Month, ["months"] = IntervalUnit.Month, ["year"] = IntervalUnit.Year, ["years"] = IntervalUnit.Year,
        ["decade"] = IntervalUnit.Decade, ["decades"] = IntervalUnit.Decade,
    };

    /// <summary>
    /// "seven years after Riyadh cut ties", "two days before the vote", "days after Honiara ended": the act of the phrase
    /// that follows lies that far from the sentence's date before it. A count hedged ("more than three years", "nearly a
    /// decade") or left out ("days after") is approximate.
    /// </summary>
    private static DateMention Interval(Sentence s, int i, IntervalUnit unit)
    {
        var first = i;
        var count = i > 0 ? YearCount(s[i - 1]) : null;
        if (count is not null) first = i - 1;
        var plural = s[i].Lower.EndsWith('s');
        if (count is { } n && (n == 1) == plural) count = null; // "one years", "two day": not a count
        var hedged = first >= 2 && s.Lower(first - 2) is "more" or "less" or "fewer" && s.Lower(first - 1) == "than"
            || first >= 1 && s.Lower(first - 1) is "nearly" or "almost" or "about" or "some" or "over" or "around" or "roughly" or "barely" or "just";
        var after = s[i + 1].Lower == "after";
        return new DateMention(first, i + 1, DateMentionKind.Interval)
        {
            Unit = unit,
            Offset = (count ?? 0) * (after ? -1 : 1),
            Approximate = hedged || count is null,
            Backward = after,
        };
    }

    /// <summary>"a", "one", "two" ... "ten" or a small number before "year(s) later".</summary>
    /// <summary>"eleven" to "twenty" written out, as counts of years ago are.</summary>
    private static int? TeenCount(Token t) => Array.IndexOf(Teens, t.Lower) is var k and >= 0 ? 11 + k : null;

    private static readonly string[] Teens = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static int? YearCount(Token t) => t.Lower switch
    {
        "a" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => t.Kind == TokenKind.Number && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100 ? n : null,
    };
}
