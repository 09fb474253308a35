namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Which date forms a template's grammar allows for its <c>{when}</c> slot.</summary>
internal enum DateSet
{
    /// <summary>Every form: a past-tense event ("recognised Y on ...").</summary>
    Any,

    /// <summary>Dates written out in the sentence itself: background clauses and multi-date sentences.</summary>
    Absolute,

    /// <summary>A present perfect ("has recognised"): no date, or "today" in a dated statement.</summary>
    Perfect,

    /// <summary>No date at all.</summary>
    None,

    /// <summary>A date to the day written in the sentence, so that "the next day" has a date.</summary>
    Day,
}

internal static class DateSets
{
    public static readonly IReadOnlyList<DateForm> AbsoluteForms = [DateForm.DayMonthYear, DateForm.MonthDayYear, DateForm.MonthYear, DateForm.Year];

    public static IReadOnlyList<DateForm> Forms(this DateSet set) => set switch
    {
        DateSet.Any => Enum.GetValues<DateForm>(),
        DateSet.Absolute => AbsoluteForms,
        DateSet.Perfect => [DateForm.None, DateForm.TodayUnderStatementHeader],
        // not the forms tied to the story's own date: the next day may lie after the story was written
        DateSet.Day => [DateForm.DayMonthYear, DateForm.MonthDayYear],
        _ => [DateForm.None],
    };
}
