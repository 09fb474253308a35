using System.Globalization;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.Benchmarks;

/// <summary>
/// `sparql-diff EXPECTED.srj ACTUAL.srj [ordered]`: compares two SPARQL JSON results (blank nodes as wildcards,
/// numbers by value, doubles to 12 significant digits; rows as a multiset unless "ordered"). Exit 0 same, 1 different (with the first differences).
/// </summary>
public static class SparqlResultsDiff
{
    public static int Run(string[] args)
    {
        var expected = Read(args[0]);
        var actual = Read(args[1]);
        var ordered = args.Length > 2 && args[2] == "ordered";
        if (expected.Kind == QueryResultKind.Boolean || actual.Kind == QueryResultKind.Boolean)
        {
            if (expected.Boolean == actual.Boolean && expected.Kind == actual.Kind) return 0;
            Console.WriteLine($"boolean: expected {expected.Boolean}, got {actual.Boolean}");
            return 1;
        }
        var e = Canonical(expected, expected.Variables);
        var a = Canonical(actual, expected.Variables);
        if (!ordered)
        {
            e.Sort(StringComparer.Ordinal);
            a.Sort(StringComparer.Ordinal);
        }
        if (e.SequenceEqual(a)) return 0;
        Console.WriteLine($"rows: expected {e.Count}, got {a.Count}");
        foreach (var (x, y) in e.Zip(a).Where(p => p.First != p.Second).Take(5)) Console.WriteLine($"  expected {x}\n  got      {y}");
        return 1;
    }

    private static QueryResult Read(string path)
    {
        using var r = new StreamReader(path);
        return JsonResultsReader.Read(r);
    }

    private static List<string> Canonical(QueryResult result, IReadOnlyList<string> order)
    {
        var index = order.Select(v => result.Variables.ToList().IndexOf(v)).ToArray();
        return result.Rows.Select(row => string.Join(" ", index.Select(i => i < 0 ? "" : Show(row[i])))).ToList();
    }

    private static string Show(Term? t)
    {
        if (t is null) return "-";
        if (t is BlankNode) return "_:";
        if (t is Literal l && NumericValue.TryParse(l, out var n))
        {
            // Doubles to 12 significant digits: sums and averages differ in the last bits with the summation order.
            var v = n.IsExact ? n.Exact.ToString("0.############################", CultureInfo.InvariantCulture) : n.Approx.ToString("G12", CultureInfo.InvariantCulture);
            return $"{v}^^{l.Datatype.Value}";
        }
        return t.ToString();
    }
}
