using KgExport.Extraction.Dates;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Findings;

/// <summary>Everything extracted from one article, in a deterministic order.</summary>
public sealed class ExtractionResult
{
    public required string ArticleId { get; init; }
    public string? Headline { get; init; }
    public required PublicationDate Published { get; init; }
    public string? Dateline { get; init; }
    public string? Publisher { get; init; }
    public List<ExtractedEntity> Entities { get; init; } = [];
    public List<Person> Persons { get; init; } = [];
    public List<SourceFinding> Sources { get; init; } = [];
    public List<RecognitionFinding> Recognitions { get; init; } = [];
    public List<SeveranceFinding> Severances { get; init; } = [];
    public List<EstablishmentFinding> Establishments { get; init; } = [];
    public List<AnnexationFinding> Annexations { get; init; } = [];
    public List<StanceFinding> Stances { get; init; } = [];
    public List<QuoteFinding> Quotes { get; init; } = [];
    public List<string> Notes { get; init; } = [];
}
