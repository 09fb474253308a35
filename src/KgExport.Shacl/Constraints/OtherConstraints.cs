using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>sh:closed true: each value node has only the properties the shape declares (sh:property paths) or ignores.</summary>
internal sealed class ClosedConstraint(IReadOnlySet<Iri> allowed) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("ClosedConstraintComponent");
    public IReadOnlySet<Iri> Allowed { get; } = allowed;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (v is Literal) continue;
            foreach (var q in context.Data.Match(v, null, null))
            {
                if (Allowed.Contains(q.Predicate)) continue;
                var (p, o) = (q.Predicate, q.Object);
                context.Report(shape, focus, o, Iri, () => $"Property {Show(p)} is not allowed on a closed shape", new PredicatePath(p));
                if (context.CanStop) return;
            }
        }
    }
}

/// <summary>sh:hasValue: the term is one of the value nodes (one result, without a value, when it is not).</summary>
internal sealed class HasValueConstraint(Term value) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("HasValueConstraintComponent");
    public Term Value { get; } = value;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        if (values.Contains(Value)) return;
        context.Report(shape, focus, null, Iri, () => $"Missing expected value {Show(Value)}");
    }
}

/// <summary>sh:in: each value node is one of the listed terms.</summary>
internal sealed class InConstraint(IReadOnlyList<Term> members) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("InConstraintComponent");
    private readonly HashSet<Term> _set = [.. members];
    public IReadOnlyList<Term> Members { get; } = members;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (_set.Contains(v)) continue;
            context.Report(shape, focus, v, Iri, () => $"Value {Show(v)} is not one of the allowed values");
            if (context.CanStop) return;
        }
    }
}
