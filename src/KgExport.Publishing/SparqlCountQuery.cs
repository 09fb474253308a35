using KgExport.Publishing.Http;
using KgExport.Rdf;
using KgExport.Sparql.Results;

namespace KgExport.Publishing;

/// <summary>Counts a graph's triples with <c>SELECT (COUNT(*) ...)</c> sent as a GET to a SPARQL query endpoint.</summary>
/// <remarks>GET rather than POST: Virtuoso 7.2 hangs on POSTed <c>application/sparql-query</c>.</remarks>
public static class SparqlCountQuery
{
    public static async Task<long> CountAsync(StoreConnection connection, Uri queryEndpoint, Iri graph, CancellationToken cancellationToken)
    {
        var query = $"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {NTriplesFormatter.Format(graph)} {{ ?s ?p ?o }} }}";
        var uri = StoreUris.WithQuery(queryEndpoint, "query", query);
        var response = await connection.SendAsync(HttpMethod.Get, uri, null, null, "application/sparql-results+json", cancellationToken).ConfigureAwait(false);
        try
        {
            var result = JsonResultsReader.Read(new StringReader(response.Body));
            var row = result.Rows.FirstOrDefault();
            if (row is { Length: > 0 } && row[0] is Literal { } n && long.TryParse(n.LexicalForm, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count))
                return count;
        }
        catch (Exception e) when (e is SparqlResultsFormatException or System.Text.Json.JsonException or FormatException)
        {
            throw new StoreRequestException($"GET {queryEndpoint}: the count answer is not SPARQL JSON results: {e.Message}", response.StatusCode, 1, e);
        }
        throw new StoreRequestException($"GET {queryEndpoint}: the count answer has no number: {StoreResponseText.Summarize(response.Body, 200)}", response.StatusCode, 1);
    }
}
