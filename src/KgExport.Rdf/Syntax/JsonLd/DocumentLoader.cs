using System.Net.Http.Headers;

namespace KgExport.Rdf.JsonLd;

/// <summary>A loaded JSON-LD document (the API's RemoteDocument).</summary>
public sealed record RemoteDocument(string? DocumentUrl, object? Document)
{
    /// <summary>A context URL from an HTTP Link header (rel="http://www.w3.org/ns/json-ld#context"), if any.</summary>
    public string? ContextUrl { get; init; }

    public string ContentType { get; init; } = "application/ld+json";
}

/// <summary>Dereferences document and context IRIs.</summary>
public interface IDocumentLoader
{
    /// <summary>Loads a document; throws <see cref="JsonLdException"/> (loading document failed) when it cannot.</summary>
    RemoteDocument Load(string url, CancellationToken cancellationToken = default);
}

/// <summary>
/// Maps known IRIs (or IRI prefixes ending in '/') to local files or to documents given as text, so a known context
/// never needs the network. It knows no document until told (the application maps its own). Anything else fails, unless
/// <see cref="AllowRemote"/> is set: then it is fetched over HTTP(S) with <see cref="Timeout"/> and
/// <see cref="MaxBytes"/> limits. <see cref="MaxBytes"/> caps local files too. A <c>file:</c> IRI that is not mapped
/// is refused like any unknown document. Loaded documents are cached per loader.
/// </summary>
public sealed class LocalDocumentLoader : IDocumentLoader
{
    private readonly List<(string Prefix, string Path)> _mappings = [];
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RemoteDocument> _cache = new(StringComparer.Ordinal);

    public bool AllowRemote { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Maps an exact IRI to a file, or an IRI prefix ending in '/' to a directory.</summary>
    public LocalDocumentLoader Map(string iriOrPrefix, string path)
    {
        _mappings.Add((iriOrPrefix, path));
        _mappings.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        return this;
    }

    /// <summary>Serves <paramref name="json"/> as the document at exactly <paramref name="iri"/> (a context built into the application).</summary>
    public LocalDocumentLoader MapDocument(string iri, string json)
    {
        _documents[iri] = json;
        return this;
    }

    public RemoteDocument Load(string url, CancellationToken cancellationToken = default)
    {
        var key = url;
        var hash = key.IndexOf('#');
        if (hash >= 0) key = key[..hash];
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var doc = LoadUncached(key, cancellationToken);
        _cache[key] = doc;
        return doc;
    }

    private RemoteDocument LoadUncached(string url, CancellationToken cancellationToken)
    {
        if (_documents.TryGetValue(url, out var json)) return new RemoteDocument(url, JsonTree.Parse(json, url));
        foreach (var (prefix, path) in _mappings)
        {
            if (url == prefix) return FromFile(url, path);
            if (prefix.EndsWith('/') && url.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = url[prefix.Length..];
                var q = rest.IndexOfAny(['?', '#']);
                if (q >= 0) rest = rest[..q];
                var root = Path.GetFullPath(path);
                var file = Path.GetFullPath(Path.Combine(root, rest.Replace('/', Path.DirectorySeparatorChar)));
                // A mapped directory serves what is inside it, never a path that climbs out of it.
                if (!file.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw NotLoadable(url);
                return FromFile(url, file);
            }
        }

        // Local files are read only through the mappings above (documents the application mapped, files the user gave): a file:
        // IRI found in a document is never opened, so data cannot make us read /proc/self/environ or /dev/zero.
        if (!AllowRemote || !IsHttp(url)) throw NotLoadable(url);
        return Fetch(url, cancellationToken);
    }

    private static bool IsHttp(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>One message for every document that cannot be read, so an error never tells whether a file exists.</summary>
    private JsonLdException NotLoadable(string url) => new(JsonLdError.LoadingDocumentFailed, AllowRemote
        ? $"<{url}> is not a known local document, and only http(s) documents can be fetched"
        : $"<{url}> is not a known local document and remote loading is off (allow it with --allow-remote-context)");

    private RemoteDocument FromFile(string url, string path)
    {
        string text;
        try
        {
            text = ReadCapped(path, url);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw NotLoadable(url);
        }
        return HtmlScriptExtraction.IsHtml(path)
            ? new RemoteDocument(url, HtmlScriptExtraction.Extract(text, url, path)) { ContentType = "text/html" }
            : new RemoteDocument(url, JsonTree.Parse(text, path));
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> from a file, the same cap as over HTTP (a device such as /dev/zero never ends).</summary>
    private string ReadCapped(string path, string url)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var limited = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            limited.Write(buffer, 0, read);
            if (limited.Length > MaxBytes) throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: larger than {MaxBytes} bytes");
        }
        limited.Position = 0;
        using var reader = new StreamReader(limited, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private RemoteDocument Fetch(string url, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        // One deadline for headers and body together, so a server that trickles bytes cannot hold us.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: HTTP {(int)response.StatusCode}");
            }
            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: larger than {MaxBytes} bytes");
            }
            using var stream = response.Content.ReadAsStream(deadline.Token);
            using var limited = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.ReadAsync(buffer, deadline.Token).AsTask().GetAwaiter().GetResult()) > 0)
            {
                limited.Write(buffer, 0, read);
                if (limited.Length > MaxBytes) throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: larger than {MaxBytes} bytes");
            }
            var finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? url;
            var text = System.Text.Encoding.UTF8.GetString(limited.ToArray());
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/ld+json";
            var document = HtmlScriptExtraction.IsHtml(mediaType)
                ? HtmlScriptExtraction.Extract(text, url, finalUrl)
                : JsonTree.Parse(text, finalUrl);
            return new RemoteDocument(finalUrl, document) { ContentType = mediaType };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: no complete response within {Timeout.TotalSeconds:0.###} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: {e.Message}");
        }
    }
}
