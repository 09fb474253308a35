using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Sparql.Evaluation;

/// <summary>The value-based '=' and '&lt;' of §17.3 over literals; null means a type error.</summary>
internal static class ValueComparison
{
    private static bool IsKnownType(Literal l) => l.Language is not null || XsdDatatypes.SpaceOf(l) != XsdValueSpace.None;

    /// <summary>Ordering of two literals where the '&lt;' operator defines one (the shared XSD order); null otherwise.</summary>
    public static int? Compare(Literal a, Literal b) => XsdOrder.Compare(a, b);

    public static bool TryBoolean(Literal l, out bool value) => XsdLexicalForms.TryBoolean(XsdLexicalForms.Collapse(l.LexicalForm), out value);

    /// <summary>RDFterm-equal extended with value equality for the known datatypes.</summary>
    public static bool? Equal(Term a, Term b)
    {
        if (a is not Literal la || b is not Literal lb) return a.Equals(b);
        if (la.Language is not null || lb.Language is not null)
        {
            // A language-tagged string never equals a literal without that tag.
            return la.Equals(lb);
        }
        var numA = NumericValue.TryParse(la, out var na);
        var numB = NumericValue.TryParse(lb, out var nb);
        if (numA && numB) return NumericValue.Compare(na, nb) == 0;
        if (la.Equals(lb)) return true;
        var c = Compare(la, lb);
        if (c is not null) return c == 0;
        var validA = numA || !XsdTypes.IsNumericType(la.Datatype.Value);
        var validB = numB || !XsdTypes.IsNumericType(lb.Datatype.Value);
        if (IsKnownType(la) && IsKnownType(lb) && validA && validB && (la.Datatype.Value != lb.Datatype.Value || numA != numB)) return false;
        return null;
    }
}
