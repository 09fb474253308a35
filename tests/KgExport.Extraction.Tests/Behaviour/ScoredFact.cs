namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// One fact as the suite compares it: kind, the two participant ids and the date at the precision the text
/// gives (ISO, or null). An establishment has no direction, so its participants are kept in ordinal order.
/// </summary>
internal sealed record ScoredFact(ScoredKind Kind, string First, string Second, string? Date)
{
    public static ScoredFact Of(ScoredKind kind, string first, string second, string? date) =>
        kind == ScoredKind.Establishment && string.CompareOrdinal(first, second) > 0
            ? new ScoredFact(kind, second, first, date)
            : new ScoredFact(kind, first, second, date);

    public ScoredFact WithoutDate() => this with { Date = null };

    public override string ToString()
    {
        var verb = Kind switch
        {
            ScoredKind.StateRecognition => "recognises",
            ScoredKind.GovernmentRecognition => "recognises-government",
            ScoredKind.Withdrawal => "withdraws",
            ScoredKind.Severance => "severs",
            ScoredKind.Establishment => "establishes-with",
            _ => "annexes",
        };
        return $"{First} {verb} {Second} {Date ?? "-"}";
    }
}
