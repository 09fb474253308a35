using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// A subject whose statements differ within one graph. <see cref="RenamedFrom"/> is set when a removed node and an
/// added node of the same type say mostly the same (their IRI was minted from a value that changed, such as a date):
/// the difference is then shown as one changed node.
/// </summary>
public sealed record NodeDifference(Term Node, ChangeKind Kind, IReadOnlyList<PropertyDifference> Properties)
{
    /// <summary>The old IRI of a node shown as renamed; null otherwise.</summary>
    public Term? RenamedFrom { get; init; }
}
