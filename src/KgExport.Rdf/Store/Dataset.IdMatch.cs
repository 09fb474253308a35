namespace KgExport.Rdf;

// Id-level pattern matching for query engines: no quad is allocated per match.
public sealed partial class Dataset
{
    /// <summary>
    /// The (subject, predicate, object) ids of the triples of one graph (null: the default graph) matching a pattern of
    /// ids, 0 standing for "any"; <see cref="TermOf"/> gives the terms. Do not modify the dataset while enumerating.
    /// </summary>
    public IEnumerable<(int S, int P, int O)> MatchIds(int subject, int predicate, int @object, Term? graph = null) =>
        IndexFor(graph, create: false)?.Match(subject, predicate, @object) ?? [];
}
