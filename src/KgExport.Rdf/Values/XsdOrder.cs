namespace KgExport.Rdf.Values;

/// <summary>
/// The one value order of literals, SPARQL's '&lt;' (§17.3) extended to every XSD date/time type: numbers by value
/// with type promotion, simple strings by code point, booleans, and date/time values on the time line. SPARQL's
/// operators and ORDER BY and SHACL's range and property-pair constraints all use it, so they agree on which values
/// are ordered.
/// </summary>
public static class XsdOrder
{
    /// <summary>
    /// The order of two terms; null when they are not comparable: not both literals, different value spaces,
    /// language-tagged, ill-formed, NaN, or date/times whose order depends on a missing time zone.
    /// </summary>
    public static int? Compare(Term a, Term b) => a is Literal la && b is Literal lb ? Compare(la, lb) : null;

    /// <inheritdoc cref="Compare(Term, Term)"/>
    public static int? Compare(Literal a, Literal b)
    {
        var space = XsdDatatypes.SpaceOf(a);
        if (space == XsdValueSpace.None || space != XsdDatatypes.SpaceOf(b)) return null;
        switch (space)
        {
            case XsdValueSpace.Numeric:
                return NumericValue.TryParse(a, out var na) && NumericValue.TryParse(b, out var nb) ? NumericValue.Compare(na, nb) : null;
            case XsdValueSpace.String:
                return Math.Sign(string.CompareOrdinal(a.LexicalForm, b.LexicalForm));
            case XsdValueSpace.Boolean:
                return XsdLexicalForms.TryBoolean(XsdLexicalForms.Collapse(a.LexicalForm), out var ba)
                    && XsdLexicalForms.TryBoolean(XsdLexicalForms.Collapse(b.LexicalForm), out var bb) ? ba.CompareTo(bb) : null;
            default:
                return XsdTemporal.TryParse(a, out var ta) && XsdTemporal.TryParse(b, out var tb) ? XsdTemporal.Compare(ta, tb) : null;
        }
    }
}
