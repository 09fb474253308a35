using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KgExport.Server;

/// <summary>
/// Where things live on this server as the outside world sees it: the configured public base; else the request's
/// host only when it is one of <see cref="ServerSettings.PublicHosts"/>; else the address the server listens on. The
/// Host header alone never decides a link, so a forged one cannot point pages or the service description elsewhere.
/// Minted IRIs (<see cref="ServerSettings.MintedNamespace"/>) map onto <c>{base}id/…</c>.
/// </summary>
public static class PublicUrls
{
    public const string IdPath = "/id/";

    /// <summary>The base URL, always ending in '/'.</summary>
    public static string Base(HttpContext context, ServerSettings settings)
    {
        if (!string.IsNullOrEmpty(settings.PublicBase)) return settings.PublicBase.EndsWith('/') ? settings.PublicBase : settings.PublicBase + "/";
        var request = context.Request;
        if (request.Host.HasValue && settings.PublicHostList.Contains(request.Host.Value, StringComparer.OrdinalIgnoreCase))
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}/";
        }
        var pathBase = request.PathBase.ToUriComponent().Trim('/');
        return pathBase.Length == 0 ? ListenBase(context) : ListenBase(context) + pathBase + "/";
    }

    /// <summary>The first address the server is bound to, a wildcard one named localhost (the in-process test server has none).</summary>
    private static string ListenBase(HttpContext context)
    {
        var address = context.RequestServices.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)) return "http://localhost/";
        var host = uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}/" : $"{uri.Scheme}://{host}:{uri.Port}/";
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
