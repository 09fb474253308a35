using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>sh:not: no value node conforms to the shape.</summary>
internal sealed class NotConstraint(Shape negated) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("NotConstraintComponent");
    public Shape Negated { get; } = negated;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (!context.Conforms(Negated, v)) continue;
            context.Report(shape, focus, v, Iri, () => $"Value {Show(v)} conforms to {Show(Negated.Node)}, which it must not");
            if (context.CanStop) return;
        }
    }
}

/// <summary>sh:and, sh:or, sh:xone: each value node conforms to all, at least one, or exactly one of the shapes.</summary>
internal sealed class ShapeListConstraint : Constraint
{
    public static readonly Iri AndIri = ShaclVocab.Sh("AndConstraintComponent");
    public static readonly Iri OrIri = ShaclVocab.Sh("OrConstraintComponent");
    public static readonly Iri XoneIri = ShaclVocab.Sh("XoneConstraintComponent");

    public ShapeListConstraint(Iri component, IReadOnlyList<Shape> members)
    {
        Component = component;
        Members = members;
    }

    public IReadOnlyList<Shape> Members { get; }
    public override Iri Component { get; }

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (Holds(context, v)) continue;
            context.Report(shape, focus, v, Component, () => Component.Equals(AndIri)
                ? $"Value {Show(v)} does not conform to all of the shapes of sh:and"
                : Component.Equals(OrIri)
                    ? $"Value {Show(v)} does not conform to any of the shapes of sh:or"
                    : $"Value {Show(v)} does not conform to exactly one of the shapes of sh:xone");
            if (context.CanStop) return;
        }
    }

    private bool Holds(ValidationContext context, Term v)
    {
        if (Component.Equals(AndIri)) return Members.All(m => context.Conforms(m, v));
        if (Component.Equals(OrIri)) return Members.Any(m => context.Conforms(m, v));
        var count = 0;
        foreach (var m in Members)
        {
            if (context.Conforms(m, v) && ++count > 1) return false;
        }
        return count == 1;
    }
}
