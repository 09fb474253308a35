using KgExport.Facts;

namespace KgExport.Publishing.QuickStatements;

/// <summary>
/// Whether a fact has been reviewed by a person, the one test a batch applies before anything reaches a public
/// knowledge base: extracted facts never do, however confident the extractor was.
/// </summary>
/// <remarks>
/// Until the facts carry a typed review status, an extracted fact is one with an extraction confidence (the
/// extractor sets it; reviewed facts have none). When the status lands, this is the only line to change.
/// </remarks>
public static class FactReview
{
    /// <summary>Null for a reviewed fact, else why it may not be written.</summary>
    public static string? NotReviewed(Fact fact) =>
        fact.Confidence is { } confidence
            ? $"extracted automatically (confidence {confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}), not reviewed: extracted facts are never written to a batch"
            : null;
}
