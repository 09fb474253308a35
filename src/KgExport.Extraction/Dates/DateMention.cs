namespace KgExport.Extraction.Dates;

/// <summary>
/// A date expression in a sentence, by token range (inclusive). <see cref="IsEventDate"/> is false for
/// expressions that bound a state rather than date an act ("since 2014", "as of 4 September 2020", "from 1992 to 2022").
/// </summary>
public sealed record DateMention(int First, int Last, DateMentionKind Kind)
{
    public PartialDate? Date { get; init; }
    public int Month { get; init; }
    public int Day { get; init; }
    public DayOfWeek Weekday { get; init; }
    public KnownEvent? Event { get; init; }
    public bool IsEventDate { get; init; } = true;

    /// <summary>
    /// Days after the reference day, for <see cref="DateMentionKind.Today"/> and <see cref="DateMentionKind.DayAfter"/>;
    /// years for <see cref="DateMentionKind.YearAfter"/>; units of <see cref="Unit"/> for <see cref="DateMentionKind.Interval"/>.
    /// </summary>
    public int Offset { get; init; }

    /// <summary>The unit of an <see cref="DateMentionKind.Interval"/>.</summary>
    public IntervalUnit Unit { get; init; }

    /// <summary>An interval whose length the text hedges or leaves out ("more than three years after", "days after").</summary>
    public bool Approximate { get; init; }

    /// <summary>An interval that reaches back from the sentence's date ("after"), not forward ("before").</summary>
    public bool Backward { get; init; }

    /// <summary>"with immediate effect", "effective immediately": an act announced to take effect as the text is issued.</summary>
    public bool Immediate { get; init; }
}

/// <summary>The unit of an interval between two acts ("seven years after", "two days before").</summary>
public enum IntervalUnit
{
    Day,
    Week,
    Month,
    Year,
    Decade,
}
