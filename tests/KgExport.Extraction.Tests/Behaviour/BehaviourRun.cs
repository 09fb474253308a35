using System.Diagnostics;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// Generates every case of the catalogue, runs the extractor on each once, and writes <c>behaviour-report.md</c> to
/// the test output directory. Shared by the suite's tests (an xunit class fixture), so the extractor runs once.
/// </summary>
public sealed class BehaviourRun
{
    public const string ReportFile = "behaviour-report.md";

    /// <summary>Every case with its outcome, one a line, for reading the failures the report only samples.</summary>
    public const string CasesFile = "behaviour-cases.tsv";

    private const string Headline = "Test headline";

    public BehaviourRun()
    {
        var clock = Stopwatch.StartNew();
        Results = [.. BehaviourCatalogue.Phenomena.Select(p => new PhenomenonResult(p, [.. BehaviourCatalogue.Cases(p).Select(Run)]))];
        Elapsed = clock.Elapsed;
        Report = BehaviourReport.Markdown(Results, Elapsed);
        ReportPath = Path.Combine(AppContext.BaseDirectory, ReportFile);
        File.WriteAllText(ReportPath, Report);
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, CasesFile), CaseLines(Results));
    }

    internal IReadOnlyList<PhenomenonResult> Results { get; }

    internal TimeSpan Elapsed { get; }

    internal string Report { get; }

    internal string ReportPath { get; }

    internal PhenomenonResult this[string phenomenon] => Results.Single(r => r.Phenomenon.Name == phenomenon);

    private static IEnumerable<string> CaseLines(IEnumerable<PhenomenonResult> results)
    {
        static string Facts(IEnumerable<ScoredFact> facts) => string.Join("; ", facts.Select(f => f.ToString()).Order(StringComparer.Ordinal));
        yield return "phenomenon\ttemplate\tdate form\tpass\ttext\texpected\tfound";
        foreach (var o in results.SelectMany(r => r.Outcomes))
        {
            var text = o.Case.Text.Replace("\n", " / ", StringComparison.Ordinal);
            yield return $"{o.Case.Phenomenon}\t{o.Case.Template}\t{o.Case.DateForm}\t{(o.Exact ? "pass" : "FAIL")}\t{text}\t{Facts(o.Case.Expected)}\t{Facts(o.Found)}";
        }
    }

    internal static CaseOutcome Run(BehaviourCase c)
    {
        var document = ArticleReader.Read(c.Phenomenon, Headline + "\n\n" + c.Text);
        return new CaseOutcome(c, ExtractedFacts.Of(ArticleExtraction.Extract(document, Fixed.Options)));
    }
}
