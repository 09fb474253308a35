namespace KgExport.Extraction.Evaluation;

/// <summary>
/// The fact kinds evaluation scores, as <c>../shared/articles/score.py</c> counts them: a recognition of a state or of
/// a government is a recognition; a withdrawal of recognition is its own kind.
/// </summary>
public enum ScoredKind
{
    Recognition,
    Withdrawal,
    Severance,
    Establishment,
    Annexation,
}
