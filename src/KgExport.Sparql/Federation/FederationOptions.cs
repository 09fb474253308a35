namespace KgExport.Sparql.Federation;

/// <summary>
/// Which endpoints SERVICE may query, and the limits that keep a slow, huge or hostile endpoint from hanging or
/// exhausting the process. Without it (<see cref="Evaluation.QueryOptions.Federation"/> null) SERVICE is refused.
/// </summary>
public sealed record FederationOptions
{
    /// <summary>The default of <see cref="Timeout"/>: 10 s.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The default of <see cref="MaxResponseBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxResponseBytes = 16L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxRows"/>.</summary>
    public const int DefaultMaxRows = 100_000;

    /// <summary>
    /// The endpoint IRIs SERVICE may call, compared exactly (scheme and host case aside); any other endpoint is
    /// refused before a connection is made.
    /// </summary>
    public IReadOnlyList<string> AllowedEndpoints { get; init; } = [];

    /// <summary>Longest one remote call may take, from connecting to the last byte (never longer than the query has left).</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Largest answer read from an endpoint, in bytes; beyond it the call fails.</summary>
    public long MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    /// <summary>Most solutions taken from one remote answer; beyond it the call fails (it is never cut short silently).</summary>
    public int MaxRows { get; init; } = DefaultMaxRows;

    /// <summary>Whether <paramref name="endpoint"/> is on <see cref="AllowedEndpoints"/>.</summary>
    public bool Allows(string endpoint)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var asked)) return false;
        foreach (var allowed in AllowedEndpoints)
        {
            if (Uri.TryCreate(allowed, UriKind.Absolute, out var entry) && Uri.Compare(asked, entry, UriComponents.AbsoluteUri, UriFormat.UriEscaped, StringComparison.Ordinal) == 0)
                return true;
        }
        return false;
    }

    /// <summary>Why an allow-list entry cannot be used (not an absolute http or https URL), or null when it can.</summary>
    public static string? Problem(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0
            ? null
            : $"'{endpoint}' is not an absolute http or https URL without credentials";
}
