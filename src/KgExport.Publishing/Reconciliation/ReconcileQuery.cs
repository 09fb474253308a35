namespace KgExport.Publishing.Reconciliation;

/// <summary>
/// One thing to find an existing item for: a name, and for an event its class item, year and the items of its
/// participants (the W3C Reconciliation Service API's query: text, type, properties).
/// </summary>
public sealed record ReconcileQuery(string Text, string? Type = null, int? Year = null, IReadOnlyList<string>? Participants = null);

/// <summary>
/// A candidate item for a query. <paramref name="Match"/> is the service's word that it is the same thing (a name or
/// alias equal to the query's); a candidate without it might be the same thing and needs a person to look.
/// </summary>
public sealed record ReconcileCandidate(string Id, string Name, double Score, bool Match);

/// <summary>A source of existing items: a table the user supplies, or a reconciliation service.</summary>
public interface IReconciler
{
    /// <summary>How reports name this source (a file name, a URL).</summary>
    string Name { get; }

    /// <summary>The candidates for each query, in the queries' order.</summary>
    Task<IReadOnlyList<IReadOnlyList<ReconcileCandidate>>> ReconcileAsync(IReadOnlyList<ReconcileQuery> queries, CancellationToken cancellationToken);
}

/// <summary>A reconciliation table or service that cannot be read or answers wrongly; the message says where.</summary>
public sealed class ReconciliationException(string message, Exception? inner = null) : Exception(message, inner);
