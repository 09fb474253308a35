namespace KgExport.Rdf.Values;

/// <summary>The XSD datatype IRIs the value layer knows, and the value space each belongs to.</summary>
public static class XsdDatatypes
{
    public const string Ns = Vocab.Xsd.Namespace;
    public const string String = Ns + "string";
    public const string Boolean = Ns + "boolean";
    public const string Integer = Ns + "integer";
    public const string Decimal = Ns + "decimal";
    public const string Float = Ns + "float";
    public const string Double = Ns + "double";
    public const string DateTime = Ns + "dateTime";
    public const string DateTimeStamp = Ns + "dateTimeStamp";
    public const string Date = Ns + "date";
    public const string Time = Ns + "time";
    public const string GYear = Ns + "gYear";
    public const string GYearMonth = Ns + "gYearMonth";
    public const string GMonth = Ns + "gMonth";
    public const string GDay = Ns + "gDay";
    public const string GMonthDay = Ns + "gMonthDay";

    /// <summary>The integer types with their inclusive bounds (null: unbounded on that side).</summary>
    private static readonly Dictionary<string, (decimal? Min, decimal? Max)> IntegerTypes = new()
    {
        [Integer] = (null, null),
        [Ns + "long"] = (long.MinValue, long.MaxValue),
        [Ns + "int"] = (int.MinValue, int.MaxValue),
        [Ns + "short"] = (short.MinValue, short.MaxValue),
        [Ns + "byte"] = (sbyte.MinValue, sbyte.MaxValue),
        [Ns + "nonNegativeInteger"] = (0, null),
        [Ns + "positiveInteger"] = (1, null),
        [Ns + "nonPositiveInteger"] = (null, 0),
        [Ns + "negativeInteger"] = (null, -1),
        [Ns + "unsignedLong"] = (0, ulong.MaxValue),
        [Ns + "unsignedInt"] = (0, uint.MaxValue),
        [Ns + "unsignedShort"] = (0, ushort.MaxValue),
        [Ns + "unsignedByte"] = (0, byte.MaxValue),
    };

    public static bool IsIntegerType(string datatype) => IntegerTypes.ContainsKey(datatype);

    public static bool IsNumericType(string datatype) => IntegerTypes.ContainsKey(datatype) || datatype is Decimal or Float or Double;

    /// <summary>The bounds of an integer type; false for a datatype that is not one.</summary>
    public static bool TryIntegerBounds(string datatype, out decimal? min, out decimal? max)
    {
        var found = IntegerTypes.TryGetValue(datatype, out var bounds);
        (min, max) = bounds;
        return found;
    }

    /// <summary>The value space of a literal: None for language-tagged strings and for datatypes outside this layer.</summary>
    public static XsdValueSpace SpaceOf(Literal literal)
    {
        if (literal.Language is not null) return XsdValueSpace.None;
        var dt = literal.Datatype.Value;
        if (IsNumericType(dt)) return XsdValueSpace.Numeric;
        return dt switch
        {
            String => XsdValueSpace.String,
            Boolean => XsdValueSpace.Boolean,
            DateTime or DateTimeStamp => XsdValueSpace.DateTime,
            Date => XsdValueSpace.Date,
            Time => XsdValueSpace.Time,
            GYear => XsdValueSpace.GYear,
            GYearMonth => XsdValueSpace.GYearMonth,
            GMonth => XsdValueSpace.GMonth,
            GDay => XsdValueSpace.GDay,
            GMonthDay => XsdValueSpace.GMonthDay,
            _ => XsdValueSpace.None,
        };
    }

    /// <summary>Whether the value space is one of the date/time (seven-property) spaces.</summary>
    public static bool IsTemporal(XsdValueSpace space) => space >= XsdValueSpace.DateTime;
}
