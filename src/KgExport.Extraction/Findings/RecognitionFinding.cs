namespace KgExport.Extraction.Findings;

public enum RecognitionType
{
    State,
    Government,
    Withdrawal,
}

/// <summary>One recogniser recognising (or withdrawing recognition of) one entity.</summary>
public sealed class RecognitionFinding(string recogniser, string recognised, RecognitionType kind) : Finding
{
    public string Recogniser { get; } = recogniser;
    public string Recognised { get; } = recognised;
    public RecognitionType Kind { get; } = kind;
    public int? Ordinal { get; set; }
    public string? Instrument { get; set; }
    public string? AnnouncedBy { get; set; }

    public override string Id => (Kind == RecognitionType.Withdrawal ? "wd-" : Kind == RecognitionType.Government ? "recgov-" : "rec-") + Recogniser + "--" + Recognised + Suffix;

    public void Merge(RecognitionFinding other)
    {
        Absorb(other);
        Ordinal ??= other.Ordinal;
        Instrument ??= other.Instrument;
        AnnouncedBy ??= other.AnnouncedBy;
    }
}
