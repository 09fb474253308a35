using System.CommandLine;
using System.Globalization;
using KgExport.Extraction;
using KgExport.Extraction.Evaluation;
using KgExport.Extraction.Text;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport eval &lt;dir&gt; [--gold DIR] [--min-f1 X]</c>: extracts every article in a directory that has reference
/// facts and reports precision, recall and F1 per fact kind (recogniser, recognised, kind and date at the reference's
/// precision must all match), per article and overall, with every missed and every false fact. Exit 1 when the
/// overall F1 of a kind is below <c>--min-f1</c>, 2 on usage or input errors.
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
        var command = new Command("eval", "Score extraction against reference facts: precision, recall and F1 per fact kind.")
        {
            directory, gold, minF1, published,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var threshold = parseResult.GetValue(minF1);
            if (threshold is < 0 or > 1) throw new UsageException("--min-f1: expected a number between 0 and 1");
            var options = new ExtractionOptions { Published = ExtractCommand.ParsePublished(parseResult.GetValue(published)) };
            List<ArticleScore> scores;
            List<string> skipped;
            try
            {
                (scores, skipped) = Evaluator.EvaluateDirectory(parseResult.GetRequiredValue(directory), parseResult.GetValue(gold), options, cancellationToken);
            }
            catch (Exception e) when (e is EvaluationException or ArticleReadException)
            {
                throw new UsageException(e.Message);
            }
            if (scores.Count == 0) throw new UsageException($"{parseResult.GetRequiredValue(directory)}: no article with reference facts");
            return Report(scores, skipped, threshold, terminal.Output);
        });
        return command;
    }

    internal static int Report(List<ArticleScore> scores, List<string> skipped, double? threshold, TextWriter o)
    {
        var totals = new SortedDictionary<ScoredKind, KindScore>();
        foreach (var kind in Enum.GetValues<ScoredKind>()) totals[kind] = new KindScore();
        o.WriteLine($"{"article",-58} {"kind",-12} {"P",6} {"R",6} {"F1",6}  tp fp fn");
        foreach (var s in scores)
        {
            foreach (var (kind, k) in s.Kinds)
            {
                totals[kind].Add(k);
                if (!k.IsEmpty) o.WriteLine(Row(s.ArticleId, kind, k));
            }
        }
        foreach (var (kind, k) in totals) o.WriteLine(Row("ALL", kind, k));
        foreach (var s in scores)
        {
            foreach (var (_, k) in s.Kinds)
            {
                foreach (var m in k.Missed) o.WriteLine($"missed  {s.ArticleId}: {m}");
                foreach (var f in k.False) o.WriteLine($"false   {s.ArticleId}: {f}");
            }
        }
        foreach (var path in skipped) o.WriteLine($"skipped {path}: no reference facts");
        if (threshold is { } min)
        {
            var failing = totals.Where(t => !t.Value.IsEmpty && t.Value.F1 < min).Select(t => t.Key.ToString().ToLowerInvariant()).ToList();
            if (failing.Count > 0)
            {
                o.WriteLine($"FAIL: F1 below {min.ToString(CultureInfo.InvariantCulture)} for {string.Join(", ", failing)}");
                return ExitCodes.DataInvalid;
            }
        }
        return ExitCodes.Ok;
    }

    private static string Row(string article, ScoredKind kind, KindScore k) =>
        k.IsEmpty
            ? $"{article,-58} {kind.ToString().ToLowerInvariant(),-12} {"n/a",6} {"n/a",6} {"n/a",6}  {0,2} {0,2} {0,2}"
            : string.Create(CultureInfo.InvariantCulture, $"{article,-58} {kind.ToString().ToLowerInvariant(),-12} {k.Precision,6:0.000} {k.Recall,6:0.000} {k.F1,6:0.000}  {k.TruePositives,2} {k.FalsePositives,2} {k.FalseNegatives,2}");
}
