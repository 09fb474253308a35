namespace KgExport.Extraction.Evaluation;

/// <summary>The fact kinds evaluation scores.</summary>
public enum ScoredKind
{
    Recognition,
    Severance,
    Annexation,
}
