namespace KgExport.Fuzz.Running;

/// <summary>How much to run: a number of executions, a duration, or both (whichever ends first).</summary>
public sealed record FuzzBudget(long? Executions, TimeSpan? Duration)
{
    public static FuzzBudget For(TimeSpan duration) => new(null, duration);

    public static FuzzBudget Count(long executions) => new(executions, null);
}
