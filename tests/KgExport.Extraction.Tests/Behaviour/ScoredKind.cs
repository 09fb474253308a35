namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>The kinds the behavioural suite scores; recognitions split by what is recognised.</summary>
internal enum ScoredKind
{
    StateRecognition,
    GovernmentRecognition,
    Withdrawal,
    Severance,
    Establishment,
    Annexation,
}
