using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>sh:minCount: at least this many value nodes.</summary>
internal sealed class MinCountConstraint(int min) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("MinCountConstraintComponent");
    public int Min { get; } = min;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        if (values.Count < Min) context.Report(shape, focus, null, Iri, () => $"Fewer than {Min} values (found {values.Count})");
    }
}

/// <summary>sh:maxCount: at most this many value nodes.</summary>
internal sealed class MaxCountConstraint(int max) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("MaxCountConstraintComponent");
    public int Max { get; } = max;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        if (values.Count > Max) context.Report(shape, focus, null, Iri, () => $"More than {Max} values (found {values.Count})");
    }
}
