namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// One fact as the suite compares it: kind, the two participant ids and the date at the precision the text
/// gives (ISO, or null). An establishment has no direction, so its participants are kept in ordinal order.
/// </summary>
internal sealed record ScoredFact(ScoredKind Kind, string First, string Second, string? Date)
{
    /// <summary>
    /// Built facts in the form the guidelines give them: an establishment's parties in ordinal order, and
    /// recognising the PRC or Taiwan, rival governments of China, as a recognition of a government; "China" before 1949 as Taiwan.
    /// </summary>
    public static ScoredFact Of(ScoredKind kind, string first, string second, string? date)
    {
        if (kind == ScoredKind.StateRecognition && second is "china" or "taiwan") kind = ScoredKind.GovernmentRecognition;
        // "China" before 1 October 1949 is the Republic of China (Gazetteer.AtDate)
        var at = date is not null && Dates.PartialDate.TryParseIsoPrefix(date, out var d) ? d : (Dates.PartialDate?)null;
        (first, second) = (Gazetteer.Gazetteer.AtDate(first, at), Gazetteer.Gazetteer.AtDate(second, at));
        return kind == ScoredKind.Establishment && string.CompareOrdinal(first, second) > 0
            ? new ScoredFact(kind, second, first, date)
            : new ScoredFact(kind, first, second, date);
    }

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
