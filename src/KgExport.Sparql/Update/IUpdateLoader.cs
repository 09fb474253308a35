using KgExport.Rdf;

namespace KgExport.Sparql.Update;

/// <summary>
/// What SPARQL <c>LOAD &lt;iri&gt;</c> reads through, given by the host in <see cref="Evaluation.QueryOptions.Loader"/>.
/// Without one, LOAD is refused: the engine itself reads neither files nor the network.
/// </summary>
public interface IUpdateLoader
{
    /// <summary>The quads of the document at <paramref name="source"/>; throws <see cref="Evaluation.QueryEvaluationException"/> to refuse it.</summary>
    IEnumerable<Quad> Load(Iri source, CancellationToken cancellationToken);
}
