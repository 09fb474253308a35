using KgExport.Extraction.Dates;

namespace KgExport.Extraction.Evaluation;

/// <summary>
/// A fact reduced to what evaluation compares: its kind, the two actors (normalised to gazetteer ids where the
/// gazetteer knows them), the recognition kind ("state", "government", "withdrawal"; empty for other kinds) and
/// its date.
/// </summary>
public sealed record ScoredFact(ScoredKind Kind, string First, string Second, string Subkind, PartialDate? Date)
{
    /// <summary>
    /// True when <paramref name="extracted"/> states this gold fact: same kind, actors and subkind, and the same date
    /// at the gold's precision (a gold fact without a date accepts any date).
    /// </summary>
    public bool MatchedBy(ScoredFact extracted)
    {
        if (Kind != extracted.Kind || First != extracted.First || Second != extracted.Second || Subkind != extracted.Subkind) return false;
        if (Date is not { } gold) return true;
        return extracted.Date is { } got && got.TruncateTo(gold) == gold && Precision(got) >= Precision(gold);
    }

    public override string ToString() =>
        Kind switch
        {
            ScoredKind.Recognition => $"{First} recognises {Second} ({Subkind})",
            ScoredKind.Severance => $"{First} severs relations with {Second}",
            _ => $"{First} annexes {Second}",
        } + (Date is { } d ? " on " + d : ", no date");

    private static int Precision(PartialDate d) => d.Day is not null ? 3 : d.Month is not null ? 2 : 1;
}
