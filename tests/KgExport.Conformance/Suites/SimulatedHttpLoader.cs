using KgExport.Rdf;
using KgExport.Rdf.JsonLd;
using JArray = System.Collections.Generic.List<object?>;

namespace KgExport.Conformance;

/// <summary>
/// Serves the json-ld-api test files from disk as if over HTTP: the remote-doc options (contentType, httpLink,
/// httpStatus, redirectTo) of the test being run shape the response, and the processor's handling of
/// content types and Link headers is applied as the JSON-LD 1.1 API's LoadDocumentCallback describes.
/// </summary>
public sealed class SimulatedHttpLoader(LocalDocumentLoader files, string published, string? inputUrl, IReadOnlyDictionary<string, object?> options) : IDocumentLoader
{
    private const string ContextRel = "http://www.w3.org/ns/json-ld#context";

    public RemoteDocument Load(string url, CancellationToken cancellationToken = default)
    {
        if (url != inputUrl) return files.Load(url, cancellationToken);
        var documentUrl = url;
        if (options.TryGetValue("redirectTo", out var redirect) && redirect is string target)
        {
            documentUrl = IriResolver.Resolve(published, target);
        }
        else if (options.TryGetValue("httpStatus", out var status) && status is double code && code >= 400)
        {
            throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}>: HTTP {code}");
        }
        var contentType = options.TryGetValue("contentType", out var ct) && ct is string c ? c : ContentTypeOf(documentUrl);
        var links = options.TryGetValue("httpLink", out var l) ? (l is JArray a ? a.OfType<string>().ToList() : [(string)l!]) : [];
        var isJson = contentType is "application/json" or "application/ld+json" || contentType.EndsWith("+json", StringComparison.Ordinal);
        if (!isJson)
        {
            var alternate = links.Select(ParseLink).FirstOrDefault(x => x.Rel == "alternate" && x.Type == "application/ld+json");
            if (alternate.Target is null) throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"<{url}> is {contentType}, not JSON");
            return files.Load(IriResolver.Resolve(documentUrl, alternate.Target), cancellationToken);
        }
        var document = files.Load(documentUrl, cancellationToken);
        string? contextUrl = null;
        if (contentType != "application/ld+json")
        {
            var contextLinks = links.Select(ParseLink).Where(x => x.Rel == ContextRel).ToList();
            if (contextLinks.Count > 1) throw new JsonLdException(JsonLdError.MultipleContextLinkHeaders, $"<{url}> has {contextLinks.Count} context Link headers");
            if (contextLinks.Count == 1) contextUrl = IriResolver.Resolve(documentUrl, contextLinks[0].Target!);
        }
        return document with { DocumentUrl = documentUrl, ContextUrl = contextUrl, ContentType = contentType };
    }

    private static string ContentTypeOf(string url) => Path.GetExtension(url.Split('?', '#')[0]) switch
    {
        ".jsonld" => "application/ld+json",
        ".json" => "application/json",
        ".html" => "text/html",
        _ => "application/octet-stream",
    };

    private static (string? Target, string? Rel, string? Type) ParseLink(string header)
    {
        var parts = header.Split(';').Select(p => p.Trim()).ToList();
        var target = parts[0].Trim('<', '>');
        string? rel = null, type = null;
        foreach (var p in parts.Skip(1))
        {
            var eq = p.IndexOf('=');
            if (eq < 0) continue;
            var name = p[..eq].Trim();
            var value = p[(eq + 1)..].Trim().Trim('"');
            if (name == "rel") rel = value;
            else if (name == "type") type = value;
        }
        return (target, rel, type);
    }
}
