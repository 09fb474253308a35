namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>How a sentence gives the date of its fact; some forms need the story's own date (dateline, header).</summary>
internal enum DateForm
{
    None,

    /// <summary>"on 5 March 2008"</summary>
    DayMonthYear,

    /// <summary>"on March 5, 2008"</summary>
    MonthDayYear,

    /// <summary>"in March 2008"</summary>
    MonthYear,

    /// <summary>"in 2008"</summary>
    Year,

    /// <summary>"on Wednesday" in a story under a dated dateline ("GENEVA, March 6, 2008 (Reuters) - ").</summary>
    WeekdayUnderDateline,

    /// <summary>"on March 4" in a story under a dated dateline that gives the year.</summary>
    MonthDayUnderDateline,

    /// <summary>"today" in a statement whose header carries the date on its own line.</summary>
    TodayUnderStatementHeader,

    /// <summary>"in March", the year given by the sentence before.</summary>
    MonthAfterYearSentence,
}
