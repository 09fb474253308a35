using System.Diagnostics;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// When a batch must stop: the server's query timeout, measured from the start of the batch, or the client leaving.
/// The clock is read on every check (a timer could fire late on a busy machine).
/// </summary>
internal sealed class BatchDeadline(TimeSpan limit, CancellationToken aborted)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Limit { get; } = limit;

    /// <summary>Throws <see cref="TimeoutException"/> once the time is up, <see cref="OperationCanceledException"/> when the client left.</summary>
    public void Check()
    {
        aborted.ThrowIfCancellationRequested();
        if (_clock.Elapsed >= Limit) throw new TimeoutException();
    }
}
