using KgExport.Rdf;
using KgExport.Sparql.Federation;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Update;

/// <summary>Which URLs SPARQL <c>LOAD</c> may fetch, and the bounds of each fetch.</summary>
public sealed record LoadSourcePolicy
{
    /// <summary>
    /// URLs LOAD may fetch: an entry ending in <c>/</c> allows every URL under it, any other entry that URL exactly.
    /// Empty (the default): LOAD never reaches the network.
    /// </summary>
    public IReadOnlyList<string> AllowedSources { get; init; } = [];

    /// <summary>Longest one fetch may take, from connecting to the last byte.</summary>
    public TimeSpan Timeout { get; init; } = FederationOptions.DefaultTimeout;

    /// <summary>Largest document fetched, in bytes.</summary>
    public long MaxBytes { get; init; } = FederationOptions.DefaultMaxResponseBytes;

    /// <summary>Whether LOAD may fetch <paramref name="url"/> (http or https, listed in <see cref="AllowedSources"/>).</summary>
    public bool Allows(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var asked) || asked.Scheme is not ("http" or "https")) return false;
        var target = asked.AbsoluteUri;
        foreach (var entry in AllowedSources)
        {
            if (!Uri.TryCreate(entry, UriKind.Absolute, out var allowed)) continue;
            var prefix = allowed.AbsoluteUri;
            if (string.Equals(target, prefix, StringComparison.Ordinal) || (prefix.EndsWith('/') && target.StartsWith(prefix, StringComparison.Ordinal))) return true;
        }
        return false;
    }
}

/// <summary>
/// Fetches the network documents an update LOADs before it runs, so that no remote server is waited for while the
/// update holds the store's write lock. Each allowed <c>http(s)</c> source is fetched once within the policy's bounds
/// and parsed by its Content-Type; a source off the list is left for <see cref="UpdateExecutor"/> to refuse.
/// </summary>
public static class RemoteLoads
{
    private static readonly RdfFormat[] Formats = [RdfFormat.Turtle, RdfFormat.NTriples, RdfFormat.TriG, RdfFormat.NQuads, RdfFormat.JsonLd, RdfFormat.RdfXml];

    /// <summary>
    /// The quads of every allowed network source of <paramref name="request"/>'s LOADs. A failed fetch is an error
    /// (<see cref="Evaluation.QueryEvaluationException"/>), except for LOAD SILENT, whose source is then left out.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<Quad>> Fetch(UpdateRequest request, LoadSourcePolicy policy, CancellationToken cancellationToken)
    {
        var fetched = new Dictionary<string, IReadOnlyList<Quad>>(StringComparer.Ordinal);
        foreach (var load in request.Operations.OfType<LoadOperation>())
        {
            var url = load.Source.Value;
            if (fetched.ContainsKey(url) || !policy.Allows(url)) continue;
            try
            {
                fetched[url] = Get(url, policy, cancellationToken);
            }
            catch (RemoteException e) when (!load.Silent)
            {
                throw new Evaluation.QueryEvaluationException($"LOAD <{url}>: {e.Message}");
            }
            catch (RemoteException)
            {
            }
        }
        return fetched;
    }

    private static List<Quad> Get(string url, LoadSourcePolicy policy, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var offered in Formats) request.Headers.Accept.ParseAdd(RdfFormats.MediaType(offered) + (offered == RdfFormat.Turtle ? "" : ";q=0.9"));
        var answer = BoundedHttp.Send(request, policy.MaxBytes, policy.Timeout, cancellationToken);
        if (!answer.IsSuccess) throw new RemoteException(answer.Describe());
        var mediaType = answer.ContentType?.MediaType?.ToLowerInvariant();
        var format = Formats.Where(f => RdfFormats.MediaType(f) == mediaType).Cast<RdfFormat?>().FirstOrDefault()
            ?? throw new RemoteException($"answered with Content-Type '{mediaType ?? "(none)"}', not an RDF syntax kgexport reads");
        try
        {
            // No JSON-LD context is fetched on the document's behalf: the loader knows only the project's own.
            var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = url, BaseIri = url });
            return [.. parser.Parse(new StringReader(answer.Text), cancellationToken)];
        }
        catch (RdfSyntaxException e)
        {
            throw new RemoteException(e.Message);
        }
    }
}
