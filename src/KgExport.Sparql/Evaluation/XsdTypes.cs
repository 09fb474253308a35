using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Sparql.Evaluation;

/// <summary>The XSD datatype IRIs the functions and operators of §17 know about.</summary>
internal static class XsdTypes
{
    public const string Ns = Vocab.Xsd.Namespace;
    public const string String = Ns + "string";
    public const string Boolean = Ns + "boolean";
    public const string Integer = Ns + "integer";
    public const string Decimal = Ns + "decimal";
    public const string Float = Ns + "float";
    public const string Double = Ns + "double";
    public const string DateTime = Ns + "dateTime";
    public const string Date = Ns + "date";
    public const string Time = Ns + "time";
    public const string DayTimeDuration = Ns + "dayTimeDuration";

    public static readonly Iri FloatIri = new(Float);
    public static readonly Iri DayTimeDurationIri = new(DayTimeDuration);

    public static bool IsIntegerType(string datatype) => XsdDatatypes.IsIntegerType(datatype);

    public static bool IsNumericType(string datatype) => XsdDatatypes.IsNumericType(datatype);

    /// <summary>A simple literal or xsd:string (the same thing in RDF 1.1).</summary>
    public static bool IsPlainString(Term t) => t is Literal { Language: null } l && l.Datatype.Value == String;

    /// <summary>A string literal: simple, xsd:string or language-tagged.</summary>
    public static bool IsStringLiteral(Term t) => t is Literal l && (l.Language is not null || l.Datatype.Value == String);
}
