using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Shacl;

/// <summary>
/// sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals: compare the value nodes with the objects of a
/// predicate at the focus node.
/// </summary>
internal sealed class PropertyPairConstraint : Constraint
{
    public static readonly Iri EqualsIri = ShaclVocab.Sh("EqualsConstraintComponent");
    public static readonly Iri DisjointIri = ShaclVocab.Sh("DisjointConstraintComponent");
    public static readonly Iri LessThanIri = ShaclVocab.Sh("LessThanConstraintComponent");
    public static readonly Iri LessThanOrEqualsIri = ShaclVocab.Sh("LessThanOrEqualsConstraintComponent");

    public PropertyPairConstraint(Iri component, Iri predicate)
    {
        Component = component;
        Predicate = predicate;
    }

    public Iri Predicate { get; }
    public override Iri Component { get; }

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var others = context.Data.Objects(focus, Predicate).ToHashSet();
        if (Component.Equals(EqualsIri))
        {
            foreach (var v in values)
            {
                if (others.Contains(v)) continue;
                context.Report(shape, focus, v, Component, () => $"Value {Show(v)} is not a value of {Show(Predicate)}");
                if (context.CanStop) return;
            }
            var own = values as IReadOnlySet<Term> ?? values.ToHashSet();
            foreach (var o in others)
            {
                if (own.Contains(o)) continue;
                context.Report(shape, focus, o, Component, () => $"Value {Show(o)} of {Show(Predicate)} is missing here");
                if (context.CanStop) return;
            }
            return;
        }
        if (Component.Equals(DisjointIri))
        {
            foreach (var v in values)
            {
                if (!others.Contains(v)) continue;
                context.Report(shape, focus, v, Component, () => $"Value {Show(v)} is also a value of {Show(Predicate)}");
                if (context.CanStop) return;
            }
            return;
        }
        var orEqual = Component.Equals(LessThanOrEqualsIri);
        foreach (var v in values)
        {
            foreach (var o in others)
            {
                var c = XsdOrder.Compare(v, o);
                if (c is int order && (order < 0 || (orEqual && order == 0))) continue;
                context.Report(shape, focus, v, Component, () => $"Value {Show(v)} is not {(orEqual ? "<=" : "<")} {Show(o)} ({Show(Predicate)})");
                if (context.CanStop) return;
            }
        }
    }
}
