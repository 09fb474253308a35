using KgExport.Extraction.Dates;

namespace KgExport.Extraction;

/// <summary>Settings for one extraction run.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The latest date an article can have been published (bounds year inference); today by default.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A publication date given by the user (<c>--published</c>); wins over the dateline.</summary>
    public PartialDate? Published { get; init; }
}
