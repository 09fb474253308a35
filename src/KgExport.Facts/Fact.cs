namespace KgExport.Facts;

/// <summary>
/// Something the article asserts, with the spans that show it and the sources (ids in
/// <see cref="ArticleFacts.Sources"/>) it attributes it to.
/// </summary>
public abstract record Fact
{
    public required string Id { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
    public IReadOnlyList<string> AttributedTo { get; init; } = [];

    /// <summary>
    /// For an extracted fact, how likely it is to be right (0..1, calibrated on the development articles: facts at
    /// 0.9 or more were right at least nine times in ten); null for a reviewed fact.
    /// </summary>
    public decimal? Confidence { get; init; }

    /// <summary>Reviewed by a person (the default in a facts file) or extracted by the tool and not yet reviewed.</summary>
    public ReviewStatus Review { get; init; }

    /// <summary>
    /// For a dated fact, where its date comes from (stated when a facts file does not say); null when the fact has no
    /// date or cannot have one.
    /// </summary>
    public DateBasis? DateBasis { get; init; }

    /// <summary>
    /// For an event (recognition, severance, establishment, annexation): which time the same parties did the same
    /// thing, counting from 1 ("Nauru recognised Taiwan again": 2, after a withdrawal); null for the first time or
    /// when the text does not say. It is part of the event's identity, the date is not.
    /// </summary>
    public int? Occurrence { get; init; }

    /// <summary>How the reviewer read the fact from the text, where that is not obvious.</summary>
    public string? Notes { get; init; }
}
