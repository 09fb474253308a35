using KgExport.Rdf;

namespace KgExport.Publishing;

/// <summary>
/// A store that holds named graphs: replace a graph's content, append to it, count its triples. Implemented over
/// the SPARQL 1.1 Graph Store HTTP Protocol (<see cref="GraphStoreClient"/>) and over SPARQL 1.1 Update
/// (<see cref="SparqlUpdateClient"/>).
/// </summary>
public interface IGraphStore
{
    /// <summary>Replaces the graph's whole content with the batch (idempotent).</summary>
    Task ReplaceAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken);

    /// <summary>Adds the batch's triples to the graph.</summary>
    Task AppendAsync(Iri graph, GraphBatch batch, CancellationToken cancellationToken);

    /// <summary>The number of triples the store holds in the graph.</summary>
    Task<long> CountAsync(Iri graph, CancellationToken cancellationToken);

    /// <summary>What <see cref="ReplaceAsync"/> (first) or <see cref="AppendAsync"/> would send, for --dry-run.</summary>
    string DescribeRequest(Iri graph, GraphBatch batch, bool first);
}
