using Microsoft.AspNetCore.Http;

namespace KgExport.Server;

/// <summary>
/// Where things live on this server as the outside world sees it: the configured public base, or the request's own
/// scheme and host. Minted IRIs (<see cref="ServerSettings.MintedNamespace"/>) map onto <c>{base}id/…</c>.
/// </summary>
public static class PublicUrls
{
    public const string IdPath = "/id/";

    /// <summary>The base URL, always ending in '/'.</summary>
    public static string Base(HttpContext context, ServerSettings settings)
    {
        if (!string.IsNullOrEmpty(settings.PublicBase)) return settings.PublicBase.EndsWith('/') ? settings.PublicBase : settings.PublicBase + "/";
        var request = context.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}/";
    }

    /// <summary>The endpoint's own URL: the base IRI of relative IRIs in queries and updates sent to it.</summary>
    public static string Endpoint(HttpContext context, ServerSettings settings) => Base(context, settings) + (context.Request.Path.Value ?? "").TrimStart('/');

    /// <summary>The IRI a /id/ path stands for.</summary>
    public static string MintedIri(ServerSettings settings, string rest) => settings.MintedNamespace + rest;

    /// <summary>The page describing an IRI here: /id/… for minted IRIs, /resource?iri=… for any other.</summary>
    public static string PageFor(string iri, string baseUrl, ServerSettings settings) =>
        iri.StartsWith(settings.MintedNamespace, StringComparison.Ordinal)
            ? baseUrl + IdPath.TrimStart('/') + iri[settings.MintedNamespace.Length..]
            : baseUrl + "resource?iri=" + Uri.EscapeDataString(iri);
}
