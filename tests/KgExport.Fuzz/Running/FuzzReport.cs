using System.Globalization;

namespace KgExport.Fuzz.Running;

/// <summary>
/// The figures of one target's run. A hang is an input that took longer than the time limit twice in a row (the
/// first overrun alone is counted as slow: on a busy machine a pause can be the machine's, not the parser's).
/// </summary>
public sealed record FuzzReport(string Target, long Executions, long Crashes, long Hangs, long Slow, TimeSpan Elapsed, long FirstIndex)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Executions / Elapsed.TotalSeconds : 0;

    public bool Clean => Crashes == 0 && Hangs == 0;

    public FuzzReport Add(FuzzReport other) => this with
    {
        Executions = Executions + other.Executions,
        Crashes = Crashes + other.Crashes,
        Hangs = Hangs + other.Hangs,
        Slow = Slow + other.Slow,
        Elapsed = Elapsed + other.Elapsed,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"fuzz {Target}: {Executions:N0} executions, {Crashes} crashes, {Hangs} hangs, {Slow} slow, {PerSecond:N0}/s over {Elapsed.TotalSeconds:N1} s (indexes from {FirstIndex:N0})");
}
