using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KgExport.Sparql.Federation;

/// <summary>
/// The one way the SPARQL engine reaches the network (SERVICE calls, LOAD of an allowed URL): one deadline from
/// connecting to the last byte, a cap on the bytes read, no redirects followed (an allowed URL cannot send the process
/// elsewhere), no decompression.
/// </summary>
internal static class BoundedHttp
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

    /// <summary>A whole answer: status, media type and the body decoded by its charset (UTF-8 by default).</summary>
    public sealed record Answer(HttpStatusCode Status, string? Reason, MediaTypeHeaderValue? ContentType, string Text)
    {
        public bool IsSuccess => (int)Status is >= 200 and < 300;

        /// <summary>"answered HTTP 500 Internal Server Error: first line of the body" for an error answer.</summary>
        public string Describe() => $"answered HTTP {(int)Status} {Reason}{Excerpt(Text)}";
    }

    /// <summary>
    /// Sends <paramref name="request"/> and reads the whole answer. Throws <see cref="RemoteException"/> when the
    /// exchange fails, takes longer than <paramref name="timeout"/> or the body exceeds <paramref name="maxBytes"/>;
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static Answer Send(HttpRequestMessage request, long maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        request.Headers.UserAgent.ParseAdd("kgexport/1.0");
        try
        {
            using var response = Http.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            // A synchronous read of the body does not watch the token: disposing the response at the deadline ends it.
            using var abort = deadline.Token.Register(response.Dispose);
            var body = ReadBounded(response.Content.ReadAsStream(deadline.Token), maxBytes);
            var type = response.Content.Headers.ContentType;
            return new Answer(response.StatusCode, response.ReasonPhrase, type, Decode(body, type));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                throw new RemoteException($"no complete answer within {timeout.TotalSeconds:0.###} s", timedOut: true);
            throw e as RemoteException ?? new RemoteException(e.Message);
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
                if (buffer.Length + n > maxBytes) throw new RemoteException($"answered more than {maxBytes} bytes (the limit)");
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
                throw new RemoteException($"answered in an unknown charset '{charset}'");
            }
        }
        return encoding.GetString(body);
    }

    private static string Excerpt(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        if (line.Length > 200) line = line[..200] + "...";
        if (line.Length == 0) return "";
        var sb = new StringBuilder(": ", line.Length + 2);
        foreach (var c in line) sb.Append(char.IsControl(c) ? '?' : c);
        return sb.ToString();
    }
}

/// <summary>A remote exchange failed; the message says how (the caller names the URL).</summary>
internal sealed class RemoteException(string message, bool timedOut = false) : Exception(message)
{
    /// <summary>True when the deadline passed before the answer was complete.</summary>
    public bool TimedOut { get; } = timedOut;
}
