namespace KgExport.Publishing.Http;

/// <summary>
/// A request the store did not accept. <see cref="StatusCode"/> is null when the store could not be reached at
/// all; <see cref="Attempts"/> says how many times it was tried.
/// </summary>
public sealed class StoreRequestException(string message, int? statusCode, int attempts, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    public int Attempts { get; } = attempts;

    /// <summary>The store did not answer (connection refused, reset, timed out), as opposed to answering "no".</summary>
    public bool IsUnreachable => StatusCode is null;
}
