using KgExport.Facts;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>The scored facts of an extraction, in the suite's terms.</summary>
internal static class ExtractedFacts
{
    public static IReadOnlySet<ScoredFact> Of(ArticleFacts facts)
    {
        var set = new HashSet<ScoredFact>();
        foreach (var r in facts.Recognitions)
        {
            var kind = r.Kind.IsWithdrawal ? ScoredKind.Withdrawal
                : r.Kind.Of == RecognitionOf.Government ? ScoredKind.GovernmentRecognition
                : ScoredKind.StateRecognition;
            set.Add(ScoredFact.Of(kind, r.Recogniser, r.Recognised, r.Date?.ToString()));
        }
        foreach (var s in facts.Severances) set.Add(ScoredFact.Of(ScoredKind.Severance, s.By, s.With, s.Date?.ToString()));
        foreach (var a in facts.Annexations) set.Add(ScoredFact.Of(ScoredKind.Annexation, a.Annexer, a.Annexed, a.Date?.ToString()));
        foreach (var e in facts.Establishments) set.Add(ScoredFact.Of(ScoredKind.Establishment, e.Between[0], e.Between[1], e.Date?.ToString()));
        return set;
    }
}
