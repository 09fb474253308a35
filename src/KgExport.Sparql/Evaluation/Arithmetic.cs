using KgExport.Rdf.Values;

namespace KgExport.Sparql.Evaluation;

/// <summary>The numeric operators with XPath promotion: integer → decimal → float → double.</summary>
internal static class Arithmetic
{
    public static NumericValue? Apply(string op, NumericValue a, NumericValue b)
    {
        var kind = NumericValue.Promote(a.Kind, b.Kind);
        if (op == "/" && kind == NumericKind.Integer) kind = NumericKind.Decimal;
        try
        {
            if (kind is NumericKind.Integer or NumericKind.Decimal)
            {
                var x = a.Exact;
                var y = b.Exact;
                decimal r;
                switch (op)
                {
                    case "+": r = x + y; break;
                    case "-": r = x - y; break;
                    case "*": r = x * y; break;
                    case "/":
                        if (y == 0) return null;
                        r = x / y;
                        break;
                    default: return null;
                }
                return kind == NumericKind.Integer ? NumericValue.FromInteger(r) : NumericValue.FromDecimal(r);
            }
            var dx = a.AsDouble;
            var dy = b.AsDouble;
            var d = op switch
            {
                "+" => dx + dy,
                "-" => dx - dy,
                "*" => dx * dy,
                "/" => dx / dy,
                _ => double.NaN,
            };
            return kind == NumericKind.Float ? NumericValue.FromFloat(d) : NumericValue.FromDouble(d);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Numeric comparison; null when unordered (NaN).</summary>
    public static int? Compare(NumericValue a, NumericValue b) => NumericValue.Compare(a, b);
}
