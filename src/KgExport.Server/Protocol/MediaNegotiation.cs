using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KgExport.Server.Protocol;

/// <summary>One representation a route can produce: its media type and what to write it with.</summary>
public sealed record MediaOffer<T>(string MediaType, T Value);

/// <summary>
/// Content negotiation over the Accept header: each offer gets the quality of the most specific range that matches
/// it; the highest quality wins, ties going to the earlier offer (the server's preference). No Accept header means
/// the first offer; nothing acceptable means 406.
/// </summary>
public static class MediaNegotiation
{
    public static bool TryChoose<T>(HttpRequest request, IReadOnlyList<MediaOffer<T>> offers, out MediaOffer<T> chosen)
    {
        chosen = offers[0];
        var header = request.Headers.Accept;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace)) return true;
        if (!MediaTypeHeaderValue.TryParseList(header, out var ranges) || ranges.Count == 0) return true;

        var bestQuality = 0.0;
        MediaOffer<T>? best = null;
        foreach (var offer in offers)
        {
            var q = QualityOf(offer.MediaType, ranges);
            if (q > bestQuality)
            {
                bestQuality = q;
                best = offer;
            }
        }
        if (best is null) return false;
        chosen = best;
        return true;
    }

    /// <summary>The media types an offer list can produce, for a 406 message.</summary>
    public static string Describe<T>(IReadOnlyList<MediaOffer<T>> offers) => string.Join(", ", offers.Select(o => o.MediaType));

    /// <summary>The offer the request's Accept header prefers; 406 Not Acceptable ("<paramref name="what"/> can be ...") when it takes none.</summary>
    public static MediaOffer<T> ChooseOrRefuse<T>(HttpRequest request, IReadOnlyList<MediaOffer<T>> offers, string what) =>
        TryChoose(request, offers, out var chosen) ? chosen : throw new ProtocolException(StatusCodes.Status406NotAcceptable, $"{what} can be {Describe(offers)}");

    private static double QualityOf(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType[..slash];
        var subtype = mediaType[(slash + 1)..];
        var specificity = -1;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var rangeType = range.Type.Value ?? "";
            var rangeSubtype = range.SubType.Value ?? "";
            int s;
            if (rangeType == "*" && rangeSubtype == "*") s = 0;
            else if (rangeType.Equals(type, StringComparison.OrdinalIgnoreCase) && rangeSubtype == "*") s = 1;
            else if (rangeType.Equals(type, StringComparison.OrdinalIgnoreCase) && rangeSubtype.Equals(subtype, StringComparison.OrdinalIgnoreCase)) s = 2;
            else continue;
            if (s <= specificity) continue;
            specificity = s;
            quality = range.Quality ?? 1.0;
        }
        return quality;
    }
}
