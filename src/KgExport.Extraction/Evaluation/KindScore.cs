namespace KgExport.Extraction.Evaluation;

/// <summary>Counts for one fact kind, with the gold facts missed and the extracted facts the gold does not have.</summary>
public sealed class KindScore
{
    public int TruePositives { get; set; }
    public List<ScoredFact> Missed { get; } = [];
    public List<ScoredFact> False { get; } = [];

    public int FalseNegatives => Missed.Count;
    public int FalsePositives => False.Count;

    /// <summary>True when neither gold nor extraction has any fact of this kind (scores are then reported as n/a).</summary>
    public bool IsEmpty => TruePositives + FalseNegatives + FalsePositives == 0;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(KindScore other)
    {
        TruePositives += other.TruePositives;
        Missed.AddRange(other.Missed);
        False.AddRange(other.False);
    }
}
