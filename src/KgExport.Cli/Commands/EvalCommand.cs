using System.CommandLine;
using System.Globalization;
using KgExport.Extraction;
using KgExport.Extraction.Evaluation;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport eval &lt;dir&gt; [--gold DIR] [--min-f1 X]</c>: extracts every article in a directory that has reference
/// facts and reports, as <c>../shared/articles/score.py</c> counts them, precision, recall and F1 per fact kind
/// (recognition, withdrawal, severance, establishment, annexation; a fact matches when its kind and actors do, an
/// establishment's two parties in either order) and how many matched facts have exactly the reference's date, per
/// article and overall, with every missed fact, every false fact and every wrong date. A kind is scored for an
/// article only where its reference has that key. Exit 1 when the overall F1 of a kind is below <c>--min-f1</c>,
/// 2 on usage or input errors.
/// </summary>
public static class EvalCommand
{
    public static Command Create(Terminal terminal)
    {
        var directory = new Argument<string>("dir")
        {
            Description = "A directory of articles (.txt, .html). Each needs reference facts: X.facts.json beside it, gold/X.json under it, or in --gold.",
        };
        var gold = new Option<string?>("--gold")
        {
            Description = "A directory holding the reference facts (X.facts.json or X.json) for the articles.",
            HelpName = "dir",
        };
        var minF1 = new Option<double?>("--min-f1")
        {
            Description = "Fail (exit 1) when the overall F1 of any fact kind is below this value (0..1).",
            HelpName = "x",
        };
        var published = new Option<string?>("--published")
        {
            Description = "A publication date (YYYY, YYYY-MM or YYYY-MM-DD) to use for every article instead of the one each article gives.",
            HelpName = "date",
        };
        var command = new Command("eval", "Score extraction against reference facts: precision, recall and F1 per fact kind, and dates exact on matched facts.")
        {
            directory, gold, minF1, published,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var threshold = parseResult.GetValue(minF1);
            if (threshold is < 0 or > 1) throw new UsageException("--min-f1: expected a number between 0 and 1");
            var options = new ExtractionOptions { Published = ExtractCommand.ParsePublished(parseResult.GetValue(published)) };
            var (scores, skipped) = Evaluator.EvaluateDirectory(parseResult.GetRequiredValue(directory), parseResult.GetValue(gold), options, cancellationToken);
            if (scores.Count == 0) throw new UsageException($"{parseResult.GetRequiredValue(directory)}: no article with reference facts");
            return Report(scores, skipped, threshold, terminal.Output);
        });
        return command;
    }

    internal static int Report(List<ArticleScore> scores, List<string> skipped, double? threshold, TextWriter o)
    {
        var totals = new SortedDictionary<ScoredKind, KindScore>();
        foreach (var kind in Enum.GetValues<ScoredKind>()) totals[kind] = new KindScore();
        o.WriteLine($"{"article",-58} {"kind",-13} {"P",6} {"R",6} {"F1",6}  {"tp",3} {"fp",3} {"fn",3}  dates exact");
        foreach (var s in scores)
        {
            foreach (var (kind, k) in s.Kinds)
            {
                totals[kind].Add(k);
                if (!k.IsEmpty) o.WriteLine(Row(s.ArticleId, KindName(kind), k));
            }
            if (s.Kinds.Values.All(k => k.IsEmpty)) o.WriteLine($"{s.ArticleId,-58} (no fact in the reference and none extracted)");
        }
        var all = new KindScore();
        foreach (var (kind, k) in totals)
        {
            o.WriteLine(Row("ALL", KindName(kind), k));
            all.Add(k);
        }
        o.WriteLine(Row("ALL", "all kinds", all));
        foreach (var s in scores)
        {
            foreach (var (_, k) in s.Kinds)
            {
                foreach (var m in k.Missed) o.WriteLine($"missed  {s.ArticleId}: {m}");
                foreach (var f in k.False) o.WriteLine($"false   {s.ArticleId}: {f}");
                foreach (var (reference, extracted) in k.WrongDates)
                {
                    o.WriteLine($"date    {s.ArticleId}: {reference}; extracted {(extracted.Date is { } d ? d.ToString() : "no date")}");
                }
            }
        }
        foreach (var path in skipped) o.WriteLine($"skipped {path}: no reference facts");
        if (threshold is { } min)
        {
            var failing = totals.Where(t => !t.Value.IsEmpty && t.Value.F1 < min).Select(t => KindName(t.Key)).ToList();
            if (failing.Count > 0)
            {
                o.WriteLine($"FAIL: F1 below {min.ToString(CultureInfo.InvariantCulture)} for {string.Join(", ", failing)}");
                return ExitCodes.DataInvalid;
            }
        }
        return ExitCodes.Ok;
    }

    private static string KindName(ScoredKind kind) => kind.ToString().ToLowerInvariant();

    private static string Row(string article, string kind, KindScore k)
    {
        var dates = k.DatesCompared == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{k.DatesExact}/{k.DatesCompared}");
        return k.IsEmpty
            ? $"{article,-58} {kind,-13} {"n/a",6} {"n/a",6} {"n/a",6}  {0,3} {0,3} {0,3}  {dates}"
            : string.Create(CultureInfo.InvariantCulture, $"{article,-58} {kind,-13} {k.Precision,6:0.000} {k.Recall,6:0.000} {k.F1,6:0.000}  {k.TruePositives,3} {k.FalsePositives,3} {k.FalseNegatives,3}  {dates}");
    }
}
