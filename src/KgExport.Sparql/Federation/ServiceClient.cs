using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.Sparql.Federation;

/// <summary>
/// Sends a SERVICE group to a remote SPARQL endpoint (SPARQL 1.1 Protocol, POST <c>application/sparql-query</c>) and
/// reads its answer as SPARQL Results JSON or XML. Every call is bounded: one deadline from connecting to the last
/// byte, a cap on the bytes read, no redirects followed (an allowed endpoint cannot send the server elsewhere).
/// </summary>
public static class ServiceClient
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxResponseHeadersLength = 64,
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// The solutions <paramref name="endpoint"/> gives for <paramref name="query"/>. Throws
    /// <see cref="ServiceException"/> when the endpoint fails, answers too slowly, too much or not in a results format;
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static QueryResult Query(string endpoint, string query, FederationOptions options, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(query, new UTF8Encoding(false), "application/sparql-query"),
        };
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        request.Headers.Accept.ParseAdd("application/sparql-results+xml;q=0.9");
        request.Headers.UserAgent.ParseAdd("kgexport-federation/1.0");
        try
        {
            using var response = Http.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            // A synchronous read of the body does not watch the token: disposing the response at the deadline ends it.
            using var abort = deadline.Token.Register(response.Dispose);
            var body = ReadBounded(response.Content.ReadAsStream(deadline.Token), options.MaxResponseBytes);
            var type = response.Content.Headers.ContentType;
            var text = Decode(body, type);
            if (!response.IsSuccessStatusCode)
                throw new ServiceException($"answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}{Excerpt(text)}");
            var result = SparqlResultsFormats.Read(new StringReader(text), FormatOf(type));
            if (result.Kind != QueryResultKind.Bindings) throw new ServiceException("answered with a boolean, not solutions");
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                throw new ServiceException($"no complete answer within {timeout.TotalSeconds:0.###} s");
            throw e switch
            {
                ServiceException => e,
                SparqlResultsFormatException f => new ServiceException($"answered with malformed results: {f.Message}"),
                HttpRequestException h => new ServiceException(h.Message),
                _ => new ServiceException(e.Message),
            };
        }
    }

    private static byte[] ReadBounded(Stream stream, long maxBytes)
    {
        using (stream)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes) throw new ServiceException($"answered more than {maxBytes} bytes (the limit)");
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
    }

    private static string Decode(byte[] body, MediaTypeHeaderValue? type)
    {
        var encoding = Encoding.UTF8;
        if (type?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                throw new ServiceException($"answered in an unknown charset '{charset}'");
            }
        }
        return encoding.GetString(body);
    }

    private static SparqlResultsFormat FormatOf(MediaTypeHeaderValue? type) => type?.MediaType?.ToLowerInvariant() switch
    {
        "application/sparql-results+json" or "application/json" => SparqlResultsFormat.Json,
        "application/sparql-results+xml" or "application/xml" or "text/xml" => SparqlResultsFormat.Xml,
        var other => throw new ServiceException($"answered with Content-Type '{other ?? "(none)"}', not SPARQL results JSON or XML"),
    };

    private static string Excerpt(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        if (line.Length > 200) line = line[..200] + "...";
        return line.Length == 0 ? "" : ": " + PrintableOnly(line);
    }

    private static string PrintableOnly(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(char.IsControl(c) ? '?' : c);
        return sb.ToString();
    }
}

/// <summary>A remote SERVICE call failed; the message says how (the caller names the endpoint).</summary>
public sealed class ServiceException(string message) : Exception(message);
