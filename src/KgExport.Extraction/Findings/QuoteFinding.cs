namespace KgExport.Extraction.Findings;

/// <summary>Words the article quotes, who said them and where (a channel, an agency, the reporter's outlet).</summary>
/// <param name="Text">The quoted words exactly as printed, without the quotation marks.</param>
public sealed class QuoteFinding(string speaker, string text, string? medium, int index) : Finding
{
    public string Speaker { get; } = speaker;
    public string Text { get; } = text;
    public string? Medium { get; } = medium;

    public override string Id => $"q-{Speaker}-{index}";
}
