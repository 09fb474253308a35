using KgExport.Extraction.Dates;

namespace KgExport.Extraction.Evaluation;

/// <summary>
/// A fact reduced to what evaluation compares: its kind, the two actors (normalised to gazetteer ids where the
/// gazetteer knows them), the recognition kind ("state", "government"; empty for other kinds) and its date.
/// </summary>
public sealed record ScoredFact(ScoredKind Kind, string First, string Second, string Subkind, PartialDate? Date)
{
    /// <summary>
    /// True when <paramref name="extracted"/> states this reference fact: the same kind and the same actors in the
    /// same roles, or in either order for an establishment (its two parties have no roles). As in score.py, the date
    /// and the recognition's state/government kind are not part of the match: a matched fact's date is scored
    /// apart (<see cref="DateExact"/>).
    /// </summary>
    public bool MatchedBy(ScoredFact extracted) =>
        Kind == extracted.Kind
        && ((First == extracted.First && Second == extracted.Second)
            || (Kind == ScoredKind.Establishment && First == extracted.Second && Second == extracted.First));

    /// <summary>True when the reference gives a date and <paramref name="extracted"/> has exactly that date, at the same precision.</summary>
    public bool DateExact(ScoredFact extracted) => Date is not null && extracted.Date == Date;

    public override string ToString()
    {
        // An establishment's parties in a fixed order, so that A-B and B-A read the same.
        var (a, b) = Kind == ScoredKind.Establishment && string.CompareOrdinal(First, Second) > 0 ? (Second, First) : (First, Second);
        return Kind switch
        {
            ScoredKind.Recognition => $"{a} recognises {b} ({Subkind})",
            ScoredKind.Withdrawal => $"{a} withdraws recognition of {b}",
            ScoredKind.Severance => $"{a} severs relations with {b}",
            ScoredKind.Establishment => $"{a} and {b} establish relations",
            _ => $"{a} annexes {b}",
        } + (Date is { } d ? " on " + d : ", no date");
    }
}
