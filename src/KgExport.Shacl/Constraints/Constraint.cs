using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// One use of a constraint component in a shape, with its parameter values already read and checked. Validation
/// reports each failure to the context, which either records a result or just notes non-conformance.
/// </summary>
internal abstract class Constraint
{
    /// <summary>The constraint component IRI reported as sh:sourceConstraintComponent.</summary>
    public abstract Iri Component { get; }

    internal abstract void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values);

    /// <summary>A term for a default message: N-Triples, but with XSD datatypes shortened to xsd:.</summary>
    private protected static string Show(Term t)
    {
        if (t is not Literal { Language: null, IsSimple: false } l || !l.Datatype.Value.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal)) return t.ToString();
        return NTriplesFormatter.Format(new Literal(l.LexicalForm)) + "^^xsd:" + l.Datatype.Value[Vocab.Xsd.Namespace.Length..];
    }
}
