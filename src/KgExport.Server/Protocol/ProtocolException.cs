namespace KgExport.Server.Protocol;

/// <summary>A request the server refuses, with the HTTP status and a message for the client.</summary>
public sealed class ProtocolException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>For a 401: the challenges to send as <c>WWW-Authenticate</c>, one per scheme the server takes.</summary>
    public IReadOnlyList<string> Challenges { get; init; } = [];
}
