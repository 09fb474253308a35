using KgExport.Ontology;
using KgExport.Sparql.Update;

namespace KgExport.Server;

/// <summary>
/// The server's configuration, bound from the "Server" section (appsettings.json, KGEXPORT_Server__* environment
/// variables, command-line flags of <c>kgexport serve</c>).
/// </summary>
public sealed class ServerSettings
{
    public const string Section = "Server";

    /// <summary>Address to listen on; loopback unless told otherwise.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; set; } = 7878;

    /// <summary>Whether /update and Graph Store writes are served at all (they still need <see cref="UpdateToken"/>).</summary>
    public bool AllowUpdate { get; set; }

    /// <summary>A bearer token that authorises updates (besides <see cref="Users"/>); with neither, every update is refused.</summary>
    public string? UpdateToken { get; set; }

    /// <summary>
    /// Users who may update with HTTP Basic: <c>name:HASH</c> entries separated by commas, each hash made by
    /// <c>kgexport hash-password</c> (PBKDF2-SHA256; no password is configured in clear).
    /// </summary>
    public string Users { get; set; } = "";

    /// <summary>The users and their password hashes.</summary>
    public IReadOnlyDictionary<string, string> UserMap => _userMap ??= ParseUsers(Users);

    private IReadOnlyDictionary<string, string>? _userMap;

    private static Dictionary<string, string> ParseUsers(string users)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in users.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) map[entry[..colon]] = entry[(colon + 1)..];
        }
        return map;
    }

    /// <summary>Problems with <see cref="Users"/>, for the start-up check.</summary>
    public IEnumerable<string> UserProblems()
    {
        foreach (var entry in Users.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) yield return "a Users entry is not name:hash";
            else if (!Protocol.PasswordHash.IsWellFormed(entry[(colon + 1)..])) yield return $"the password hash of user '{entry[..colon]}' is not one 'kgexport hash-password' makes";
        }
    }

    /// <summary>The server's public URL (e.g. https://kg.example.org/); links in pages start with it. Null: relative links.</summary>
    public string? PublicBase { get; set; }

    /// <summary>
    /// Host header values (host or host:port, separated by commas) links may be built from when no
    /// <see cref="PublicBase"/> is set. A request naming any other host gets links to the address the server listens on.
    /// </summary>
    public string PublicHosts { get; set; } = "";

    public IReadOnlyList<string> PublicHostList => PublicHosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The namespace of minted IRIs, served under /id/.</summary>
    public string MintedNamespace { get; set; } = Namespaces.Id;

    /// <summary>Longest a query or update may run; a request may ask for less with <c>timeout</c> (seconds), never more.</summary>
    public double QueryTimeoutSeconds { get; set; } = 30;

    /// <summary>Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one query may return.</summary>
    public long RowLimit { get; set; } = 100_000;

    /// <summary>
    /// Most memory one query or update may materialise, in bytes: strings its functions build, rows it sorts, groups,
    /// joins or keeps distinct, and its answer, which is held in full before it is sent. Beyond it the answer is 503.
    /// </summary>
    public long MaxQueryMemoryBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Largest request body accepted, in bytes; beyond it the answer is 413.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Whether browsers on other origins may read (queries, graphs, pages). Updates never get CORS.</summary>
    public bool CorsEnabled { get; set; } = true;

    /// <summary>Origins allowed to read, separated by commas; "*" for any.</summary>
    public string CorsOrigins { get; set; } = "*";

    /// <summary>
    /// Directories SPARQL <c>LOAD &lt;file:…&gt;</c> may read from, separated by commas. Empty (the default): LOAD of a
    /// file is refused, so an authorised writer cannot load whatever the server process can read.
    /// </summary>
    public string LoadDirectories { get; set; } = "";

    /// <summary>
    /// URLs SPARQL <c>LOAD</c> may fetch, separated by commas (<c>kgexport serve --allow-load URL</c>): an entry ending
    /// in <c>/</c> allows every URL under it. Empty (the default): LOAD never reaches the network. Each fetch is bounded
    /// by <see cref="ServiceTimeoutSeconds"/> and <see cref="MaxBodyBytes"/>, and made before the update takes the write lock.
    /// </summary>
    public string LoadSources { get; set; } = "";

    public IReadOnlyList<string> LoadSourceList => LoadSources.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public Sparql.Update.LoadSourcePolicy LoadPolicy() => new()
    {
        AllowedSources = LoadSourceList,
        Timeout = TimeSpan.FromSeconds(ServiceTimeoutSeconds),
        MaxBytes = MaxBodyBytes,
    };

    public IReadOnlyList<string> LoadDirectoryList => LoadDirectories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>LOAD's source: the configured directories, or none at all (LOAD refused) when no directory is set.</summary>
    public IUpdateLoader? Loader => LoadDirectoryList is { Count: > 0 } directories ? new DirectoryLoader(directories) : null;

    /// <summary>
    /// Endpoints SPARQL <c>SERVICE</c> may query, separated by commas (<c>kgexport serve --allow-service URL</c>).
    /// Empty (the default): SERVICE is refused, so a query cannot make the server reach the network.
    /// </summary>
    public string ServiceEndpoints { get; set; } = "";

    public IReadOnlyList<string> ServiceEndpointList => ServiceEndpoints.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Longest one SERVICE call may take, in seconds (never longer than the query has left).</summary>
    public double ServiceTimeoutSeconds { get; set; } = 10;

    /// <summary>Largest answer read from a SERVICE endpoint, in bytes.</summary>
    public long ServiceMaxResponseBytes { get; set; } = Sparql.Federation.FederationOptions.DefaultMaxResponseBytes;

    /// <summary>How queries may use SERVICE: null when no endpoint is allowed. Remote answers are capped at <see cref="RowLimit"/> solutions.</summary>
    public Sparql.Federation.FederationOptions? Federation() => ServiceEndpointList.Count == 0 ? null : new()
    {
        AllowedEndpoints = ServiceEndpointList,
        Timeout = TimeSpan.FromSeconds(ServiceTimeoutSeconds),
        MaxResponseBytes = ServiceMaxResponseBytes,
        MaxRows = (int)Math.Min(RowLimit, int.MaxValue),
    };

    public IReadOnlyList<string> CorsOriginList => CorsOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public TimeSpan QueryTimeout => TimeSpan.FromSeconds(QueryTimeoutSeconds);
}
