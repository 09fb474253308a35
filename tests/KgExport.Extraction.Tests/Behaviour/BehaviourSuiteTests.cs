using System.Globalization;
using Xunit.Abstractions;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// The behavioural suite (issue 15): thousands of generated sentences per phenomenon, each held to the minimum of
/// <see cref="BehaviourThresholds"/>. The full table is in <c>behaviour-report.md</c> beside the test assembly.
/// </summary>
public sealed class BehaviourSuiteTests(BehaviourRun run, ITestOutputHelper output) : IClassFixture<BehaviourRun>
{
    private const int FailuresPrinted = 5;

    public static TheoryData<string> PositivePhenomena => [.. BehaviourCatalogue.Phenomena.Where(p => !p.IsNegative).Select(p => p.Name)];

    public static TheoryData<string> NegativePhenomena => [.. BehaviourCatalogue.Phenomena.Where(p => p.IsNegative).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(PositivePhenomena))]
    public void A_positive_phenomenon_reaches_its_minimum_pass_rate(string phenomenon)
    {
        var r = run[phenomenon];
        var minimum = BehaviourThresholds.MinimumPassRate[phenomenon];
        output.WriteLine(Invariant($"{phenomenon}: {r.PassRate:F3} of {r.Sentences} sentences exact ({r.PassRateIgnoringDates:F3} ignoring dates), {r.FoundExpected}/{r.ExpectedFacts} facts, {r.ExtraFacts} extra; minimum {minimum:F2}"));
        PrintFailures(r);
        Assert.True(r.PassRate >= minimum, Invariant($"{phenomenon}: pass rate {r.PassRate:F3} is below its minimum {minimum:F2}"));
    }

    [Theory]
    [MemberData(nameof(NegativePhenomena))]
    public void A_negative_phenomenon_stays_under_its_false_fact_rate(string phenomenon)
    {
        var r = run[phenomenon];
        var maximum = BehaviourThresholds.MaximumFalseFactRate[phenomenon];
        output.WriteLine(Invariant($"{phenomenon}: {r.FalseFactRate:F3} of {r.Sentences} sentences give a fact ({r.ExtraFacts} facts); maximum {maximum:F2}"));
        PrintFailures(r);
        Assert.True(r.FalseFactRate <= maximum, Invariant($"{phenomenon}: false-fact rate {r.FalseFactRate:F3} is above its maximum {maximum:F2}"));
    }

    [Fact]
    public void The_report_is_written_beside_the_tests()
    {
        output.WriteLine(run.ReportPath);
        foreach (var line in run.Report.Split('\n').TakeWhile(l => !l.StartsWith("## Sample failures", StringComparison.Ordinal))) output.WriteLine(line.TrimEnd('\r'));
        Assert.True(File.Exists(run.ReportPath));
    }

    private void PrintFailures(PhenomenonResult r)
    {
        foreach (var o in r.Failures.Take(FailuresPrinted))
        {
            output.WriteLine("  " + o.Case.Text.Replace("\n", " / ", StringComparison.Ordinal));
            output.WriteLine("    expected: " + string.Join("; ", o.Case.Expected.Select(f => f.ToString()).Order(StringComparer.Ordinal)));
            output.WriteLine("    found:    " + string.Join("; ", o.Found.Select(f => f.ToString()).Order(StringComparer.Ordinal)));
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
