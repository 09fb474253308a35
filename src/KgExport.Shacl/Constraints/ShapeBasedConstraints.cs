using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>sh:node: each value node conforms to the node shape.</summary>
internal sealed class NodeConstraint(Shape target) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("NodeConstraintComponent");
    public Shape Shape { get; } = target;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (context.Conforms(Shape, v)) continue;
            context.Report(shape, focus, v, Iri, () => $"Value {Show(v)} does not conform to shape {Show(Shape.Node)}");
            if (context.CanStop) return;
        }
    }
}

/// <summary>sh:property: each value node is validated against the property shape, whose own results are reported.</summary>
internal sealed class PropertyConstraint(PropertyShape property) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("PropertyConstraintComponent");
    public PropertyShape Property { get; } = property;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            context.ValidateNested(Property, v);
            if (context.CanStop) return;
        }
    }
}

/// <summary>
/// sh:qualifiedValueShape with sh:qualifiedMinCount and/or sh:qualifiedMaxCount: the number of value nodes that
/// conform to the shape (and, with sh:qualifiedValueShapesDisjoint, to none of the sibling shapes) is within bounds.
/// </summary>
internal sealed class QualifiedValueShapeConstraint : Constraint
{
    public static readonly Iri MinIri = ShaclVocab.Sh("QualifiedMinCountConstraintComponent");
    public static readonly Iri MaxIri = ShaclVocab.Sh("QualifiedMaxCountConstraintComponent");

    public QualifiedValueShapeConstraint(Shape qualifiedShape, int? min, int? max, IReadOnlyList<Shape> siblings)
    {
        QualifiedShape = qualifiedShape;
        Min = min;
        Max = max;
        Siblings = siblings;
    }

    public Shape QualifiedShape { get; }
    public int? Min { get; }
    public int? Max { get; }

    /// <summary>The sibling qualified shapes to exclude (empty unless sh:qualifiedValueShapesDisjoint is true).</summary>
    public IReadOnlyList<Shape> Siblings { get; }

    public override Iri Component => Min is not null ? MinIri : MaxIri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var count = 0;
        foreach (var v in values)
        {
            if (context.Conforms(QualifiedShape, v) && !Siblings.Any(s => context.Conforms(s, v))) count++;
        }
        if (Min is int min && count < min)
        {
            context.Report(shape, focus, null, MinIri, () => $"Fewer than {min} values conform to {Show(QualifiedShape.Node)} (found {count})");
            if (context.CanStop) return;
        }
        if (Max is int max && count > max)
        {
            context.Report(shape, focus, null, MaxIri, () => $"More than {max} values conform to {Show(QualifiedShape.Node)} (found {count})");
        }
    }
}
