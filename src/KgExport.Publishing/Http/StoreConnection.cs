using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KgExport.Publishing.Http;

/// <summary>An answer from the store: status and body text.</summary>
public sealed record StoreResponse(int StatusCode, string Body);

/// <summary>
/// Sends requests to a store with authentication (Basic, Digest, Bearer) and the retry policy. Each request may take
/// the timeout (default 100 s) for its whole answer. Redirects are followed here, not by the HTTP handler, so they
/// are checked (<see cref="StoreRedirect"/>) and credentials go only to the store's own origin. Request bodies are
/// byte arrays so a request can be rebuilt for a retry, a redirect or an authentication round trip.
/// </summary>
public sealed class StoreConnection : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly StoreCredentials _credentials;
    private readonly RetryPolicy _retry;
    private readonly Func<TimeSpan, CancellationToken, Task> _sleep;
    private readonly Func<double> _jitter;
    private readonly Lock _gate = new();
    private DigestAuthorization? _digest;
    private bool _useBasic;

    /// <summary>How long one request may take when no timeout is given: HttpClient's own default.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    public StoreConnection(StoreCredentials credentials, RetryPolicy retry, HttpMessageHandler? handler = null,
        Func<TimeSpan, CancellationToken, Task>? sleep = null, Func<double>? jitter = null, TimeSpan? timeout = null)
    {
        _ownsClient = true;
        _http = handler is null
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
            : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = timeout ?? DefaultTimeout;
        _credentials = credentials;
        _retry = retry;
        _sleep = sleep ?? Task.Delay;
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    /// <summary>Every attempt made, for progress reporting and tests.</summary>
    public int AttemptCount { get; private set; }

    /// <summary>Called before each retry with the attempt that failed, its reason and the wait.</summary>
    public Action<int, string, TimeSpan>? OnRetry { get; set; }

    /// <summary>
    /// Sends a request and returns a 2xx answer. Connection errors and transient statuses are retried per policy;
    /// anything else throws <see cref="StoreRequestException"/> carrying the store's message.
    /// </summary>
    public async Task<StoreResponse> SendAsync(HttpMethod method, Uri uri, byte[]? body, string? contentType, string? accept, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AttemptCount++;
            string reason;
            Exception? inner = null;
            int? status = null;
            try
            {
                var response = await SendAuthenticatedAsync(method, uri, body, contentType, accept, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode is >= 200 and < 300) return response;
                status = response.StatusCode;
                reason = $"{Describe(method, uri)}: the store answered {response.StatusCode} {ReasonPhrase(response.StatusCode)}" + Detail(response);
                if (response.StatusCode == 401 && _credentials is StoreCredentials.Anonymous)
                    reason += " (the store wants credentials: give --user and --password, or --token)";
                if (!RetryPolicy.IsTransient(response.StatusCode))
                    throw new StoreRequestException(reason, response.StatusCode, attempt);
            }
            catch (HttpRequestException e)
            {
                inner = e;
                reason = $"{Describe(method, uri)}: cannot reach the store ({e.Message})";
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                inner = e;
                reason = $"{Describe(method, uri)}: the store did not answer within {_http.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
            }
            if (attempt >= _retry.MaxAttempts)
            {
                var tries = attempt == 1 ? "1 attempt" : $"{attempt} attempts";
                throw new StoreRequestException($"{reason}; gave up after {tries}", status, attempt, inner);
            }
            var wait = _retry.DelayAfter(attempt, _jitter());
            OnRetry?.Invoke(attempt, reason, wait);
            await _sleep(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<StoreResponse> SendAuthenticatedAsync(HttpMethod method, Uri uri, byte[]? body, string? contentType, string? accept, CancellationToken cancellationToken)
    {
        var response = await SendOnceAsync(method, uri, body, contentType, accept, cancellationToken).ConfigureAwait(false);
        if (response.Status != 401 || _credentials is not StoreCredentials.UserPassword user) return response.Answer;
        // Answer the challenge once; a second 401 means the credentials are wrong.
        var challenge = response.Challenges.FirstOrDefault(c => c.Scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase));
        lock (_gate)
        {
            if (challenge is not null && DigestChallenge.Parse(challenge.Parameter ?? "") is { } digest)
            {
                _digest = new DigestAuthorization(digest, user.User, user.Password);
                _useBasic = false;
            }
            else if (response.Challenges.Any(c => c.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)))
            {
                _useBasic = true;
                _digest = null;
            }
            else
            {
                return response.Answer;
            }
        }
        var second = await SendOnceAsync(method, uri, body, contentType, accept, cancellationToken).ConfigureAwait(false);
        if (second.Status == 401)
            return second.Answer with { Body = $"authentication as \"{user.User}\" was rejected (wrong user or password?) " + second.Answer.Body };
        return second.Answer;
    }

    private sealed record Attempt(int Status, StoreResponse Answer, IReadOnlyList<AuthenticationHeaderValue> Challenges);

    /// <summary>One request and the redirects it is sent on (a 401 at the end is the caller's to answer).</summary>
    private async Task<Attempt> SendOnceAsync(HttpMethod method, Uri uri, byte[]? body, string? contentType, string? accept, CancellationToken cancellationToken)
    {
        var target = uri;
        for (var hops = 0; ; hops++)
        {
            using var request = new HttpRequestMessage(method, target);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
            if (accept is not null) request.Headers.Accept.ParseAdd(accept);
            if (StoreRedirect.SameOrigin(uri, target)) Authorize(request);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (StoreRedirect.IsRedirect(status))
            {
                target = StoreRedirect.Next(Describe(method, uri), method, target, status, response.Headers.Location, hops);
                continue;
            }
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new Attempt(status, new StoreResponse(status, text), [.. response.Headers.WwwAuthenticate]);
        }
    }

    private void Authorize(HttpRequestMessage request)
    {
        switch (_credentials)
        {
            case StoreCredentials.BearerToken token:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
                break;
            case StoreCredentials.UserPassword user:
                lock (_gate)
                {
                    if (_digest is not null)
                        request.Headers.Authorization = new AuthenticationHeaderValue("Digest", _digest.For(request.Method.Method, request.RequestUri!.PathAndQuery));
                    else if (_useBasic)
                        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user.User}:{user.Password}")));
                }
                break;
        }
    }

    private static string Describe(HttpMethod method, Uri uri) => $"{method.Method} {uri.GetLeftPart(UriPartial.Path)}";

    private static string ReasonPhrase(int status) =>
        Enum.IsDefined((HttpStatusCode)status) ? SplitWords(((HttpStatusCode)status).ToString()) : "";

    private static string SplitWords(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append(' ');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Detail(StoreResponse response)
    {
        var text = StoreResponseText.Summarize(response.Body);
        return text.Length == 0 ? "" : ": " + text;
    }

    public void Dispose()
    {
        if (_ownsClient) _http.Dispose();
    }
}
