using KgExport.Sparql.Evaluation;

namespace KgExport.Shacl;

/// <summary>
/// What one validation run may spend: wall-clock time for the whole run (checked at every shape and focus node, before
/// every sh:pattern match, and given to each SHACL-SPARQL query as what is left of it), and memory, which each SPARQL
/// query gets as its budget (<see cref="QueryOptions.MaxMemoryBytes"/>) and the run's results get as theirs. The
/// defaults are those of a query.
/// </summary>
public sealed record ValidationLimits
{
    /// <summary>The defaults: a query's timeout and memory budget.</summary>
    public static readonly ValidationLimits Default = new();

    /// <summary>The longest the whole validation may take; null for no limit.</summary>
    public TimeSpan? Timeout { get; init; } = QueryOptions.DefaultTimeout;

    /// <summary>The most memory one SPARQL query, and the results of the run, may hold, in bytes; null for no limit.</summary>
    public long? MaxMemoryBytes { get; init; } = QueryOptions.DefaultMaxMemoryBytes;
}
