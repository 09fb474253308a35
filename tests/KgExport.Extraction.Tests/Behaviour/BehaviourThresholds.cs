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
        ["recognition/active"] = 0.95,
        ["recognition/passive-by-list"] = 0.95,
        ["recognition/by-list-dated"] = 0.94,
        ["recognition/coordinated"] = 0.95,
        ["recognition/alongside"] = 0.91,
        ["recognition/first-to"] = 0.95,
        ["recognition/statement-forms"] = 0.95,
        ["recognition/opted"] = 0.94,
        ["recognition/ordinal"] = 0.95,
        ["recognition/followed-by"] = 0.95,
        ["recognition/relative-date"] = 0.95,
        ["recognition/reduced-relative"] = 0.95,
        ["recognition/by-followed"] = 0.95,
        ["recognition/inverted-and-ditransitive"] = 0.93,
        ["recognition/proclaimed-on-region"] = 0.95,
        ["recognition/relative-clause"] = 0.95,
        ["recognition/nominal"] = 0.88,
        ["recognition/officials"] = 0.89,
        ["recognition/capital-metonym"] = 0.95,
        ["recognition/demonym-authorities"] = 0.94,
        ["recognition/independence"] = 0.78,
        ["recognition/mutual"] = 0.95,
        ["recognition/government"] = 0.95,
        ["recognition/switch-to-beijing"] = 0.70,
        ["recognition/aggregate-member"] = 0.93,
        ["recognition/quoted-names"] = 0.95,
        ["recognition/known-leaders"] = 0.94,
        ["recognition/among-the-first"] = 0.95,
        ["recognition/passive-conjunct"] = 0.95,
        ["recognition/occasion"] = 0.95,
        ["recognition/done-by-and-joined"] = 0.95,
        ["withdrawal/verbs"] = 0.95,
        ["withdrawal/ordinal"] = 0.93,
        ["withdrawal/after-recognition"] = 0.95,
        ["withdrawal/coordinated-and-officials"] = 0.95,
        ["severance/verbs"] = 0.95,
        ["severance/list"] = 0.95,
        ["severance/mutual"] = 0.95,
        ["severance/decision"] = 0.95,
        ["severance/nominal"] = 0.95,
        ["severance/passive"] = 0.95,
        ["severance/manner"] = 0.95,
        ["severance/consequence"] = 0.95,
        ["severance/metonyms-and-officials"] = 0.94,
        ["severance/broke-with-and-them"] = 0.95,
        ["severance/description-joined-repeated"] = 0.95,
        ["severance/statement-forms"] = 0.88,
        ["establishment/active"] = 0.95,
        ["establishment/mutual"] = 0.95,
        ["establishment/restoration"] = 0.95,
        ["establishment/normalisation"] = 0.70,
        ["establishment/partner-switch"] = 0.95,
        ["establishment/trailing-participle"] = 0.95,
        ["establishment/nominal"] = 0.95,
        ["establishment/lists-and-metonyms"] = 0.95,
        ["establishment/counterparts-and-recognised"] = 0.92,
        ["establishment/references"] = 0.95,
        ["annexation/active"] = 0.95,
        ["annexation/passive"] = 0.86,
        ["annexation/incorporation"] = 0.95,
        ["annexation/nominal"] = 0.84,
        ["annexation/coordinated"] = 0.83,
        ["annexation/pronoun-and-later"] = 0.95,
        ["annexation/law-and-province"] = 0.94,
        ["annexation/proclaimed-and-integrated"] = 0.91,
        ["dates/the-next-day"] = 0.80,
    };

    // The measured false-fact rate plus three points. The target for hard negatives is zero facts; the
    // territorial-claims group is still above it.
    public static readonly IReadOnlyDictionary<string, double> MaximumFalseFactRate = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["negative/negation"] = 0.03,
        ["negative/modality"] = 0.03,
        ["negative/condition"] = 0.03,
        ["negative/denial"] = 0.03,
        ["negative/other-senses"] = 0.03,
        ["negative/territorial-claims"] = 0.03,
        ["negative/aggregates"] = 0.03,
        ["negative/questions"] = 0.03,
        ["negative/diplomatic-protest"] = 0.03,
        ["negative/calls"] = 0.03,
        ["negative/lookalike-frames"] = 0.03,
    };
}
