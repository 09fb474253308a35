using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// The differences inside one graph (<see cref="Graph"/> null: the default graph): per node, then the statements that
/// belong to no node one can name (about blank nodes that are not nested under a named node).
/// </summary>
public sealed record GraphDifference(Term? Graph, ChangeKind Kind, IReadOnlyList<NodeDifference> Nodes, IReadOnlyList<Quad> OtherRemoved, IReadOnlyList<Quad> OtherAdded);
