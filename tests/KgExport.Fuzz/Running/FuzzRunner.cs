using System.Diagnostics;

namespace KgExport.Fuzz.Running;

/// <summary>
/// Runs one target's inputs one after another on a thread of its own (with the stack size the thread pool's threads
/// have, unless told otherwise), while the calling thread watches the clock. An execution past the time limit is
/// cancelled through its token and, if it still overran, run once more: only a second overrun is a hang. One that
/// does not return at all within <see cref="StuckAfter"/> ends the run as a hang. A crash or hang is saved to the
/// crash store and counted; the run goes on.
/// </summary>
public sealed class FuzzRunner(FuzzTarget target, InputMaker inputs, CrashStore crashes, FuzzRunnerSettings settings)
{
    private long _startedAt;
    private long _current;
    private CancellationTokenSource _cancel = new();
    private volatile bool _stop;

    /// <summary>How long past the time limit an execution may go before the run gives it up as stuck.</summary>
    public TimeSpan StuckAfter => settings.TimeLimit * 10;

    /// <summary>Set when the run ended on an execution that never returned (its thread is left behind).</summary>
    public bool Stuck { get; private set; }

    public FuzzReport Run(long firstIndex, FuzzBudget budget, ProgressFile? progress = null, Action<FuzzReport>? onProgress = null)
    {
        long executions = 0, crashCount = 0, hangs = 0, slow = 0;
        var clock = Stopwatch.StartNew();
        FuzzReport Snapshot() => new(target.Name, executions, crashCount, hangs, slow, clock.Elapsed, firstIndex);

        var worker = new Thread(() =>
        {
            for (var index = firstIndex; !_stop && (budget.Executions is not { } max || executions < max); index++)
            {
                var input = inputs.Make(index);
                Volatile.Write(ref _current, index);
                if (progress is not null) progress.Current = index;
                var (failure, elapsed) = Timed(input);
                if (elapsed > settings.TimeLimit)
                {
                    Interlocked.Increment(ref slow);
                    (failure, elapsed) = Timed(input);
                    if (elapsed > settings.TimeLimit)
                    {
                        Interlocked.Increment(ref hangs);
                        crashes.Save(target.Name, inputs.Seed, index, "hang", input, $"took {elapsed.TotalSeconds:N1} s twice (limit {settings.TimeLimit.TotalSeconds:N1} s)");
                        failure = null;
                    }
                }
                if (failure is not null)
                {
                    Interlocked.Increment(ref crashCount);
                    crashes.Save(target.Name, inputs.Seed, index, "crash", input, failure.ToString());
                }
                Interlocked.Increment(ref executions);
                if (progress is not null)
                {
                    progress.Executions = executions;
                    progress.Crashes = crashCount;
                    progress.Hangs = hangs;
                    progress.Slow = slow;
                }
            }
        }, settings.StackBytes)
        {
            IsBackground = true,
            Name = "fuzz " + target.Name,
        };
        worker.Start();

        var lastReport = clock.Elapsed;
        while (!worker.Join(50))
        {
            if (budget.Duration is { } duration && clock.Elapsed >= duration) _stop = true;
            var started = Volatile.Read(ref _startedAt);
            if (started != 0)
            {
                var running = Stopwatch.GetElapsedTime(started);
                if (running > settings.TimeLimit) _cancel.Cancel();
                if (running > StuckAfter)
                {
                    var index = Volatile.Read(ref _current);
                    Stuck = true;
                    hangs++;
                    if (progress is not null) progress.Hangs = hangs;
                    crashes.Save(target.Name, inputs.Seed, index, "hang", inputs.Make(index), $"did not return in {running.TotalSeconds:N0} s, even when cancelled");
                    _stop = true;
                    return Snapshot();
                }
            }
            if (onProgress is not null && clock.Elapsed - lastReport >= settings.ReportEvery)
            {
                lastReport = clock.Elapsed;
                onProgress(Snapshot());
            }
        }
        return Snapshot();
    }

    /// <summary>Runs one input; returns the exception that is not the parser's answer to bad input (null if none) and the time taken.</summary>
    private (Exception? Failure, TimeSpan Elapsed) Timed(string input)
    {
        if (!_cancel.TryReset()) _cancel = new CancellationTokenSource();
        var token = _cancel.Token;
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref _startedAt, started);
        Exception? failure = null;
        try
        {
            target.Execute(input, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Cancelled for running past the limit: judged by the time it took.
        }
        catch (Exception e) when (target.IsExpected(e))
        {
        }
        catch (Exception e)
        {
            failure = e;
        }
        Volatile.Write(ref _startedAt, 0);
        return (failure, Stopwatch.GetElapsedTime(started));
    }
}

/// <summary>The time limit per input, the execution thread's stack (0: the runtime's default for new threads) and how often to report.</summary>
public sealed record FuzzRunnerSettings
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);

    public int StackBytes { get; init; }

    public TimeSpan ReportEvery { get; init; } = TimeSpan.FromSeconds(30);
}
