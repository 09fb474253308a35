namespace KgExport.Sparql.Evaluation;

/// <summary>Safety limits and switches for one query or update evaluation.</summary>
public sealed record QueryOptions
{
    /// <summary>The default of <see cref="Timeout"/>: 60 s.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Wall-clock limit for the whole evaluation, REGEX and REPLACE matches included; null for none.</summary>
    public TimeSpan? Timeout { get; init; } = DefaultTimeout;

    /// <summary>The default of <see cref="MaxMemoryBytes"/>: 1 GiB.</summary>
    public const long DefaultMaxMemoryBytes = 1L << 30;

    /// <summary>
    /// The most memory the evaluation may materialise at once, in bytes (strings built by string functions, rows held
    /// by ORDER BY, GROUP BY, DISTINCT, joins and the like, see <see cref="MemoryBudget"/>); null for none.
    /// </summary>
    public long? MaxMemoryBytes { get; init; } = DefaultMaxMemoryBytes;

    /// <summary>Maximum number of result rows (SELECT) or triples (CONSTRUCT/DESCRIBE); null for none.</summary>
    public long? RowLimit { get; init; }

    /// <summary>
    /// The endpoints SERVICE may query and the limits of each call; null, the default: SERVICE is refused (it would
    /// make the process reach the network), and SERVICE SILENT is the empty solution.
    /// </summary>
    public Federation.FederationOptions? Federation { get; init; }

    /// <summary>
    /// What LOAD reads through (<see cref="Update.DirectoryLoader"/> for local files). Null, the default: LOAD is
    /// refused, so an update cannot read whatever the process can.
    /// </summary>
    public Update.IUpdateLoader? Loader { get; init; }

    /// <summary>
    /// The network documents LOAD may read, fetched before the update ran (<see cref="Update.RemoteLoads"/>), by URL.
    /// LOAD of any other http(s) IRI is refused.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Rdf.Quad>> FetchedLoads { get; init; } = new Dictionary<string, IReadOnlyList<Rdf.Quad>>();

    /// <summary>Base IRI for IRI() and relative references.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// A dataset given outside the query (the SPARQL Protocol's default-graph-uri and named-graph-uri). When set it
    /// replaces the query's FROM and FROM NAMED: exactly these graphs are visible, and an empty list is an empty part.
    /// </summary>
    public ProtocolDataset? Dataset { get; init; }
}

/// <summary>The graphs merged into the default graph, and the named graphs a query may see.</summary>
public sealed record ProtocolDataset(IReadOnlyList<Rdf.Iri> DefaultGraphs, IReadOnlyList<Rdf.Iri> NamedGraphs);

/// <summary>Evaluation stopped: a limit (time, rows, memory), or a refused or failed operation (SERVICE, LOAD, CREATE).</summary>
public sealed class QueryEvaluationException(string message, bool isLimit = false) : Exception(message)
{
    /// <summary>True when a limit stopped a query that may be fine (time, rows, memory), not a fault of the query itself.</summary>
    public bool IsLimit { get; } = isLimit;
}
