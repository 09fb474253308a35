namespace KgExport.Rdf.Values;

/// <summary>
/// The value spaces the XSD value layer orders. Two literals compare only when they fall in the same space
/// (all numeric types share one; xsd:dateTimeStamp shares xsd:dateTime's).
/// </summary>
public enum XsdValueSpace
{
    /// <summary>Not an XSD datatype this layer knows, or a language-tagged string.</summary>
    None,
    Numeric,
    String,
    Boolean,
    DateTime,
    Date,
    Time,
    GYear,
    GYearMonth,
    GMonth,
    GDay,
    GMonthDay,
}
