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
        NumericKind.Float => Literal.Typed(FormatDouble(Approx), XsdTypes.FloatIri),
        _ => Literal.Typed(FormatDouble(Approx), Vocab.Xsd.Double),
    };

    public static string FormatDecimal(decimal d)
    {
        var s = d.ToString("0.0############################", Inv);
        return s;
    }

    /// <summary>The XSD canonical form of a double: mantissa with one digit before the point, then E and the exponent.</summary>
    public static string FormatDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "INF";
        if (double.IsNegativeInfinity(d)) return "-INF";
        if (d == 0) return double.IsNegative(d) ? "-0.0E0" : "0.0E0";
        var s = d.ToString("E16", Inv);
        var r = d.ToString("R", Inv);
        // Shortest round-trip digits, rewritten into mantissa/exponent form.
        var parsed = double.Parse(r, Inv);
        var exp = (int)Math.Floor(Math.Log10(Math.Abs(parsed)));
        var mantissa = (decimal)(parsed / Math.Pow(10, exp));
        if (Math.Abs(mantissa) >= 10) { mantissa /= 10; exp++; }
        if (Math.Abs(mantissa) < 1) { mantissa *= 10; exp--; }
        var m = Math.Round(mantissa, 15).ToString("0.0##############", Inv);
        _ = s;
        return m + "E" + exp.ToString(Inv);
    }
}
