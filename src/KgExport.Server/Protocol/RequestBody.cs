using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KgExport.Server.Protocol;

/// <summary>Reads a request body as UTF-8 text, refusing bodies over the configured limit and other charsets.</summary>
public static class RequestBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The media type of the body without parameters, lower-case; "" when there is none.</summary>
    public static string MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var value) ? (value.MediaType.Value ?? "").ToLowerInvariant() : "";

    public static async Task<string> ReadTextAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var value) && value.Charset.HasValue
            && !value.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !value.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, $"charset {value.Charset} is not supported; send UTF-8");
        }
        if (request.ContentLength > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, "the request body is not valid UTF-8");
        }
    }

    /// <summary>Parses an application/x-www-form-urlencoded body into its fields (repeated names keep every value).</summary>
    public static Dictionary<string, List<string>> ParseForm(string body)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(eq < 0 ? pair : pair[..eq]);
            var field = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
            if (!fields.TryGetValue(name, out var list)) fields[name] = list = [];
            list.Add(field);
        }
        return fields;
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));

    private static ProtocolException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"the request body is larger than the limit of {limit} bytes");
}
