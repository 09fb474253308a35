using System.Text;
using KgExport.Publishing.Http;
using KgExport.Rdf;

namespace KgExport.Publishing;

/// <summary>
/// SPARQL 1.1 Graph Store HTTP Protocol, indirect graph identification (<c>?graph=IRI</c>): PUT replaces a named
/// graph, POST merges into it. Bodies are N-Triples. Counting goes through a SPARQL query endpoint.
/// </summary>
public sealed class GraphStoreClient(StoreConnection connection, Uri store, Uri queryEndpoint) : IGraphStore
{
    public const string NTriplesMediaType = "application/n-triples";

    public Task ReplaceAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Put, GraphUri(graph), Encoding.UTF8.GetBytes(batch.ToNTriples()), NTriplesMediaType, null, cancellationToken);

    public Task AppendAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Post, GraphUri(graph), Encoding.UTF8.GetBytes(batch.ToNTriples()), NTriplesMediaType, null, cancellationToken);

    public Task<long> CountAsync(Iri graph, CancellationToken cancellationToken) =>
        SparqlCountQuery.CountAsync(connection, queryEndpoint, graph, cancellationToken);

    public string DescribeRequest(Iri graph, GraphBatch batch, bool first) =>
        $"{(first ? "PUT" : "POST")} {GraphUri(graph)} ({NTriplesMediaType}, {batch.Triples.Count} triples, {Encoding.UTF8.GetByteCount(batch.ToNTriples())} bytes)";

    private Uri GraphUri(Iri graph) => StoreUris.WithQuery(store, "graph", graph.Value);
}
