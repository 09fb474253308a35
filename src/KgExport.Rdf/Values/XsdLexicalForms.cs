using System.Globalization;
using System.Text.RegularExpressions;

namespace KgExport.Rdf.Values;

/// <summary>
/// Whether a literal's lexical form is in the lexical space of its XSD datatype (after XSD's whitespace collapse).
/// The one well-formedness rule: SHACL's sh:datatype, the SPARQL operators and the order all use it.
/// </summary>
public static partial class XsdLexicalForms
{
    /// <summary>The form with XML whitespace (space, tab, CR, LF) trimmed, as the collapse facet of the non-string types does.</summary>
    public static string Collapse(string lexicalForm) => lexicalForm.Trim(' ', '\t', '\n', '\r');

    /// <summary>Whether the literal's lexical form is valid for its datatype. Datatypes outside XSD are always valid.</summary>
    public static bool IsWellFormed(Literal literal)
    {
        var dt = literal.Datatype.Value;
        if (!dt.StartsWith(XsdDatatypes.Ns, StringComparison.Ordinal))
        {
            return dt != Vocab.Rdf.LangString.Value || literal.Language is not null;
        }
        var local = dt[XsdDatatypes.Ns.Length..];
        if (local is "string" or "normalizedString" or "token" or "anyURI") return true;
        if (XsdDatatypes.IsNumericType(dt)) return IsNumberForm(dt, Collapse(literal.LexicalForm));
        if (XsdDatatypes.IsTemporal(XsdDatatypes.SpaceOf(literal))) return XsdTemporal.TryParse(literal, out _);
        var collapsed = Collapse(literal.LexicalForm);
        return local switch
        {
            "boolean" => TryBoolean(collapsed, out _),
            "duration" => DurationPattern().IsMatch(collapsed) && collapsed.Any(char.IsAsciiDigit) && !collapsed.EndsWith('T'),
            "language" => LanguagePattern().IsMatch(collapsed),
            "hexBinary" => collapsed.Length % 2 == 0 && collapsed.All(char.IsAsciiHexDigit),
            "base64Binary" => IsBase64(collapsed),
            _ => true,
        };
    }

    /// <summary>
    /// A numeric form valid for the datatype, within a bounded integer type's range. An xsd:integer too large for
    /// <see cref="decimal"/> is well-formed though <see cref="NumericValue"/> cannot hold it.
    /// </summary>
    public static bool IsNumberForm(string datatype, string collapsed)
    {
        if (datatype is XsdDatatypes.Decimal) return IsDecimalForm(collapsed);
        if (datatype is XsdDatatypes.Double or XsdDatatypes.Float) return IsDoubleForm(collapsed);
        if (!XsdDatatypes.TryIntegerBounds(datatype, out var min, out var max) || !IsIntegerForm(collapsed)) return false;
        if (!decimal.TryParse(collapsed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)) return min is null && max is null;
        return (min is null || v >= min) && (max is null || v <= max);
    }

    /// <summary>An xsd:boolean lexical form: true, false, 1 or 0.</summary>
    public static bool TryBoolean(string collapsed, out bool value)
    {
        switch (collapsed)
        {
            case "true" or "1": value = true; return true;
            case "false" or "0": value = false; return true;
            default: value = false; return false;
        }
    }

    /// <summary>[+-]?[0-9]+</summary>
    public static bool IsIntegerForm(ReadOnlySpan<char> s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        var digits = Digits(s, ref i);
        return digits > 0 && i == s.Length;
    }

    /// <summary>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)</summary>
    public static bool IsDecimalForm(ReadOnlySpan<char> s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        return Mantissa(s, ref i) && i == s.Length;
    }

    /// <summary>The xsd:double / xsd:float forms: a decimal with an optional exponent, or [+-]?INF, or NaN.</summary>
    public static bool IsDoubleForm(ReadOnlySpan<char> s)
    {
        if (s is "INF" or "+INF" or "-INF" or "NaN") return true;
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (!Mantissa(s, ref i)) return false;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            if (Digits(s, ref i) == 0) return false;
        }
        return i == s.Length;
    }

    private static bool Mantissa(ReadOnlySpan<char> s, ref int i)
    {
        var whole = Digits(s, ref i);
        var fraction = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fraction = Digits(s, ref i);
        }
        return whole + fraction > 0;
    }

    private static int Digits(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i - start;
    }

    private static bool IsBase64(string s)
    {
        var compact = s.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length % 4 != 0) return false;
        return Convert.TryFromBase64String(compact, new byte[compact.Length], out _);
    }

    internal static int ParseInt(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguagePattern();
}
