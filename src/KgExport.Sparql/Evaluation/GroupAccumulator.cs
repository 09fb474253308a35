using System.Text;
using KgExport.Rdf;
using KgExport.Rdf.Values;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The running state of one aggregate (§18.5.1) over one group: rows are added as they stream in, so grouping keeps
/// one small accumulator per group and aggregate instead of every member row. What an accumulator keeps beyond that
/// (GROUP_CONCAT's text, the values of a DISTINCT aggregate) is charged to the group's <see cref="MemoryHold"/>.
/// </summary>
internal abstract class GroupAccumulator
{
    public static GroupAccumulator For(AggregateExpression agg, LiteralValueCache numbers, MemoryHold memory)
    {
        if (agg.Name == "COUNT" && agg.Argument is null) return agg.Distinct ? new DistinctRowCount(memory) : new RowCount();
        GroupAccumulator inner = agg.Name switch
        {
            "COUNT" => new ValueCount(),
            "SUM" => new Sum(numbers, average: false),
            "AVG" => new Sum(numbers, average: true),
            "MIN" => new Extreme(sign: -1),
            "MAX" => new Extreme(sign: 1),
            "SAMPLE" => new First(),
            "GROUP_CONCAT" => new Concat(agg.Separator ?? " ", memory),
            _ => new Unknown(),
        };
        return agg.Distinct ? new DistinctValues(inner, memory) : inner;
    }

    /// <summary>Adds one row: <paramref name="value"/> is the argument's value on it, null on an error (or unbound).</summary>
    public abstract void Add(Term?[] row, Term? value);

    /// <summary>The aggregate's value, or null for an error (the variable is then left unbound).</summary>
    public abstract Term? Result();

    private sealed class RowCount : GroupAccumulator
    {
        private long _n;

        public override void Add(Term?[] row, Term? value) => _n++;

        public override Term? Result() => NumericValue.FromInteger(_n).ToLiteral();
    }

    private sealed class DistinctRowCount(MemoryHold memory) : GroupAccumulator
    {
        private readonly HashSet<Term?[]> _rows = new(Solution.EqualityComparer.Instance);

        public override void Add(Term?[] row, Term? value)
        {
            if (_rows.Add(row)) memory.Add(MemoryBudget.SizeOf(row));
        }

        public override Term? Result() => NumericValue.FromInteger(_rows.Count).ToLiteral();
    }

    /// <summary>DISTINCT over argument values: errors still reach the inner accumulator, each value once.</summary>
    private sealed class DistinctValues(GroupAccumulator inner, MemoryHold memory) : GroupAccumulator
    {
        private readonly HashSet<Term> _seen = [];

        public override void Add(Term?[] row, Term? value)
        {
            if (value is null) inner.Add(row, value);
            else if (_seen.Add(value))
            {
                memory.Add(MemoryBudget.SizeOf(value) + 16);
                inner.Add(row, value);
            }
        }

        public override Term? Result() => inner.Result();
    }

    private sealed class ValueCount : GroupAccumulator
    {
        private long _n;

        public override void Add(Term?[] row, Term? value)
        {
            if (value is not null) _n++;
        }

        public override Term? Result() => NumericValue.FromInteger(_n).ToLiteral();
    }

    /// <summary>SUM and AVG: XPath addition with type promotion; any error or non-number makes the result an error.</summary>
    private sealed class Sum(LiteralValueCache numbers, bool average) : GroupAccumulator
    {
        private NumericValue _sum = NumericValue.FromInteger(0);
        private long _n;
        private bool _error;

        public override void Add(Term?[] row, Term? value)
        {
            if (_error) return;
            if (!numbers.TryGet(value, out var n) || Arithmetic.Apply("+", _sum, n) is not { } s)
            {
                _error = true;
                return;
            }
            _sum = s;
            _n++;
        }

        public override Term? Result()
        {
            if (_error) return null;
            if (!average) return _sum.ToLiteral();
            if (_n == 0) return NumericValue.FromInteger(0).ToLiteral();
            return Arithmetic.Apply("/", _sum, NumericValue.FromInteger(_n))?.ToLiteral();
        }
    }

    /// <summary>MIN (sign -1) and MAX (sign 1) in ORDER BY's order; errors are skipped; the first of equals wins.</summary>
    private sealed class Extreme(int sign) : GroupAccumulator
    {
        private Term? _best;

        public override void Add(Term?[] row, Term? value)
        {
            if (value is null) return;
            if (_best is null || Math.Sign(TermOrder.Compare(value, _best)) == sign) _best = value;
        }

        public override Term? Result() => _best;
    }

    private sealed class First : GroupAccumulator
    {
        private Term? _first;

        public override void Add(Term?[] row, Term? value) => _first ??= value;

        public override Term? Result() => _first;
    }

    /// <summary>
    /// GROUP_CONCAT: a simple literal even when every value shares a language tag (as the test suite expects); IRIs
    /// contribute their string form, as in Jena; an error or a blank node makes the result an error.
    /// </summary>
    private sealed class Concat(string separator, MemoryHold memory) : GroupAccumulator
    {
        private readonly StringBuilder _text = new();
        private bool _any;
        private bool _error;

        public override void Add(Term?[] row, Term? value)
        {
            if (_error) return;
            string part;
            switch (value)
            {
                case Literal l: part = l.LexicalForm; break;
                case Iri iri: part = iri.Value; break;
                default: _error = true; return;
            }
            // The builder, and the string made from it at the end.
            memory.Add(4L * ((_any ? separator.Length : 0) + part.Length));
            if (_any) _text.Append(separator);
            _text.Append(part);
            _any = true;
        }

        public override Term? Result() => _error ? null : new Literal(_text.ToString());
    }

    private sealed class Unknown : GroupAccumulator
    {
        public override void Add(Term?[] row, Term? value)
        {
        }

        public override Term? Result() => null;
    }
}
