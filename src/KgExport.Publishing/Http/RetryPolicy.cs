namespace KgExport.Publishing.Http;

/// <summary>
/// Bounded retries with exponential backoff and full jitter: attempt n (1-based) that failed with a connection
/// error or a 5xx waits a random time in [BaseDelay * 2^(n-1) / 2, BaseDelay * 2^(n-1)], capped at MaxDelay,
/// before the next attempt. 4xx answers are never retried: repeating a rejected request cannot succeed.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>5 attempts, 0.5 s doubling up to 8 s: about 8 s of waiting in the worst case.</summary>
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(8));

    /// <summary>A single attempt.</summary>
    public static RetryPolicy None { get; } = new(1, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based); <paramref name="unit"/> in [0,1) is the jitter.</summary>
    public TimeSpan DelayAfter(int attempt, double unit)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var ceiling = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling / 2 + ceiling / 2 * unit);
    }

    /// <summary>True when a response with this status may succeed if sent again.</summary>
    public static bool IsTransient(int statusCode) => statusCode >= 500 || statusCode == 408 || statusCode == 429;
}
