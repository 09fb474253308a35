namespace KgExport.Extraction.Dates;

public enum DateMentionKind
{
    /// <summary>A calendar date with its year: "June 29, 2022", "May 2018", "in 2014".</summary>
    Absolute,

    /// <summary>A month and day without a year: "July 20".</summary>
    MonthDay,

    /// <summary>"on Wednesday": resolved against the publication date.</summary>
    Weekday,

    /// <summary>"during the following days", "the next day": a short window after the previous dated event.</summary>
    Following,

    /// <summary>"on the eve of its invasion of Ukraine": a short window before a known event.</summary>
    EveOf,

    /// <summary>"today", "yesterday": the publication date, or the day before it (<see cref="DateMention.Offset"/>).</summary>
    Today,

    /// <summary>"the next day", "the following day", "on the same day": a day counted from the previous dated day (offset 1 or 0).</summary>
    DayAfter,

    /// <summary>"in August": a month whose year comes from the sentence, the text before it or the publication date.</summary>
    MonthOnly,

    /// <summary>"the following year", "a year later", "two years later", "that same year": a year counted from the previous dated year (offset in years).</summary>
    YearAfter,

    /// <summary>"13 years ago", "a year ago": the publication year less the offset in years.</summary>
    YearsAgo,

    /// <summary>"the same month", "later that month", "that month": the month of the previous date with a month.</summary>
    SameMonth,

    /// <summary>
    /// "seven years after Riyadh cut ties", "two days before": the act of the phrase that follows, counted from the
    /// sentence's date before it (<see cref="DateMention.Offset"/> units of <see cref="DateMention.Unit"/>).
    /// </summary>
    Interval,

    /// <summary>
    /// "as of the date of the signing of this Joint Communique", "from the date of signature": the day the document
    /// was signed, as its closing line gives it ("Done in Washington, DC, on September 22nd, 2006").
    /// </summary>
    Signature,
}
