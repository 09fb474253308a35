namespace KgExport.Extraction.Facts;

/// <summary>
/// Something the article asserts, with the spans that show it and the sources (ids in
/// <see cref="ArticleFacts.Sources"/>) it attributes it to.
/// </summary>
public abstract record Fact
{
    public required string Id { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
    public IReadOnlyList<string> AttributedTo { get; init; } = [];

    /// <summary>How the reviewer read the fact from the text, where that is not obvious.</summary>
    public string? Notes { get; init; }
}
