using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>
/// The values one property of a node lost and gained. One removed and one added value is a change "old → new";
/// otherwise the lists say what went and what came.
/// </summary>
public sealed record PropertyDifference(Iri Predicate, IReadOnlyList<DiffValue> Removed, IReadOnlyList<DiffValue> Added)
{
    /// <summary>True when exactly one value went and one came: a change "old → new".</summary>
    public bool IsReplacement => Removed.Count == 1 && Added.Count == 1;
}
