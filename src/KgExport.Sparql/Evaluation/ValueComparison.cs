using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>The value-based '=' and '&lt;' of §17.3 over literals; null means a type error.</summary>
internal static class ValueComparison
{
    private static bool IsKnownType(Literal l) =>
        l.Language is not null || l.Datatype.Value is XsdTypes.String or XsdTypes.Boolean or XsdTypes.DateTime or XsdTypes.Date
        || XsdTypes.IsNumericType(l.Datatype.Value);

    /// <summary>Ordering of two literals where the '&lt;' operator defines one; null otherwise.</summary>
    public static int? Compare(Literal a, Literal b)
    {
        if (NumericValue.TryParse(a, out var na) && NumericValue.TryParse(b, out var nb)) return Arithmetic.Compare(na, nb);
        if (XsdTypes.IsPlainString(a) && XsdTypes.IsPlainString(b)) return Math.Sign(string.CompareOrdinal(a.LexicalForm, b.LexicalForm));
        var da = a.Datatype.Value;
        var db = b.Datatype.Value;
        if (da == XsdTypes.Boolean && db == XsdTypes.Boolean && TryBoolean(a, out var ba) && TryBoolean(b, out var bb)) return ba.CompareTo(bb);
        if (da == db && da is XsdTypes.DateTime or XsdTypes.Date && XsdDateTime.TryParse(a, out var ta) && XsdDateTime.TryParse(b, out var tb))
            return XsdDateTime.Compare(ta, tb);
        return null;
    }

    public static bool TryBoolean(Literal l, out bool value)
    {
        switch (l.LexicalForm)
        {
            case "true" or "1": value = true; return true;
            case "false" or "0": value = false; return true;
            default: value = false; return false;
        }
    }

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
        if (numA && numB) return Arithmetic.Compare(na, nb) == 0;
        if (la.Equals(lb)) return true;
        var c = Compare(la, lb);
        if (c is not null) return c == 0;
        var validA = numA || !XsdTypes.IsNumericType(la.Datatype.Value);
        var validB = numB || !XsdTypes.IsNumericType(lb.Datatype.Value);
        if (IsKnownType(la) && IsKnownType(lb) && validA && validB && (la.Datatype.Value != lb.Datatype.Value || numA != numB)) return false;
        return null;
    }
}
