using System.Net;

namespace KgExport.Publishing.Tests;

/// <summary>An HttpMessageHandler that answers from a function and records every request it saw.</summary>
internal sealed class FakeStore(Func<HttpRequestMessage, int, HttpResponseMessage> answer) : HttpMessageHandler
{
    public List<(string Method, string Uri, string? Authorization, string? Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(), body));
        return answer(request, Requests.Count);
    }

    public static HttpResponseMessage Status(int code, string body = "") =>
        new((HttpStatusCode)code) { Content = new StringContent(body) };
}
