using System.Globalization;
using KgExport.Rdf;
using KgExport.Rdf.Values;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.TestSupport;

/// <summary>
/// `sparql-diff EXPECTED.srj ACTUAL.srj [ordered] [concat=SEP]`: compares two SPARQL JSON results (blank nodes as
/// wildcards, numbers by value, doubles to 12 and decimals to 20 significant digits; rows as a multiset unless "ordered"). With
/// concat=SEP, string values are compared as multisets of their SEP-separated parts: GROUP_CONCAT aggregates a
/// multiset, so the order of its parts is not defined by SPARQL 1.1 (§18.5.1) and differs between engines.
/// Exit 0 same, 1 different (with the first differences). Used by the benchmarks (`sparql-diff`) and the differential tests.
/// </summary>
public static class SparqlResultsDiff
{
    public static int Run(string[] args)
    {
        var ordered = args.Skip(2).Contains("ordered");
        var separator = args.Skip(2).FirstOrDefault(a => a.StartsWith("concat=", StringComparison.Ordinal))?["concat=".Length..];
        var differences = Compare(Read(args[0]), Read(args[1]), ordered, separator);
        foreach (var line in differences) Console.WriteLine(line);
        return differences.Count == 0 ? 0 : 1;
    }

    /// <summary>The differences between two results (empty: the same), as readable lines.</summary>
    public static IReadOnlyList<string> Compare(QueryResult expected, QueryResult actual, bool ordered, string? concatSeparator)
    {
        if (expected.Kind == QueryResultKind.Boolean || actual.Kind == QueryResultKind.Boolean)
        {
            if (expected.Boolean == actual.Boolean && expected.Kind == actual.Kind) return [];
            return [$"boolean: expected {expected.Boolean}, got {actual.Boolean}"];
        }
        var e = Canonical(expected, expected.Variables, concatSeparator);
        var a = Canonical(actual, expected.Variables, concatSeparator);
        if (!ordered)
        {
            e.Sort(StringComparer.Ordinal);
            a.Sort(StringComparer.Ordinal);
        }
        if (e.SequenceEqual(a) && expected.Variables.Order(StringComparer.Ordinal).SequenceEqual(actual.Variables.Order(StringComparer.Ordinal))) return [];
        var lines = new List<string> { $"rows: expected {e.Count}, got {a.Count}; variables: expected {string.Join(" ", expected.Variables)}, got {string.Join(" ", actual.Variables)}" };
        foreach (var (x, y) in e.Zip(a).Where(p => p.First != p.Second).Take(5)) lines.Add($"  expected {x}\n  got      {y}");
        return lines;
    }

    public static QueryResult Read(string path)
    {
        using var r = new StreamReader(path);
        return JsonResultsReader.Read(r);
    }

    private static List<string> Canonical(QueryResult result, IReadOnlyList<string> order, string? concatSeparator)
    {
        var index = order.Select(v => result.Variables.ToList().IndexOf(v)).ToArray();
        return result.Rows.Select(row => string.Join(" ", index.Select(i => i < 0 ? "" : Show(row[i], concatSeparator)))).ToList();
    }

    private static decimal Significant(decimal d, int digits)
    {
        var integerDigits = d == 0 ? 1 : (int)Math.Floor(Math.Log10((double)Math.Abs(d))) + 1;
        return Math.Round(d, Math.Clamp(digits - integerDigits, 0, 28), MidpointRounding.AwayFromZero);
    }

    private static string Show(Term? t, string? concatSeparator)
    {
        if (t is null) return "-";
        if (t is BlankNode) return "_:";
        if (t is Literal l && NumericValue.TryParse(l, out var n))
        {
            // Doubles to 12 significant digits: sums and averages differ in the last bits with the summation order.
            // Decimals to 20 significant digits: the precision of decimal division (AVG) is implementation-defined
            // (XPath F&O op:numeric-divide); Jena keeps a fixed scale and truncates, .NET's decimal keeps 28-29 digits.
            var v = n.Kind switch
            {
                NumericKind.Integer => n.Exact.ToString("0", CultureInfo.InvariantCulture),
                NumericKind.Decimal => Significant(n.Exact, 20).ToString("0.############################", CultureInfo.InvariantCulture),
                _ => n.Approx.ToString("G12", CultureInfo.InvariantCulture),
            };
            return $"{v}^^{l.Datatype.Value}";
        }
        if (concatSeparator is { Length: > 0 } sep && t is Literal { IsSimple: true } s && s.LexicalForm.Contains(sep, StringComparison.Ordinal))
        {
            var parts = s.LexicalForm.Split(sep).Order(StringComparer.Ordinal);
            return new Literal(string.Join(sep, parts)).ToString();
        }
        return t.ToString();
    }
}
