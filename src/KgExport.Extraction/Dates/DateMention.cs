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

    /// <summary>Days after the reference day, for <see cref="DateMentionKind.Today"/> and <see cref="DateMentionKind.DayAfter"/>.</summary>
    public int Offset { get; init; }
}
