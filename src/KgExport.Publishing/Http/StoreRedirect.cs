namespace KgExport.Publishing.Http;

/// <summary>
/// The redirects a store may send us on, checked before one is followed: only to http(s), never from https down to
/// http, at most <see cref="MaxHops"/> in a row. A write (PUT, POST) is sent again as it was on 301, 302, 307 and 308;
/// a 303 would turn it into a GET, which cannot publish anything, so it is an error.
/// </summary>
internal static class StoreRedirect
{
    public const int MaxHops = 5;

    private const int LongestShownUri = 200;

    public static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <summary>Where the redirect from <paramref name="from"/> leads, or a <see cref="StoreRequestException"/> saying why it is not followed.</summary>
    /// <param name="what">The request as the messages name it ("PUT http://host/store").</param>
    /// <param name="hops">Redirects already followed for this request.</param>
    public static Uri Next(string what, HttpMethod method, Uri from, int status, Uri? location, int hops)
    {
        if (location is null) throw Refused(what, status, $"the store answered {status} without a usable Location");
        var next = location.IsAbsoluteUri ? location : new Uri(from, location);
        var shown = Shown(next);
        if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
            throw Refused(what, status, $"the store redirected to {shown}, which is not an http(s) URL; redirects are followed only to http(s)");
        if (from.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
            throw Refused(what, status, $"the store redirected from https to {shown}; a redirect that drops TLS is not followed");
        if (status == 303 && method != HttpMethod.Get)
            throw Refused(what, status, $"the store answered 303 See Other ({shown}) to a {method.Method}, which would turn the write into a GET");
        if (hops >= MaxHops)
            throw Refused(what, status, $"the store redirected more than {MaxHops} times (the last to {shown})");
        return next;
    }

    /// <summary>True when credentials given for <paramref name="store"/> may go to <paramref name="uri"/>: same scheme, host and port.</summary>
    public static bool SameOrigin(Uri store, Uri uri) =>
        Uri.Compare(store, uri, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static StoreRequestException Refused(string what, int status, string why) => new($"{what}: {why}", status, 1);

    private static string Shown(Uri uri)
    {
        var text = uri.AbsoluteUri;
        return text.Length <= LongestShownUri ? text : text[..LongestShownUri] + "…";
    }
}
