using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Shacl;

/// <summary>
/// sh:minExclusive, sh:minInclusive, sh:maxExclusive, sh:maxInclusive: each value node compares with the bound as
/// required; a value that cannot be compared with the bound (another type, ill-formed, not a literal) fails.
/// </summary>
internal sealed class RangeConstraint : Constraint
{
    private readonly Func<int, bool> _accepts;
    private readonly string _relation;

    private RangeConstraint(Literal bound, Iri component, Func<int, bool> accepts, string relation)
    {
        Bound = bound;
        Component = component;
        _accepts = accepts;
        _relation = relation;
    }

    public static readonly Iri MinExclusive = ShaclVocab.Sh("MinExclusiveConstraintComponent");
    public static readonly Iri MinInclusive = ShaclVocab.Sh("MinInclusiveConstraintComponent");
    public static readonly Iri MaxExclusive = ShaclVocab.Sh("MaxExclusiveConstraintComponent");
    public static readonly Iri MaxInclusive = ShaclVocab.Sh("MaxInclusiveConstraintComponent");

    public Literal Bound { get; }
    public override Iri Component { get; }

    // The comparison is value-vs-bound: Compare(value, bound) must satisfy the predicate.
    public static RangeConstraint MinExclusiveOf(Literal bound) => new(bound, MinExclusive, c => c > 0, ">");
    public static RangeConstraint MinInclusiveOf(Literal bound) => new(bound, MinInclusive, c => c >= 0, ">=");
    public static RangeConstraint MaxExclusiveOf(Literal bound) => new(bound, MaxExclusive, c => c < 0, "<");
    public static RangeConstraint MaxInclusiveOf(Literal bound) => new(bound, MaxInclusive, c => c <= 0, "<=");

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            var c = XsdOrder.Compare(v, Bound);
            if (c is int order && _accepts(order)) continue;
            context.Report(shape, focus, v, Component, () => $"Value {Show(v)} is not {_relation} {Show(Bound)}");
            if (context.CanStop) return;
        }
    }
}
