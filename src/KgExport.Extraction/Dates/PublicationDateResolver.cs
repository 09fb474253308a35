using System.Globalization;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Dates;

/// <summary>
/// Works out the publication date: a stated date (option or HTML metadata) wins, then a dateline with a year.
/// A dateline without a year ("July 14 (Reuters)") gets one only when the text pins it down: the year must be no
/// earlier than every year and known event the story mentions, no later than today, and every weekday the story
/// uses ("on Wednesday") must be the dateline's day or the day before (wire stories report yesterday's and today's
/// events by weekday). If more than one year (or none) survives, the date is unknown and the reason says why.
/// </summary>
public static class PublicationDateResolver
{
    /// <summary>How far back a yearless dateline is searched when the text mentions no year at all.</summary>
    private const int UnboundedSearchYears = 30;

    public static PublicationDate Resolve(ArticleDocument article, DateOnly today)
    {
        if (article.StatedPublished is { } stated) return new PublicationDate(stated, "stated in the page metadata or given as an option");
        if (article.Dateline is not { } dateline) return new PublicationDate(null, "the article has no dateline and no stated publication date");
        if (dateline.Year is { } y)
        {
            return IsValid(y, dateline.Month, dateline.Day)
                ? new PublicationDate(new PartialDate(y, dateline.Month, dateline.Day), $"from the dateline \"{dateline.Text}\"")
                : new PublicationDate(null, $"the dateline \"{dateline.Text}\" is not a calendar date");
        }

        var lowerBound = 0;
        var boundReasons = new List<string>();
        var weekdays = new SortedSet<DayOfWeek>();
        foreach (var sentence in article.Sentences)
        {
            foreach (var mention in DateFinder.Find(sentence))
            {
                if (mention.Kind == DateMentionKind.Absolute && mention.Date is { } d && d.Year > lowerBound)
                {
                    lowerBound = d.Year;
                    boundReasons.Add(d.Year.ToString(CultureInfo.InvariantCulture) + " is mentioned");
                }
                if (mention.Kind == DateMentionKind.Weekday && !IsQuoted(sentence, mention)) weekdays.Add(mention.Weekday);
            }
            foreach (var (e, _, _) in DateFinder.FindEvents(sentence))
            {
                if (e.Date.Year > lowerBound)
                {
                    lowerBound = e.Date.Year;
                    boundReasons.Add($"it refers to {e.Description} ({e.Date:yyyy-MM-dd})");
                }
            }
        }
        var upper = today.Year;
        var from = lowerBound > 0 ? lowerBound : upper - UnboundedSearchYears;
        var candidates = new List<int>();
        for (var year = from; year <= upper; year++)
        {
            if (!IsValid(year, dateline.Month, dateline.Day)) continue;
            var date = new DateOnly(year, dateline.Month, dateline.Day);
            if (date > today) continue;
            if (weekdays.All(w => date.DayOfWeek == w || date.DayOfWeek == Next(w))) candidates.Add(year);
        }
        var facts = new List<string>();
        if (boundReasons.Count > 0) facts.Add("not before " + lowerBound.ToString(CultureInfo.InvariantCulture) + " (" + boundReasons[^1] + ")");
        facts.Add("not after " + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (weekdays.Count > 0) facts.Add("the dateline is the day of or after " + string.Join(" and ", weekdays.Select(w => w.ToString())));
        var reasoning = string.Join("; ", facts);
        if (candidates.Count == 1)
        {
            return new PublicationDate(
                new PartialDate(candidates[0], dateline.Month, dateline.Day),
                $"the dateline \"{dateline.Text}\" has no year; {candidates[0]} is the only year that fits: {reasoning}");
        }
        var which = candidates.Count == 0 ? "no year fits" : "the years " + string.Join(", ", candidates) + " all fit";
        return new PublicationDate(null, $"the dateline \"{dateline.Text}\" has no year and {which}: {reasoning}");
    }

    private static bool IsQuoted(Sentence s, DateMention m) => s.InQuote[m.First];

    private static DayOfWeek Next(DayOfWeek d) => (DayOfWeek)(((int)d + 1) % 7);

    private static bool IsValid(int year, int month, int day) => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);
}
