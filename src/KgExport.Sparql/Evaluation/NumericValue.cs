using System.Globalization;
using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

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

    public bool IsExact => Kind is NumericKind.Integer or NumericKind.Decimal;

    public double AsDouble => IsExact ? (double)Exact : Approx;

    public static bool TryParse(Term term, out NumericValue value)
    {
        value = default;
        if (term is not Literal { Language: null } l) return false;
        var dt = l.Datatype.Value;
        var lex = l.LexicalForm.Trim();
        if (XsdTypes.IsIntegerType(dt))
        {
            if (lex.Length == 0 || lex.Contains('.') || lex.Contains('e') || lex.Contains('E')) return false;
            if (!decimal.TryParse(lex, NumberStyles.AllowLeadingSign, Inv, out var d)) return false;
            value = FromInteger(d);
            return true;
        }
        if (dt == XsdTypes.Decimal)
        {
            if (lex.Contains('e') || lex.Contains('E') || lex.Length == 0) return false;
            if (!decimal.TryParse(lex, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Inv, out var d)) return false;
            value = FromDecimal(d);
            return true;
        }
        if (dt is XsdTypes.Double or XsdTypes.Float)
        {
            if (!TryParseDouble(lex, out var d)) return false;
            value = dt == XsdTypes.Double ? FromDouble(d) : FromFloat(d);
            return true;
        }
        return false;
    }

    public static bool TryParseDouble(string lex, out double d)
    {
        switch (lex)
        {
            case "INF" or "+INF": d = double.PositiveInfinity; return true;
            case "-INF": d = double.NegativeInfinity; return true;
            case "NaN": d = double.NaN; return true;
        }
        if (lex.Length == 0 || lex.Contains("Infinity", StringComparison.OrdinalIgnoreCase) || lex.Contains(',') || lex.Contains(' '))
        {
            d = 0;
            return false;
        }
        return double.TryParse(lex, NumberStyles.Float, Inv, out d);
    }

    public static NumericKind Promote(NumericKind a, NumericKind b) => (NumericKind)Math.Max((int)a, (int)b);

    public Literal ToLiteral() => Kind switch
    {
        NumericKind.Integer => Literal.Typed(Exact.ToString("0", Inv), Vocab.Xsd.Integer),
        NumericKind.Decimal => Literal.Typed(FormatDecimal(Exact), Vocab.Xsd.Decimal),
        NumericKind.Float => Literal.Typed(FormatDouble(Approx, asFloat: true), XsdTypes.FloatIri),
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
