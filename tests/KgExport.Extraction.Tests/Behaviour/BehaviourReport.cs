using System.Globalization;
using System.Text;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>The suite's results as markdown: one table for positive phenomena, one for negatives, one by date form, then sample failures.</summary>
internal static class BehaviourReport
{
    private const int FailuresShown = 3;

    public static string Markdown(IReadOnlyList<PhenomenonResult> results, TimeSpan elapsed)
    {
        var sb = new StringBuilder();
        var positives = results.Where(r => !r.Phenomenon.IsNegative).ToList();
        var negatives = results.Where(r => r.Phenomenon.IsNegative).ToList();
        var all = results.SelectMany(r => r.Outcomes).ToList();
        sb.AppendLine("# Behavioural suite: extraction of generated sentences");
        sb.AppendLine();
        sb.AppendLine(Invariant($"{all.Count} sentences from {results.Count} phenomena, extracted in {elapsed.TotalSeconds:F1} s."));
        sb.AppendLine("A positive sentence passes when its scored facts (kind, participants, date) are exactly the ones it was built with;");
        sb.AppendLine("a negative sentence passes when it gives no scored fact.");
        sb.AppendLine();

        sb.AppendLine("## Positive phenomena");
        sb.AppendLine();
        sb.AppendLine("| phenomenon | sentences | pass | pass ignoring dates | facts found | extra facts | minimum |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in positives)
        {
            sb.AppendLine(Invariant($"| {r.Phenomenon.Name} | {r.Sentences} | {Pct(r.PassRate)} | {Pct(r.PassRateIgnoringDates)} | {r.FoundExpected}/{r.ExpectedFacts} | {r.ExtraFacts} | {Pct(BehaviourThresholds.MinimumPassRate[r.Phenomenon.Name], 0)} |"));
        }
        var p = positives.SelectMany(r => r.Outcomes).ToList();
        sb.AppendLine(Invariant($"| **all positives** | {p.Count} | {Pct(Share(p, o => o.Exact))} | {Pct(Share(p, o => o.ExactIgnoringDates))} | {p.Sum(o => o.Case.Expected.Count - o.Missed)}/{p.Sum(o => o.Case.Expected.Count)} | {p.Sum(o => o.Extra)} | |"));
        sb.AppendLine();

        sb.AppendLine("## Negative phenomena");
        sb.AppendLine();
        sb.AppendLine("| phenomenon | sentences | no fact | sentences with a false fact | false facts | maximum false-fact rate |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in negatives)
        {
            sb.AppendLine(Invariant($"| {r.Phenomenon.Name} | {r.Sentences} | {Pct(r.PassRate)} | {Pct(r.FalseFactRate)} | {r.ExtraFacts} | {Pct(BehaviourThresholds.MaximumFalseFactRate[r.Phenomenon.Name], 0)} |"));
        }
        var n = negatives.SelectMany(r => r.Outcomes).ToList();
        sb.AppendLine(Invariant($"| **all negatives** | {n.Count} | {Pct(Share(n, o => o.Exact))} | {Pct(Share(n, o => o.Extra > 0))} | {n.Sum(o => o.Extra)} | |"));
        sb.AppendLine();

        sb.AppendLine("## Positive sentences by date form");
        sb.AppendLine();
        sb.AppendLine("| date form | sentences | pass | pass ignoring dates |");
        sb.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var g in p.GroupBy(Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = g.ToList();
            sb.AppendLine(Invariant($"| {g.Key} | {list.Count} | {Pct(Share(list, o => o.Exact))} | {Pct(Share(list, o => o.ExactIgnoringDates))} |"));
        }
        sb.AppendLine();

        sb.AppendLine(Invariant($"## Sample failures (first {FailuresShown} of each phenomenon)"));
        foreach (var r in results.Where(r => r.Failures.Any()))
        {
            sb.AppendLine();
            sb.AppendLine("### " + r.Phenomenon.Name);
            foreach (var o in r.Failures.Take(FailuresShown))
            {
                sb.AppendLine();
                sb.AppendLine("    " + o.Case.Text.Replace("\n", "\n    ", StringComparison.Ordinal));
                sb.AppendLine();
                sb.AppendLine("- expected: " + Facts(o.Case.Expected));
                sb.AppendLine("- found: " + Facts(o.Found));
            }
        }
        return sb.ToString();
    }

    /// <summary>The date form, or "per-item dates" for by-lists whose dates are all written in full.</summary>
    private static string Label(CaseOutcome o) =>
        o.Case.DateForm == DateForm.None && o.Case.Expected.Any(f => f.Date is not null) ? "per-item dates" : o.Case.DateForm.ToString();

    private static string Facts(IEnumerable<ScoredFact> facts)
    {
        var list = facts.Select(f => "`" + f + "`").Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private static double Share(IReadOnlyCollection<CaseOutcome> outcomes, Func<CaseOutcome, bool> ok) =>
        outcomes.Count == 0 ? 0.0 : (double)outcomes.Count(ok) / outcomes.Count;

    private static string Pct(double rate, int decimals = 1) => (rate * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
