using System.Globalization;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>A date form filled in: the phrase for the sentence, what the story puts before the sentence, and the expected date.</summary>
internal sealed record DateRendering(string Phrase, string Frame, string? Expected)
{
    public static readonly DateRendering Nothing = new("", "", null);

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>Wire-story places that are no state's capital, so the dateline adds no actor.</summary>
    private static readonly string[] DatelinePlaces = ["GENEVA", "NEW YORK", "ISTANBUL", "DUBAI", "JOHANNESBURG", "SYDNEY", "HONG KONG", "SAO PAULO"];

    private static readonly string[] Agencies = [" (Reuters)", " (AP)", " (AFP)", ""];

    /// <summary>Days before the dateline an "on Wednesday" event may lie: wire stories name this week's days.</summary>
    private const int LatestWeekdayOffset = 3;

    public static DateRendering Render(DateForm form, Random random)
    {
        var date = RandomDate(random);
        switch (form)
        {
            case DateForm.None:
                return Nothing;
            case DateForm.DayMonthYear:
            case DateForm.MonthDayYear:
            case DateForm.MonthYear:
            case DateForm.Year:
                return Absolute(form, date);
            case DateForm.WeekdayUnderDateline:
                {
                    var offset = random.Next(LatestWeekdayOffset + 1);
                    var story = date.AddDays(offset);
                    return new DateRendering("on " + date.DayOfWeek, Dateline(story, random), Iso(date));
                }
            case DateForm.MonthDayUnderDateline:
                {
                    var story = date.AddDays(random.Next(0, 15));
                    if (story.Year != date.Year) story = date;
                    var phrase = random.Next(2) == 0 ? $"on {Months[date.Month - 1]} {date.Day}" : $"on {date.Day} {Months[date.Month - 1]}";
                    return new DateRendering(phrase, Dateline(story, random), Iso(date));
                }
            case DateForm.TodayUnderStatementHeader:
                return new DateRendering("today", StatementHeader(date, random), Iso(date));
            case DateForm.MonthAfterYearSentence:
                {
                    var lead = random.Next(3) switch
                    {
                        0 => $"Diplomatic activity in the region intensified in {date.Year}. ",
                        1 => $"The dispute dominated the agenda throughout {date.Year}. ",
                        _ => $"{date.Year} was a year of rapid change for the region. ",
                    };
                    return new DateRendering("in " + Months[date.Month - 1], lead, $"{date.Year:D4}-{date.Month:D2}");
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }
    }

    /// <summary>
    /// Dates written in the sentence, for a by-list with a date per item; ascending, as such lists run. When one
    /// list repeats a year or month, the phrases are still correct, only less precise.
    /// </summary>
    public static IReadOnlyList<DateRendering> RenderSequence(int count, Random random)
    {
        var dates = Enumerable.Range(0, count).Select(_ => RandomDate(random)).Order().ToArray();
        return [.. dates.Select(d => Absolute(DateSets.AbsoluteForms[random.Next(DateSets.AbsoluteForms.Count)], d))];
    }

    private static DateRendering Absolute(DateForm form, DateOnly d) => form switch
    {
        DateForm.DayMonthYear => new($"on {d.Day} {Months[d.Month - 1]} {d.Year}", "", Iso(d)),
        DateForm.MonthDayYear => new($"on {Months[d.Month - 1]} {d.Day}, {d.Year}", "", Iso(d)),
        DateForm.MonthYear => new($"in {Months[d.Month - 1]} {d.Year}", "", $"{d.Year:D4}-{d.Month:D2}"),
        _ => new($"in {d.Year}", "", $"{d.Year:D4}"),
    };

    private static string Dateline(DateOnly story, Random random) =>
        $"{DatelinePlaces[random.Next(DatelinePlaces.Length)]}, {Months[story.Month - 1]} {story.Day}, {story.Year}{Agencies[random.Next(Agencies.Length)]} - ";

    private static string StatementHeader(DateOnly date, Random random)
    {
        var us = $"{Months[date.Month - 1]} {date.Day}, {date.Year}";
        var uk = $"{date.Day} {Months[date.Month - 1]} {date.Year}";
        var weekday = date.DayOfWeek.ToString();
        return random.Next(6) switch
        {
            0 => $"Press Statement\n{PersonNames.Pick(random)}, Department Spokesperson\n{us}\n\n",
            1 => $"Statement by the Ministry of Foreign Affairs\n{uk}\n\n",
            2 => $"Published: {weekday}, {uk}, {random.Next(8, 20)}:{random.Next(10, 60)}\n\n",
            3 => $"Posted on {Iso(date)} by the press office\n\n",
            4 => $"Issued on {weekday} {uk}\n\n",
            _ => $"Office of the Spokesperson\nFor Immediate Release\n{us}\n\n",
        };
    }

    /// <summary>A day from 1991 to 2025: after the Cold War, before the fixed "today" of the tests.</summary>
    private static DateOnly RandomDate(Random random) => new DateOnly(1991, 1, 1).AddDays(random.Next(365 * 35));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
