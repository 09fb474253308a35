using KgExport.Extraction.Dates;

namespace KgExport.Extraction.Findings;

/// <summary>
/// Something the extractor read from the text, with the spans that show it and how sure it is. Findings about
/// the same act (same actors and kind) are merged: evidence is joined, the most precise consistent date kept.
/// </summary>
public abstract class Finding
{
    public abstract string Id { get; }

    /// <summary>Tells apart two acts of the same kind between the same parties at different dates ("-2", "-3").</summary>
    public string Suffix { get; set; } = "";
    public PartialDate? Date { get; set; }

    /// <summary>How the date was read ("\"on Wednesday\" against the publication date 2022-07-14").</summary>
    public string? DateNote { get; set; }

    public List<EvidenceSpan> Evidence { get; } = [];

    /// <summary>0..1: lower when coreference, a passive or a window date was needed.</summary>
    public double Confidence { get; set; }

    /// <summary>Ids of sources (see <see cref="ExtractionResult.Sources"/>) the article credits for the finding.</summary>
    public List<string> AttributedTo { get; } = [];

    public void Absorb(Finding other)
    {
        foreach (var e in other.Evidence)
        {
            if (!Evidence.Any(x => x.Start == e.Start && x.End == e.End)) Evidence.Add(e);
        }
        foreach (var s in other.AttributedTo)
        {
            if (!AttributedTo.Contains(s)) AttributedTo.Add(s);
        }
        Confidence = Math.Max(Confidence, other.Confidence);
        if (other.Date is { } d && (Date is null || (IsPrefixOf(Date.Value, d) && Precision(d) > Precision(Date.Value))))
        {
            Date = d;
            DateNote = other.DateNote;
        }
    }

    /// <summary>True when the two dates can be one act's date: one is missing, or one refines the other.</summary>
    public bool DateAgrees(Finding other) =>
        Date is not { } a || other.Date is not { } b || IsPrefixOf(a, b) || IsPrefixOf(b, a);

    private static int Precision(PartialDate d) => d.Day is not null ? 3 : d.Month is not null ? 2 : 1;

    private static bool IsPrefixOf(PartialDate coarse, PartialDate fine) => fine.TruncateTo(coarse) == coarse;
}
