namespace KgExport.Facts;

/// <summary>What a recognition act recognises (or withdraws).</summary>
public enum RecognitionKind
{
    State,
    Government,
    Withdrawal,
}

/// <summary>One recogniser recognising one entity (a recognition of two entities is two facts).</summary>
/// <param name="Ordinal">The recogniser's place as the source states it ("the third nation"), within the group the source names; not a count of all recognisers.</param>
/// <param name="Instrument">How the recognition was made, e.g. "letters".</param>
/// <param name="AnnouncedBy">Entity id of the person or body that made or announced it.</param>
public sealed record Recognition(
    string Recogniser,
    string Recognised,
    RecognitionKind Kind,
    FactDate? Date,
    int? Ordinal = null,
    string? Instrument = null,
    string? AnnouncedBy = null) : Fact;
