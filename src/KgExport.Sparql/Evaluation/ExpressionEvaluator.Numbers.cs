using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Sparql.Evaluation;

internal sealed partial class ExpressionEvaluator
{
    private static Term? NumericFunction(string name, Term[] a)
    {
        if (name is not ("ABS" or "ROUND" or "CEIL" or "FLOOR")) return null;
        if (!NumericValue.TryParse(a[0], out var n)) return null;
        if (n.IsExact)
        {
            var v = name switch
            {
                "ABS" => Math.Abs(n.Exact),
                "ROUND" => Math.Floor(n.Exact + 0.5m),
                "CEIL" => Math.Ceiling(n.Exact),
                _ => Math.Floor(n.Exact),
            };
            return (n with { Exact = v, Approx = (double)v }).ToLiteral();
        }
        var d = name switch
        {
            "ABS" => Math.Abs(n.Approx),
            "ROUND" => Math.Floor(n.Approx + 0.5),
            "CEIL" => Math.Ceiling(n.Approx),
            _ => Math.Floor(n.Approx),
        };
        return (n with { Approx = d }).ToLiteral();
    }

    private static Term? HashFunction(string name, Term[] a)
    {
        if (name is not ("MD5" or "SHA1" or "SHA256" or "SHA384" or "SHA512")) return null;
        if (!XsdTypes.IsPlainString(a[0])) return null;
        var bytes = Encoding.UTF8.GetBytes(((Literal)a[0]).LexicalForm);
        var hash = name switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA1" => SHA1.HashData(bytes),
            "SHA256" => SHA256.HashData(bytes),
            "SHA384" => SHA384.HashData(bytes),
            _ => SHA512.HashData(bytes),
        };
        return new Literal(Convert.ToHexStringLower(hash));
    }

    private static Term? DateTimeFunction(string name, Term[] a)
    {
        if (name is not ("YEAR" or "MONTH" or "DAY" or "HOURS" or "MINUTES" or "SECONDS" or "TIMEZONE" or "TZ")) return null;
        if (a[0] is not Literal l || !XsdTemporal.TryParse(l, out var dt) || dt.Space is not (XsdValueSpace.DateTime or XsdValueSpace.Date)) return null;
        return name switch
        {
            "YEAR" => NumericValue.FromInteger(dt.Year).ToLiteral(),
            "MONTH" => NumericValue.FromInteger(dt.Month).ToLiteral(),
            "DAY" => NumericValue.FromInteger(dt.Day).ToLiteral(),
            "HOURS" => NumericValue.FromInteger(dt.Hour).ToLiteral(),
            "MINUTES" => NumericValue.FromInteger(dt.Minute).ToLiteral(),
            "SECONDS" => NumericValue.FromDecimal(dt.Second).ToLiteral(),
            "TIMEZONE" => dt.TimezoneDuration() is { } tz ? Literal.Typed(tz, XsdTypes.DayTimeDurationIri) : null,
            _ => new Literal(dt.Tz()),
        };
    }

    /// <summary>XPath's cast of a number to xs:string: no trailing ".0", plain notation for doubles of moderate size.</summary>
    private static string XPathString(NumericValue n)
    {
        var inv = CultureInfo.InvariantCulture;
        if (n.Kind == NumericKind.Integer) return n.Exact.ToString("0", inv);
        if (n.Kind == NumericKind.Decimal) return n.Exact.ToString("0.############################", inv);
        var d = n.Approx;
        if (double.IsNaN(d) || double.IsInfinity(d)) return NumericValue.FormatDouble(d);
        if (d == 0) return double.IsNegative(d) ? "-0" : "0";
        var abs = Math.Abs(d);
        if (abs >= 1e-6 && abs < 1e6) return (n.Kind == NumericKind.Float ? ((float)d).ToString("R", inv) : d.ToString("R", inv));
        return NumericValue.FormatDouble(d);
    }

    /// <summary>XSD constructor functions (casts) of §17.5.</summary>
    private static Term? Cast(string name, Term[] a)
    {
        if (!name.StartsWith(XsdDatatypes.Ns, StringComparison.Ordinal) || a.Length != 1) return null;
        var value = a[0];
        if (value is BlankNode) return null;
        if (name == XsdDatatypes.String)
        {
            return value switch
            {
                Iri i => new Literal(i.Value),
                Literal { Language: null } l when l.Datatype.Value == XsdDatatypes.Boolean && ValueComparison.TryBoolean(l, out var bv) => new Literal(bv ? "true" : "false"),
                Literal { Language: null } n when NumericValue.TryParse(n, out var nv) => new Literal(XPathString(nv)),
                Literal l => new Literal(l.LexicalForm),
                _ => null,
            };
        }
        if (value is not Literal lit || lit.Language is not null) return null;
        var lex = lit.LexicalForm;
        var fromString = lit.Datatype.Value == XsdDatatypes.String;
        var isNum = NumericValue.TryParse(lit, out var num);
        if (!fromString && !isNum && XsdTypes.IsNumericType(lit.Datatype.Value)) return null;
        var inv = CultureInfo.InvariantCulture;
        switch (name)
        {
            case XsdDatatypes.Boolean:
                if (fromString || lit.Datatype.Value == XsdDatatypes.Boolean)
                {
                    var t = lex.Trim();
                    return t is "true" or "1" ? Bool(true) : t is "false" or "0" ? Bool(false) : null;
                }
                if (isNum) return Bool(num.IsExact ? num.Exact != 0 : !(num.Approx == 0 || double.IsNaN(num.Approx)));
                return null;
            case XsdDatatypes.Integer:
                if (fromString)
                {
                    var t = lex.Trim();
                    return decimal.TryParse(t, NumberStyles.AllowLeadingSign, inv, out var i) ? NumericValue.FromInteger(i).ToLiteral() : null;
                }
                if (lit.Datatype.Value == XsdDatatypes.Boolean) return ValueComparison.TryBoolean(lit, out var b) ? NumericValue.FromInteger(b ? 1 : 0).ToLiteral() : null;
                if (!isNum) return null;
                if (num.IsExact) return NumericValue.FromInteger(decimal.Truncate(num.Exact)).ToLiteral();
                if (double.IsNaN(num.Approx) || double.IsInfinity(num.Approx)) return null;
                try
                {
                    return NumericValue.FromInteger(decimal.Truncate((decimal)num.Approx)).ToLiteral();
                }
                catch (OverflowException)
                {
                    return null;
                }
            case XsdDatatypes.Decimal:
                if (fromString)
                {
                    var t = lex.Trim();
                    if (t.Contains('e') || t.Contains('E')) return null;
                    return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, inv, out var d) ? NumericValue.FromDecimal(d).ToLiteral() : null;
                }
                if (lit.Datatype.Value == XsdDatatypes.Boolean) return ValueComparison.TryBoolean(lit, out var bd) ? NumericValue.FromDecimal(bd ? 1 : 0).ToLiteral() : null;
                if (!isNum) return null;
                if (num.IsExact) return NumericValue.FromDecimal(num.Exact).ToLiteral();
                if (double.IsNaN(num.Approx) || double.IsInfinity(num.Approx)) return null;
                try
                {
                    return NumericValue.FromDecimal((decimal)num.Approx).ToLiteral();
                }
                catch (OverflowException)
                {
                    return null;
                }
            case XsdDatatypes.Double or XsdDatatypes.Float:
            {
                double d;
                if (fromString)
                {
                    if (!NumericValue.TryParseDouble(lex.Trim(), out d)) return null;
                }
                else if (lit.Datatype.Value == XsdDatatypes.Boolean)
                {
                    if (!ValueComparison.TryBoolean(lit, out var bb)) return null;
                    d = bb ? 1 : 0;
                }
                else if (isNum)
                {
                    d = num.AsDouble;
                }
                else
                {
                    return null;
                }
                return name == XsdDatatypes.Double ? NumericValue.FromDouble(d).ToLiteral() : NumericValue.FromFloat(d).ToLiteral();
            }
            case XsdDatatypes.DateTime:
            {
                if (!fromString && lit.Datatype.Value != XsdDatatypes.DateTime) return null;
                var candidate = Literal.Typed(lex.Trim(), Vocab.Xsd.DateTime);
                return XsdTemporal.TryParse(candidate, out _) ? candidate : null;
            }
        }
        return null;
    }
}
