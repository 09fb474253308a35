using System.Text;
using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

public sealed partial class AlgebraEvaluator
{
    private IEnumerable<Term?[]> EvaluateGroup(Group g, Term?[] seed, IReadOnlyList<Term?> graphs)
    {
        var keySlots = g.Keys.Select(k => _ctx.Slot(k.Variable)).ToArray();
        var aggSlots = g.Aggregates.Select(a => _ctx.Slot(a.Variable)).ToArray();
        var groups = new Dictionary<Term?[], List<Term?[]>>(Solution.EqualityComparer.Instance);
        var order = new List<Term?[]>();
        foreach (var row in Evaluate(g.Inner, seed, graphs))
        {
            _ctx.Check();
            var key = new Term?[g.Keys.Count];
            for (var i = 0; i < key.Length; i++) key[i] = Eval(g.Keys[i].Expression, row, graphs);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }
            members.Add(row);
        }
        // With no GROUP BY, aggregation over an empty input still yields one group.
        if (order.Count == 0 && g.Keys.Count == 0)
        {
            order.Add([]);
            groups[[]] = [];
        }
        foreach (var key in order)
        {
            var members = groups[key];
            var result = new Term?[_ctx.Width];
            for (var i = 0; i < keySlots.Length; i++) result[keySlots[i]] = key[i];
            for (var i = 0; i < aggSlots.Length; i++)
            {
                _expr.ActiveGraphs = graphs;
                var value = Aggregate(g.Aggregates[i].Aggregate, members);
                if (value is not null) result[aggSlots[i]] = value;
            }
            yield return result;
        }
    }

    private Term? Aggregate(AggregateExpression agg, List<Term?[]> rows)
    {
        if (agg.Name == "COUNT" && agg.Argument is null)
        {
            var n = agg.Distinct ? rows.Distinct(Solution.EqualityComparer.Instance).Count() : rows.Count;
            return NumericValue.FromInteger(n).ToLiteral();
        }
        var values = new List<Term>();
        var hadError = false;
        foreach (var row in rows)
        {
            var v = _expr.Evaluate(agg.Argument!, row);
            if (v is null) hadError = true;
            else values.Add(v);
        }
        if (agg.Distinct) values = values.Distinct().ToList();
        switch (agg.Name)
        {
            case "COUNT":
                return NumericValue.FromInteger(values.Count).ToLiteral();
            case "SAMPLE":
                return values.Count > 0 ? values[0] : null;
            case "MIN":
                return values.Count == 0 ? null : values.Aggregate((a, b) => TermOrder.Compare(b, a) < 0 ? b : a);
            case "MAX":
                return values.Count == 0 ? null : values.Aggregate((a, b) => TermOrder.Compare(b, a) > 0 ? b : a);
            case "SUM" or "AVG":
            {
                if (hadError) return null;
                var sum = NumericValue.FromInteger(0);
                foreach (var v in values)
                {
                    if (!NumericValue.TryParse(v, out var n)) return null;
                    var s = Arithmetic.Apply("+", sum, n);
                    if (s is null) return null;
                    sum = s.Value;
                }
                if (agg.Name == "SUM") return sum.ToLiteral();
                if (values.Count == 0) return NumericValue.FromInteger(0).ToLiteral();
                return Arithmetic.Apply("/", sum, NumericValue.FromInteger(values.Count))?.ToLiteral();
            }
            case "GROUP_CONCAT":
            {
                if (hadError) return null;
                // The result is a simple literal even when every value shares a language tag (as the test suite
                // expects); IRIs contribute their string form, as in Jena.
                var sb = new StringBuilder();
                for (var i = 0; i < values.Count; i++)
                {
                    if (i > 0) sb.Append(agg.Separator ?? " ");
                    switch (values[i])
                    {
                        case Literal l: sb.Append(l.LexicalForm); break;
                        case Iri iri: sb.Append(iri.Value); break;
                        default: return null;
                    }
                }
                return new Literal(sb.ToString());
            }
            default:
                return null;
        }
    }
}
