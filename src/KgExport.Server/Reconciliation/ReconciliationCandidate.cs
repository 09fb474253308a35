namespace KgExport.Server.Reconciliation;

/// <summary>A candidate for a query, as the API returns it: <paramref name="Score"/> 0 to 100, <paramref name="Match"/> when the service is sure.</summary>
internal sealed record ReconciliationCandidate(string Id, string Name, double Score, bool Match, IReadOnlyList<ReconciliationType> Types, string? Description);

/// <summary>A type as the API names it: an id (a class of the ontology by its local name, any other class by its IRI) and a name.</summary>
internal sealed record ReconciliationType(string Id, string Name);
