using KgExport.Ontology;

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

    /// <summary>The bearer token update requests must carry; with none configured every update is refused.</summary>
    public string? UpdateToken { get; set; }

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

    public IReadOnlyList<string> LoadDirectoryList => LoadDirectories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> CorsOriginList => CorsOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public TimeSpan QueryTimeout => TimeSpan.FromSeconds(QueryTimeoutSeconds);
}
