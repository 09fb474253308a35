using System.Net.Http.Headers;
using System.Text;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.Sparql.Federation;

/// <summary>
/// Sends a SERVICE group to a remote SPARQL endpoint (SPARQL 1.1 Protocol, POST <c>application/sparql-query</c>) and
/// reads its answer as SPARQL Results JSON or XML, within the bounds of <see cref="BoundedHttp"/>.
/// </summary>
internal static class ServiceClient
{
    /// <summary>
    /// The solutions <paramref name="endpoint"/> gives for <paramref name="query"/>. Throws
    /// <see cref="RemoteException"/> when the endpoint fails, answers too slowly, too much or not in a results format;
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static QueryResult Query(string endpoint, string query, FederationOptions options, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(query, new UTF8Encoding(false), "application/sparql-query"),
        };
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        request.Headers.Accept.ParseAdd("application/sparql-results+xml;q=0.9");
        var answer = BoundedHttp.Send(request, options.MaxResponseBytes, timeout, cancellationToken);
        if (!answer.IsSuccess) throw new RemoteException(answer.Describe());
        QueryResult result;
        try
        {
            result = SparqlResultsFormats.Read(new StringReader(answer.Text), FormatOf(answer.ContentType));
        }
        catch (Exception e) when (e is SparqlResultsFormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new RemoteException($"answered with malformed results: {e.Message}");
        }
        if (result.Kind != QueryResultKind.Bindings) throw new RemoteException("answered with a boolean, not solutions");
        return result;
    }

    private static SparqlResultsFormat FormatOf(MediaTypeHeaderValue? type) => type?.MediaType?.ToLowerInvariant() switch
    {
        "application/sparql-results+json" or "application/json" => SparqlResultsFormat.Json,
        "application/sparql-results+xml" or "application/xml" or "text/xml" => SparqlResultsFormat.Xml,
        var other => throw new RemoteException($"answered with Content-Type '{other ?? "(none)"}', not SPARQL results JSON or XML"),
    };
}
