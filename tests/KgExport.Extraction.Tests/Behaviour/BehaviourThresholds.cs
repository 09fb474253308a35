namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// What the suite requires of the extractor, in one place. Positive phenomena: the least share of sentences whose
/// scored facts (kind, participants, date) come out exactly as built. Negative phenomena: the largest share of
/// sentences allowed to give any scored fact.
/// </summary>
internal static class BehaviourThresholds
{
    // Each minimum is the rate the clause-reading extractor measured (behaviour-report.md), less five points and
    // rounded down; each maximum the measured false-fact rate plus three points. A regression fails the build.
    public static readonly IReadOnlyDictionary<string, double> MinimumPassRate = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["recognition/active"] = 0.74,
        ["recognition/passive-by-list"] = 0.73,
        ["recognition/by-list-dated"] = 0.69,
        ["recognition/coordinated"] = 0.70,
        ["recognition/alongside"] = 0.38,
        ["recognition/first-to"] = 0.37,
        ["recognition/opted"] = 0.76,
        ["recognition/ordinal"] = 0.72,
        ["recognition/relative-clause"] = 0.67,
        ["recognition/nominal"] = 0.53,
        ["recognition/officials"] = 0.29,
        ["recognition/capital-metonym"] = 0.74,
        ["recognition/demonym-authorities"] = 0.77,
        ["recognition/independence"] = 0.23,
        ["recognition/mutual"] = 0.76,
        ["recognition/government"] = 0.37,
        ["recognition/switch-to-beijing"] = 0.57,
        ["recognition/aggregate-member"] = 0.00,
        ["recognition/quoted-names"] = 0.15,
        ["withdrawal/verbs"] = 0.60,
        ["withdrawal/ordinal"] = 0.75,
        ["withdrawal/after-recognition"] = 0.62,
        ["withdrawal/coordinated-and-officials"] = 0.52,
        ["severance/verbs"] = 0.71,
        ["severance/list"] = 0.75,
        ["severance/mutual"] = 0.40,
        ["severance/decision"] = 0.71,
        ["severance/nominal"] = 0.42,
        ["severance/passive"] = 0.34,
        ["severance/consequence"] = 0.52,
        ["severance/metonyms-and-officials"] = 0.74,
        ["establishment/active"] = 0.69,
        ["establishment/mutual"] = 0.76,
        ["establishment/restoration"] = 0.69,
        ["establishment/normalisation"] = 0.57,
        ["establishment/nominal"] = 0.76,
        ["establishment/lists-and-metonyms"] = 0.76,
        ["annexation/active"] = 0.78,
        ["annexation/passive"] = 0.68,
        ["annexation/incorporation"] = 0.76,
        ["annexation/nominal"] = 0.73,
        ["annexation/coordinated"] = 0.64,
        ["dates/the-next-day"] = 0.80,
    };

    // The measured false-fact rate plus three points. The target for hard negatives is zero facts; the
    // territorial-claims group is still above it.
    public static readonly IReadOnlyDictionary<string, double> MaximumFalseFactRate = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["negative/negation"] = 0.03,
        ["negative/modality"] = 0.03,
        ["negative/condition"] = 0.03,
        ["negative/denial"] = 0.09,
        ["negative/other-senses"] = 0.03,
        ["negative/territorial-claims"] = 0.22,
        ["negative/aggregates"] = 0.03,
        ["negative/questions"] = 0.03,
        ["negative/diplomatic-protest"] = 0.03,
        ["negative/calls"] = 0.03,
    };
}
