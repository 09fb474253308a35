using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Shacl;

/// <summary>sh:class: each value node is a SHACL instance of the class in the data graph.</summary>
internal sealed class ClassConstraint(Term @class) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("ClassConstraintComponent");
    public Term Class { get; } = @class;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (!context.Data.IsInstanceOf(v, Class))
            {
                context.Report(shape, focus, v, Iri, () => $"Value {Show(v)} is not an instance of {Show(Class)}");
                if (context.CanStop) return;
            }
        }
    }
}

/// <summary>sh:datatype: each value node is a literal of the datatype, well-formed if the datatype is a known XSD one.</summary>
internal sealed class DatatypeConstraint(Iri datatype) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("DatatypeConstraintComponent");
    public Iri Datatype { get; } = datatype;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (v is Literal l && l.Datatype.Equals(Datatype) && XsdLexicalForms.IsWellFormed(l)) continue;
            context.Report(shape, focus, v, Iri, () => v is Literal lit && lit.Datatype.Equals(Datatype)
                ? $"Value {Show(v)} is not a valid lexical form of {Show(Datatype)}"
                : $"Value {Show(v)} does not have datatype {Show(Datatype)}");
            if (context.CanStop) return;
        }
    }
}

/// <summary>sh:nodeKind: each value node is of the given kind (IRI, blank node, literal or a combination).</summary>
internal sealed class NodeKindConstraint(Iri kind) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("NodeKindConstraintComponent");
    public Iri Kind { get; } = kind;
    public override Iri Component => Iri;

    private readonly bool _iri = kind.Equals(ShaclVocab.Iri) || kind.Equals(ShaclVocab.BlankNodeOrIri) || kind.Equals(ShaclVocab.IriOrLiteral);
    private readonly bool _blank = kind.Equals(ShaclVocab.BlankNode) || kind.Equals(ShaclVocab.BlankNodeOrIri) || kind.Equals(ShaclVocab.BlankNodeOrLiteral);
    private readonly bool _literal = kind.Equals(ShaclVocab.Literal) || kind.Equals(ShaclVocab.BlankNodeOrLiteral) || kind.Equals(ShaclVocab.IriOrLiteral);

    public static bool IsKnownKind(Term t) =>
        t is Iri i && (i.Equals(ShaclVocab.Iri) || i.Equals(ShaclVocab.BlankNode) || i.Equals(ShaclVocab.Literal)
            || i.Equals(ShaclVocab.BlankNodeOrIri) || i.Equals(ShaclVocab.BlankNodeOrLiteral) || i.Equals(ShaclVocab.IriOrLiteral));

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            var ok = v.Kind switch
            {
                TermKind.Iri => _iri,
                TermKind.BlankNode => _blank,
                _ => _literal,
            };
            if (ok) continue;
            context.Report(shape, focus, v, Iri, () => $"Value {Show(v)} is not of node kind {Show(Kind)}");
            if (context.CanStop) return;
        }
    }
}
