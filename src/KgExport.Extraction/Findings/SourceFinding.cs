namespace KgExport.Extraction.Findings;

public enum SourceType
{
    Post,
    AgencyReport,
    NewsReport,
    Interview,
}

/// <summary>Whom the article credits for claims: its publisher, a news agency, a post on a channel.</summary>
public sealed record SourceFinding(string Id, SourceType Kind, string By, string? Medium, IReadOnlyList<EvidenceSpan> Evidence)
{
    /// <summary>When the report was made, where the text says ("confirmed on Thursday").</summary>
    public Dates.PartialDate? Date { get; init; }
}
