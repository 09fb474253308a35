using System.Globalization;

namespace KgExport.Rdf.Values;

public enum NumericKind
{
    Integer,
    Decimal,
    Float,
    Double,
}

/// <summary>A value of one of the four numeric type families, with XPath type promotion.</summary>
public readonly record struct NumericValue(NumericKind Kind, decimal Exact, double Approx)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static NumericValue FromInteger(decimal v) => new(NumericKind.Integer, v, (double)v);
    public static NumericValue FromDecimal(decimal v) => new(NumericKind.Decimal, v, (double)v);
    public static NumericValue FromDouble(double v) => new(NumericKind.Double, 0, v);
    public static NumericValue FromFloat(double v) => new(NumericKind.Float, 0, (float)v);

    private static readonly Iri FloatIri = new(XsdDatatypes.Float);

    public bool IsExact => Kind is NumericKind.Integer or NumericKind.Decimal;

    public double AsDouble => IsExact ? (double)Exact : Approx;

    /// <summary>The value of a well-formed numeric literal; false for other terms, ill-formed forms and integers beyond decimal's range.</summary>
    public static bool TryParse(Term term, out NumericValue value)
    {
        value = default;
        if (term is not Literal { Language: null } l) return false;
        var dt = l.Datatype.Value;
        if (!XsdDatatypes.IsNumericType(dt)) return false;
        var lex = XsdLexicalForms.Collapse(l.LexicalForm);
        if (!XsdLexicalForms.IsNumberForm(dt, lex)) return false;
        if (dt is XsdDatatypes.Double or XsdDatatypes.Float)
        {
            if (!TryParseDouble(lex, out var d)) return false;
            value = dt == XsdDatatypes.Double ? FromDouble(d) : FromFloat(d);
            return true;
        }
        if (!decimal.TryParse(lex, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Inv, out var exact)) return false;
        value = dt == XsdDatatypes.Decimal ? FromDecimal(exact) : FromInteger(exact);
        return true;
    }

    /// <summary>An xsd:double lexical form's value (INF, -INF and NaN included); false for other text.</summary>
    public static bool TryParseDouble(string lex, out double d)
    {
        switch (lex)
        {
            case "INF" or "+INF": d = double.PositiveInfinity; return true;
            case "-INF": d = double.NegativeInfinity; return true;
            case "NaN": d = double.NaN; return true;
        }
        if (!XsdLexicalForms.IsDoubleForm(lex))
        {
            d = 0;
            return false;
        }
        return double.TryParse(lex, NumberStyles.Float, Inv, out d);
    }

    /// <summary>Numeric order with XPath promotion; null when unordered (NaN).</summary>
    public static int? Compare(NumericValue a, NumericValue b)
    {
        var kind = Promote(a.Kind, b.Kind);
        if (kind is NumericKind.Integer or NumericKind.Decimal) return a.Exact.CompareTo(b.Exact);
        var x = a.AsDouble;
        var y = b.AsDouble;
        if (double.IsNaN(x) || double.IsNaN(y)) return null;
        return x.CompareTo(y);
    }

    public static NumericKind Promote(NumericKind a, NumericKind b) => (NumericKind)Math.Max((int)a, (int)b);

    public Literal ToLiteral() => Kind switch
    {
        NumericKind.Integer => Literal.Typed(Exact.ToString("0", Inv), Vocab.Xsd.Integer),
        NumericKind.Decimal => Literal.Typed(FormatDecimal(Exact), Vocab.Xsd.Decimal),
        NumericKind.Float => Literal.Typed(FormatDouble(Approx, asFloat: true), FloatIri),
        _ => Literal.Typed(FormatDouble(Approx), Vocab.Xsd.Double),
    };

    public static string FormatDecimal(decimal d)
    {
        var s = d.ToString("0.0############################", Inv);
        return s;
    }

    /// <summary>The XSD canonical form of a double: shortest round-trip digits as d.ddd…E±n.</summary>
    public static string FormatDouble(double d, bool asFloat = false)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "INF";
        if (double.IsNegativeInfinity(d)) return "-INF";
        if (d == 0) return double.IsNegative(d) ? "-0.0E0" : "0.0E0";
        var r = asFloat ? ((float)d).ToString("R", Inv) : d.ToString("R", Inv);
        var sign = r.StartsWith('-') ? "-" : "";
        if (sign.Length > 0) r = r[1..];
        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, Inv);
            r = r[..e];
        }
        var point = r.IndexOf('.');
        var intPart = point < 0 ? r : r[..point];
        var frac = point < 0 ? "" : r[(point + 1)..];
        var digits = (intPart + frac).TrimStart('0');
        // Position of the decimal point relative to the first significant digit.
        var leadingZeros = (intPart + frac).Length - (intPart + frac).TrimStart('0').Length;
        exp += intPart.Length - leadingZeros - 1;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var mantissa = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return sign + mantissa + "E" + exp.ToString(Inv);
    }
}
