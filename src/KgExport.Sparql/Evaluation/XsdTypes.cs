using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Sparql.Evaluation;

/// <summary>What the functions and operators of §17 add to the value layer's <see cref="XsdDatatypes"/>: durations and string tests.</summary>
internal static class XsdTypes
{
    public const string DayTimeDuration = XsdDatatypes.Ns + "dayTimeDuration";

    public static readonly Iri FloatIri = new(XsdDatatypes.Float);
    public static readonly Iri DayTimeDurationIri = new(DayTimeDuration);

    public static bool IsIntegerType(string datatype) => XsdDatatypes.IsIntegerType(datatype);

    public static bool IsNumericType(string datatype) => XsdDatatypes.IsNumericType(datatype);

    /// <summary>A simple literal or xsd:string (the same thing in RDF 1.1).</summary>
    public static bool IsPlainString(Term t) => t is Literal { Language: null } l && l.Datatype.Value == XsdDatatypes.String;

    /// <summary>A string literal: simple, xsd:string or language-tagged.</summary>
    public static bool IsStringLiteral(Term t) => t is Literal l && (l.Language is not null || l.Datatype.Value == XsdDatatypes.String);
}
