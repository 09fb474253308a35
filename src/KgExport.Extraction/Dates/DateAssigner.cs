using System.Globalization;
using KgExport.Extraction.Mentions;
using KgExport.Extraction.Patterns;

namespace KgExport.Extraction.Dates;

/// <summary>Dates an act from the date expressions in its clause, nearest to the trigger first.</summary>
public static class DateAssigner
{
    /// <summary>"the following days" and "the eve of": how wide the window is.</summary>
    private const int WindowDays = 7;

    /// <summary>
    /// The date of the act whose trigger is at <paramref name="trigger"/>: the nearest event date in its clause,
    /// preferring dates after the act's subject (at <paramref name="subjectFirst"/>) over dates before it, which
    /// belong to another act unless nothing else dates this one ("On June 29, 2022, Syria recognized ...").
    /// </summary>
    public static DateResolution Resolve(SentenceAnalysis a, int trigger, PublicationDate published, Discourse discourse, int subjectFirst = -1)
    {
        var clause = a.ClauseOf[trigger];
        DateMention? best = null;
        var bestRank = (1, int.MaxValue);
        foreach (var d in a.Dates)
        {
            if (!d.IsEventDate || a.ClauseOf[d.First] != clause || a.IsQuoted(d.First) != a.IsQuoted(trigger) || InOtherRelativeClause(a, d, trigger) || AcrossSubordinator(a, d, trigger)) continue;
            var distance = d.Last < trigger ? trigger - d.Last : d.First - trigger;
            // "invaded it in 1975 and annexed it in 1976", "cut ties in 2013 but only established ...": a date before a
            // coordinating "and"/"but" dates the first conjunct
            // ", restored it in 2014": a comma before the verb opens a conjunct of a list of acts too
            var beforeConjunct = d.Last < trigger && Enumerable.Range(d.Last + 1, trigger - d.Last - 1).Any(k => (a.Lower(k) is "and" or "but" || (a.Lower(k) == "," && SkipVerbGroup(a, k + 1) == trigger)) && a.StartingAt(k + 1) is null);
            if (InEarlierContrast(a, d, trigger, subjectFirst)) continue;
            // "After breaking off relations on April 30, the DR established ...": a date in a leading participle phrase dates
            // that phrase; the main act came after it, on a day the sentence does not give
            if (InOpener(a, d, trigger)) continue;
            // "captured it in 1967 and later annexed it": "later" moves the act past the dates before it
            if (d.Last < trigger && Enumerable.Range(d.Last + 1, trigger - d.Last - 1).Any(k => IsLaterAdverb(a, k))) continue;
            var rank = (d.Last < subjectFirst || beforeConjunct ? 1 : 0, distance);
            if (rank.CompareTo(bestRank) < 0 || best is null)
            {
                best = d;
                bestRank = rank;
            }
        }
        var (clauseFirst, _) = a.ClauseRange(trigger);
        var subordinate = a.Lower(clauseFirst) is "after" or "before" or "since" || (a.Lower(clauseFirst) == "," && a.Lower(clauseFirst + 1) is "after" or "before" or "since");
        // "but later withdrew it", "subsequently severed": an act after the sentence's other dates, when its own clause gives none
        var later = Enumerable.Range(clauseFirst, Math.Max(0, trigger - clauseFirst)).Any(k => IsLaterAdverb(a, k));
        if (best is null && !subordinate && !later)
        {
            // no date in the act's clause: the sentence's date nearest the trigger ("began in June 2017, when X severed ...")
            foreach (var d in a.Dates)
            {
                if (!d.IsEventDate || a.IsQuoted(d.First) != a.IsQuoted(trigger) || InOtherRelativeClause(a, d, trigger) || AcrossSubordinator(a, d, trigger) || InEarlierContrast(a, d, trigger, subjectFirst) || InOpener(a, d, trigger)) continue;
                var distance = d.Last < trigger ? trigger - d.Last : d.First - trigger;
                if (best is null || distance < bestRank.Item2)
                {
                    best = d;
                    bestRank = (0, distance);
                }
            }
            if (best is not null && a.Dates.Count(x => x.IsEventDate) > 1) best = null; // several dates in other clauses: none is certain
        }
        if (best is not null && CoordinatedWithAnother(a, best))
        {
            return new DateResolution(null, null, null, $"{Quote(a, best)} is one of two dates given together: which one dates the act is not said");
        }
        // "until 15 September 1973 when the regime ... derecognized the ROC": the date the "when" clause hangs from dates
        // its acts, unless the act's own date follows it
        if ((best is null || best.First < trigger) && WhenDate(a, trigger) is { } when) return Resolve(a, when, published, discourse);
        // "Between 2003 and 2019, Kiribati recognized the Republic of China": the act that began the period, at its start
        if (best is null && PeriodStart(a, trigger) is { } start)
        {
            var begun = Resolve(a, start, published, discourse);
            return begun with { Note = $"{Quote(a, start)} opens the period the act holds for: its start" };
        }
        return best is null ? DateResolution.None : Resolve(a, best, published, discourse);
    }

    /// <summary>"Between D1 and D2" opening the sentence or the trigger's clause before the trigger: D1, or null.</summary>
    private static DateMention? PeriodStart(SentenceAnalysis a, int trigger)
    {
        var (clauseFirst, _) = a.ClauseRange(trigger);
        foreach (var d in a.Dates)
        {
            if (d.Last >= trigger || a.Lower(d.First - 1) != "between" || (d.First - 1 != 0 && d.First - 1 != clauseFirst && a.Lower(d.First - 2) != ",")) continue;
            if (a.Lower(d.Last + 1) == "and" && a.Dates.Any(e => e.First == d.Last + 2) && d.Date is not null) return d;
        }
        return null;
    }

    /// <summary>The date right before a "when" that opens the clause of <paramref name="trigger"/> ("until 1973 when ..."), or null.</summary>
    private static DateMention? WhenDate(SentenceAnalysis a, int trigger)
    {
        for (var k = trigger - 1; k > 0 && k >= trigger - 40; k--)
        {
            if (a.Lower(k) is ";" or "." or "but" || a.IsQuoted(k) != a.IsQuoted(trigger)) return null;
            if (a.Lower(k) != "when") continue;
            var before = a.Lower(k - 1) == "," ? k - 2 : k - 1;
            return a.DateEndingAt(before) is { Date: not null } d && a.Lower(d.First - 1) is "until" or "till" or "in" or "on" or "by" or "since" ? d : null;
        }
        return null;
    }

    /// <summary>"recognised Palestine in late 2010 and early 2011": a date joined by "and"/"or" to another, nothing between.</summary>
    private static bool CoordinatedWithAnother(SentenceAnalysis a, DateMention d)
    {
        static bool Joiner(string w) => w is "and" or "or" or "early" or "late" or "mid" or "in" or "on";
        foreach (var other in a.Dates)
        {
            if (other == d || !other.IsEventDate) continue;
            var (from, to) = other.First > d.Last ? (d.Last + 1, other.First) : other.Last < d.First ? (other.Last + 1, d.First) : (0, 0);
            if (to <= from) continue;
            var between = Enumerable.Range(from, to - from).Select(a.Lower).ToList();
            if (between.Any(w => w is "and" or "or") && between.All(Joiner)) return true;
        }
        return false;
    }

    /// <summary>
    /// "recognised it in 1983 but withdrew the recognition under pressure": "but" sets the second act at another time, so
    /// a date inside the first predicate does not date it (a date before the subject, opening the sentence, still may).
    /// </summary>
    private static bool InEarlierContrast(SentenceAnalysis a, DateMention d, int trigger, int subjectFirst) =>
        d.Last < trigger && subjectFirst >= 0 && d.First > subjectFirst
        && Enumerable.Range(d.Last + 1, trigger - d.Last - 1).Any(k => a.Lower(k) == "but" && a.StartingAt(k + 1) is null);

    /// <summary>
    /// Whether <paramref name="d"/> sits in a relative clause the trigger is not in: "recognises Northern Cyprus, which
    /// declared independence in 1983" (1983 dates the declaration), "Kosovo, which declared independence in 2008, is
    /// recognised by".
    /// </summary>
    private static bool InOtherRelativeClause(SentenceAnalysis a, DateMention d, int trigger)
    {
        if (d.First > trigger)
        {
            for (var k = d.First - 1; k > trigger; k--)
            {
                if (a.Lower(k) == "," && a.Lower(k + 1) is "which" or "who" or "whose") return true;
                // "ending a boycott that began in June 2017": a relative clause whose verb follows its pronoun
                if (a.Lower(k) is "that" or "which" && a.StartingAt(k) is null && a.EndingAt(k - 1) is null && a[k - 1].Kind == Text.TokenKind.Word && IsFiniteVerb(a.Lower(k + 1))) return true;
                if (a.Lower(k) is "," or "-") return false;
            }
            return false;
        }
        for (var k = d.First - 1; k >= 1; k--)
        {
            if (a.Lower(k) is "which" or "who" or "whose" && a.Lower(k - 1) == ",")
            {
                // the relative clause closes between the date and the trigger
                return Enumerable.Range(d.Last + 1, Math.Max(0, trigger - d.Last - 1)).Any(j => a.Lower(j) == ",");
            }
            if (a.Lower(k) is "," or "-") return false;
        }
        return false;
    }

    /// <summary>
    /// Whether an "after" or "before" that opens a phrase lies between <paramref name="d"/> and the trigger, so that
    /// one of them is in the phrase and the other outside it: "established relations in August 2018 after cutting
    /// ties" (August 2018 dates the establishment, not the cut), "resumed ties after Y had cut them in 2016". An
    /// interval ("seven years after") dates only the act of its own phrase, up to the next comma. A trailing
    /// ", followed by B a day later" is such a phrase too.
    /// </summary>
    private static bool AcrossSubordinator(SentenceAnalysis a, DateMention d, int trigger)
    {
        if (d.Kind == DateMentionKind.Interval) return d.Last > trigger || Enumerable.Range(d.Last + 1, trigger - d.Last - 1).Any(k => a.Lower(k) == ",");
        var (from, to) = d.Last < trigger ? (d.Last + 1, trigger) : (trigger + 1, d.First);
        // "Bhutan recognised it in 1971, followed by India a day later": a date after ", followed" dates the followers
        if (d.First > trigger && Enumerable.Range(from, to - from).Any(k => a.Lower(k) is "followed" && a.Lower(k - 1) == ",")) return true;
        // "restored relations in 2019, having severed them in 1972": the perfect participle's act is earlier than the main clause's
        if (Enumerable.Range(from, to - from).Any(k => a.Lower(k) == "having" && a.Lower(k - 1) == ",")) return true;
        for (var k = from; k < to; k++)
        {
            if (a.Lower(k) is not ("after" or "before") || a.Dates.Any(x => x.First <= k && k <= x.Last && x.Kind != DateMentionKind.Interval)) continue;
            // "the second country after Russia to recognise": a rank among states, not a subordinate phrase
            if (a.Lower(k - 1) is "country" or "state" or "nation" or "member" or "government") continue;
            // the date before the phrase: the trigger is in it unless a comma closes the phrase first
            if (d.Last < trigger) return !Enumerable.Range(k + 1, trigger - k - 1).Any(j => a.Lower(j) == ",");
            return true;
        }
        return false;
    }

    /// <summary>A past or auxiliary verb form that can open a relative clause's predicate ("that began", "which was").</summary>
    private static bool IsFiniteVerb(string w) =>
        w is "began" or "was" or "were" or "had" or "has" or "is" or "broke" or "came" or "took" or "led" or "saw" or "went" or "made" or "won" or "lost" or "fell" or "cut"
        || (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal));

    public static DateResolution Resolve(SentenceAnalysis a, DateMention d, PublicationDate published, Discourse discourse)
    {
        var text = Quote(a, d);
        switch (d.Kind)
        {
            case DateMentionKind.Absolute:
                return new DateResolution(d.Date, null, null, null);
            case DateMentionKind.MonthDay when a.Dates.FirstOrDefault(x => x.First > d.Last && x.Kind == DateMentionKind.Absolute && x.Date is { Month: not null }) is { Date: { } later }:
                // "on 13 January, and San Marino on 14 January 1992": the year of the list's dated member
                return Valid(later.Year, d)
                    ? new DateResolution(new PartialDate(later.Year, d.Month, d.Day), null, null, $"{text} has no year: taken from {later} later in the sentence")
                    : DateResolution.None;
            case DateMentionKind.MonthDay when a.Dates.LastOrDefault(x => x.Last < d.First && x.Kind == DateMentionKind.Absolute && x.Date is not null) is { Date: { } before }:
                // "2017 - Panama establishes ties with China on June 13", "In 2014, ... on 3 May": the year given earlier in the sentence
                return Valid(before.Year, d)
                    ? new DateResolution(new PartialDate(before.Year, d.Month, d.Day), null, null, $"{text} has no year: taken from {before} earlier in the sentence")
                    : DateResolution.None;
            case DateMentionKind.MonthDay:
                if (published.Date is { Day: not null } pub)
                {
                    var year = (d.Month, d.Day).CompareTo((pub.Month!.Value, pub.Day!.Value)) <= 0 ? pub.Year : pub.Year - 1;
                    return Valid(year, d) ? new DateResolution(new PartialDate(year, d.Month, d.Day), null, null, $"{text} has no year: the last such day on or before the publication date {pub}") : DateResolution.None;
                }
                if (discourse.LastDated is { } last)
                {
                    var year = last.Month is { } m && (d.Month, d.Day).CompareTo((m, last.Day ?? 1)) < 0 ? last.Year + 1 : last.Year;
                    return Valid(year, d) ? new DateResolution(new PartialDate(year, d.Month, d.Day), null, null, $"{text} has no year: taken from the preceding date {last} in the text") : DateResolution.None;
                }
                return new DateResolution(null, null, null, $"{text} has no year and the text gives none");
            case DateMentionKind.Weekday:
                if (published.Date?.AsDateOnly is { } p)
                {
                    var day = p;
                    while (day.DayOfWeek != d.Weekday) day = day.AddDays(-1);
                    return new DateResolution(PartialDate.Of(day), null, null, $"{text}: the last {d.Weekday} on or before the publication date {p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }
                return new DateResolution(null, null, null, $"{text}: the publication date is unknown ({published.How})");
            case DateMentionKind.MonthOnly:
                {
                    var later = a.Dates.FirstOrDefault(x => x.First > d.Last && x.Kind == DateMentionKind.Absolute && x.Date is not null)?.Date;
                    var earlier = a.Dates.LastOrDefault(x => x.Last < d.First && x.Kind == DateMentionKind.Absolute && x.Date is not null)?.Date;
                    if ((later ?? earlier) is { } inSentence) return new DateResolution(new PartialDate(inSentence.Year, d.Month), null, null, $"{text} has no year: taken from {inSentence.Year} in the same sentence");
                    if (discourse.LastDated is { } before) return new DateResolution(new PartialDate(before.Year, d.Month), null, null, $"{text} has no year: taken from the preceding date {before} in the text");
                    if (published.Date is { Month: { } pm } issued && d.Month <= pm) return new DateResolution(new PartialDate(issued.Year, d.Month), null, null, $"{text} has no year: the publication year {issued.Year}");
                    return new DateResolution(null, null, null, $"{text} has no year and the text gives none");
                }
            case DateMentionKind.Today:
                if (published.Date?.AsDateOnly is { } today)
                {
                    var day = today.AddDays(d.Offset);
                    return new DateResolution(PartialDate.Of(day), null, null, $"{text}: against the publication date {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }
                return new DateResolution(null, null, null, $"{text}: the publication date is unknown ({published.How})");
            case DateMentionKind.YearAfter:
                {
                    var earlier = a.Dates.LastOrDefault(x => x.Last < d.First && x.Kind == DateMentionKind.Absolute && x.Date is not null)?.Date ?? discourse.LastDated;
                    if (earlier is { } from && from.Year + d.Offset <= 9999)
                    {
                        return new DateResolution(new PartialDate(from.Year + d.Offset), null, null, $"{text}: counted from {from.Year}");
                    }
                    return new DateResolution(null, null, null, $"{text}: no earlier year in the text to count from");
                }
            case DateMentionKind.YearsAgo:
                // "13 years ago" in a text of 17 February 2021: 2008, to the year (the count is rounded, the year is what it says)
                return published.Date is { } written && written.Year - d.Offset >= 1
                    ? new DateResolution(new PartialDate(written.Year - d.Offset), null, null, $"{text}: counted back from the publication year {written.Year}")
                    : new DateResolution(null, null, null, $"{text}: the publication date is unknown ({published.How})");
            case DateMentionKind.SameMonth:
                {
                    var earlier = a.Dates.LastOrDefault(x => x.Last < d.First && x.Kind == DateMentionKind.Absolute && x.Date is { Month: not null })?.Date
                        ?? (discourse.LastDated is { Month: not null } lastDated ? lastDated : null);
                    return earlier is { Month: { } month } from
                        ? new DateResolution(new PartialDate(from.Year, month), null, null, $"{text}: the month of {from}")
                        : new DateResolution(null, null, null, $"{text}: no earlier month in the text");
                }
            case DateMentionKind.DayAfter:
                // "earlier in the day", "the same day" with no day before it: the day of the text
                if ((LastDayBefore(a, d.First, published, discourse) ?? discourse.LastDay ?? (d.Offset == 0 ? published.Date?.AsDateOnly : null)) is { } reference)
                {
                    var day = reference.AddDays(d.Offset);
                    return new DateResolution(PartialDate.Of(day), null, null, $"{text}: counted from {reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }
                return new DateResolution(null, null, null, $"{text}: no earlier day in the text to count from");
            case DateMentionKind.Following:
                var anchor = LastDayBefore(a, d.First, published, discourse) ?? discourse.LastDay;
                if (anchor is { } start)
                {
                    var from = start.AddDays(1);
                    var to = start.AddDays(WindowDays);
                    return new DateResolution(PartialDate.CommonPrefix(from, to), from, to, $"{text}: the days after {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }
                return new DateResolution(null, null, null, $"{text}: no earlier day in the text to count from");
            case DateMentionKind.Interval:
                return Interval(a, d, published, discourse, text);
            case DateMentionKind.Signature:
                if (discourse.SignedOn is { } signed) return new DateResolution(signed, null, null, $"{text}: the document was signed on {signed}, as its closing line says");
                // "the date of signature of this communiqué" in the communiqué itself: the text is the document, issued on its date
                var itself = Enumerable.Range(d.First, d.Last - d.First + 1).Any(k => a.Lower(k) is "this" or "present");
                return itself && published.Date is { Day: not null } issuedOn
                    ? new DateResolution(issuedOn, null, null, $"{text}: the text is the document, dated {issuedOn} ({published.How})")
                    : new DateResolution(null, null, null, $"{text}: the text does not say when it was signed");
            case DateMentionKind.EveOf:
                var e = d.Event!;
                var eveFrom = e.Date.AddDays(-WindowDays);
                var eveTo = e.Date.AddDays(-1);
                return new DateResolution(PartialDate.CommonPrefix(eveFrom, eveTo), eveFrom, eveTo, $"{text}: shortly before {e.Description} ({e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
            default:
                return DateResolution.None;
        }
    }

    /// <summary>
    /// "agreed on Friday to resume relations, seven years after Riyadh cut ties": the sentence's date before the interval,
    /// moved by it. An exact count of years or months keeps that precision; of days or weeks, the day. A hedged or
    /// missing count keeps only what is certain: the month or year that a window of up to ten days (or up to eight
    /// weeks) cannot leave.
    /// </summary>
    private static DateResolution Interval(SentenceAnalysis a, DateMention d, PublicationDate published, Discourse discourse, string text)
    {
        var anchorMention = a.Dates.LastOrDefault(x => x.Last < d.First && x.IsEventDate && x.Kind != DateMentionKind.Interval);
        if (anchorMention is null || Resolve(a, anchorMention, published, discourse).Date is not { } anchor)
            return new DateResolution(null, null, null, $"{text}: no date earlier in the sentence to count from");
        var why = $"{text}: counted from {anchor}";
        var sign = d.Backward ? -1 : 1;
        if (!d.Approximate)
        {
            switch (d.Unit)
            {
                case IntervalUnit.Year when anchor.Year + d.Offset is >= 1 and <= 9999:
                    return new DateResolution(new PartialDate(anchor.Year + d.Offset), null, null, why);
                case IntervalUnit.Month when anchor.Month is { } m:
                    var month = new DateOnly(anchor.Year, m, 1).AddMonths(d.Offset);
                    return new DateResolution(new PartialDate(month.Year, month.Month), null, null, why);
                case IntervalUnit.Day or IntervalUnit.Week when anchor.AsDateOnly is { } day:
                    return new DateResolution(PartialDate.Of(day.AddDays(d.Offset * (d.Unit == IntervalUnit.Week ? 7 : 1))), null, null, why);
            }
        }
        var window = d.Unit switch { IntervalUnit.Day => 10, IntervalUnit.Week => 56, _ => 0 };
        if (window > 0 && (anchor.AsDateOnly ?? (anchor.Month is { } am ? new DateOnly(anchor.Year, am, sign < 0 ? 1 : DateTime.DaysInMonth(anchor.Year, am)) : null)) is { } from)
        {
            var near = from.AddDays(sign);
            var far = from.AddDays(sign * window);
            return new DateResolution(PartialDate.CommonPrefix(sign < 0 ? far : near, sign < 0 ? near : far), null, null, why + " (an approximate interval)");
        }
        return new DateResolution(null, null, null, $"{text}: an interval too vague to date");
    }

    /// <summary>The comma closing a sentence-initial "After/Before/Following ...ing" phrase, or -1.</summary>
    /// <summary>"later", "subsequently", ... at <paramref name="k"/>, outside a date ("later that year" is a date).</summary>
    private static bool IsLaterAdverb(SentenceAnalysis a, int k) =>
        (a.Lower(k) is "later" or "subsequently" or "afterwards" or "afterward" or "eventually" || (a.Lower(k) == "since" && a.Lower(k - 1) is "has" or "have" or "had")) && !a.IsInDate(k);

    private static int SkipVerbGroup(SentenceAnalysis a, int k)
    {
        while (k < a.Count && ArgumentReader.IsVerbGroupWord(a.Lower(k))) k++;
        return k;
    }

    private static bool InOpener(SentenceAnalysis a, DateMention d, int trigger) => d.Last < trigger && OpenerEnd(a) is var end && end > d.Last && end < trigger;

    private static int OpenerEnd(SentenceAnalysis a)
    {
        if (a.Lower(0) is not ("after" or "before" or "following" or "upon" or "having") || !(a.Lower(1).EndsWith("ing", StringComparison.Ordinal) || a.Lower(0) == "having")) return -1;
        for (var k = 2; k < a.Count; k++)
        {
            if (a[k].Text == "," && !a.IsInDate(k)) return k;
        }
        return -1;
    }

    /// <summary>The last day named before <paramref name="token"/>: a full date, or a weekday or "today" resolved against the publication date.</summary>
    private static DateOnly? LastDayBefore(SentenceAnalysis a, int token, PublicationDate published, Discourse discourse)
    {
        DateOnly? found = null;
        foreach (var d in a.Dates)
        {
            if (d.Last >= token) continue;
            if (d.Kind == DateMentionKind.Absolute && d.Date?.AsDateOnly is { } day) found = day;
            // "on 5 June, and Yemen followed later that day": a day without its year, resolved as the text gives it
            else if (d.Kind is DateMentionKind.Weekday or DateMentionKind.Today or DateMentionKind.MonthDay && Resolve(a, d, published, discourse).Date?.AsDateOnly is { } resolved) found = resolved;
        }
        return found;
    }

    private static bool Valid(int year, DateMention d) => year is >= 1 and <= 9999 && d.Day <= DateTime.DaysInMonth(year, d.Month);

    private static string Quote(SentenceAnalysis a, DateMention d) => "\"" + a.Text[a[d.First].Start..a[d.Last].End] + "\"";
}
