namespace KgExport.Extraction.Evaluation;

/// <summary>
/// Counts for one fact kind, with the reference facts missed, the extracted facts the reference does not have, and
/// the matched facts whose date is not the reference's.
/// </summary>
public sealed class KindScore
{
    public int TruePositives { get; set; }
    public List<ScoredFact> Missed { get; } = [];
    public List<ScoredFact> False { get; } = [];

    /// <summary>Matched facts whose reference gives a date and whose extracted date is exactly that date.</summary>
    public int DatesExact { get; set; }

    /// <summary>Matched facts whose reference gives a date that the extracted fact does not have exactly.</summary>
    public List<(ScoredFact Reference, ScoredFact Extracted)> WrongDates { get; } = [];

    public int FalseNegatives => Missed.Count;
    public int FalsePositives => False.Count;

    /// <summary>Matched facts whose reference gives a date: the denominator of date accuracy.</summary>
    public int DatesCompared => DatesExact + WrongDates.Count;

    /// <summary>True when neither the reference nor extraction has any fact of this kind (scores are then reported as n/a).</summary>
    public bool IsEmpty => TruePositives + FalseNegatives + FalsePositives == 0;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(KindScore other)
    {
        TruePositives += other.TruePositives;
        DatesExact += other.DatesExact;
        Missed.AddRange(other.Missed);
        False.AddRange(other.False);
        WrongDates.AddRange(other.WrongDates);
    }
}
