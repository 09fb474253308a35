using System.Text;
using KgExport.Publishing.Http;
using KgExport.Rdf;

namespace KgExport.Publishing;

/// <summary>
/// For stores without the Graph Store Protocol: SPARQL 1.1 Update POSTed as <c>application/sparql-update</c>.
/// Replacing is <c>DROP SILENT GRAPH</c> and <c>INSERT DATA</c> in one request, which a store runs as one
/// operation sequence, so readers never see the graph empty between the two; appending is <c>INSERT DATA</c>.
/// </summary>
public sealed class SparqlUpdateClient(StoreConnection connection, Uri updateEndpoint, Uri queryEndpoint) : IGraphStore
{
    public const string UpdateMediaType = "application/sparql-update";

    public Task ReplaceAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Post, updateEndpoint, Encoding.UTF8.GetBytes(ReplaceText(graph, batch)), UpdateMediaType, null, cancellationToken);

    public Task AppendAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Post, updateEndpoint, Encoding.UTF8.GetBytes(InsertText(graph, batch)), UpdateMediaType, null, cancellationToken);

    public Task<long> CountAsync(Iri graph, CancellationToken cancellationToken) =>
        SparqlCountQuery.CountAsync(connection, queryEndpoint, graph, cancellationToken);

    public string DescribeRequest(Iri graph, GraphBatch batch, bool first)
    {
        var text = first ? ReplaceText(graph, batch) : InsertText(graph, batch);
        var what = first ? "DROP SILENT GRAPH + INSERT DATA" : "INSERT DATA";
        return $"POST {updateEndpoint} ({UpdateMediaType}: {what} {NTriplesFormatter.Format(graph)}, {batch.Triples.Count} triples, {Encoding.UTF8.GetByteCount(text)} bytes)";
    }

    public static string ReplaceText(Iri graph, GraphBatch batch) =>
        $"DROP SILENT GRAPH {NTriplesFormatter.Format(graph)} ;\n" + InsertText(graph, batch);

    public static string InsertText(Iri graph, GraphBatch batch) =>
        $"INSERT DATA {{ GRAPH {NTriplesFormatter.Format(graph)} {{\n{batch.ToNTriples()}}} }}\n";
}
