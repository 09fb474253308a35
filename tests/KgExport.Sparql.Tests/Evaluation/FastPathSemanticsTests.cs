using System.Globalization;
using System.Text;
using static KgExport.Sparql.Tests.SparqlFixture;

namespace KgExport.Sparql.Tests.Evaluation;

/// <summary>
/// The fast paths (top-k ORDER BY under LIMIT, streaming aggregates, cached literal values, filters placed inside
/// BGPs) must give exactly what the plain definitions give: each test states the plain answer.
/// </summary>
public sealed class FastPathSemanticsTests
{
    /// <summary>60 items with scores that repeat (ties), in several numeric types, some not numbers at all.</summary>
    private static readonly Rdf.Dataset Scores = Typed(BuildScores());

    private static Rdf.Dataset Typed(string triples)
    {
        var dataset = new Rdf.Dataset();
        KgExport.Sparql.Update.UpdateExecutor.Execute($"PREFIX : <{Ex}> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> INSERT DATA {{ {triples} }}", dataset);
        return dataset;
    }

    private static string BuildScores()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 60; i++)
        {
            var score = (i * 7 % 13).ToString(CultureInfo.InvariantCulture);
            var literal = (i % 4) switch
            {
                0 => score,
                1 => $"\"{score}.0\"^^xsd:decimal",
                2 => $"\"{score}e0\"^^xsd:double",
                _ => $"\"{score}\"^^xsd:integer",
            };
            sb.Append(CultureInfo.InvariantCulture, $":i{i:00} :score {literal} ; :group :g{i % 5} ; :day \"2024-01-{i % 28 + 1:00}\"^^xsd:date .\n");
        }
        sb.Append(":odd :score \"n/a\" ; :group :g0 .\n");
        return sb.ToString();
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(3, 7)]
    [InlineData(55, 10)]
    [InlineData(0, 100)]
    [InlineData(2, long.MaxValue)]
    [InlineData(0, 0)]
    public void Order_by_with_limit_and_offset_is_the_slice_of_the_full_stable_order(int offset, long limit)
    {
        const string Where = "WHERE { ?i :score ?s } ORDER BY DESC(?s) ";
        var all = Rows(Scores, "SELECT ?i ?s " + Where, sorted: false);
        var sliced = Rows(Scores, $"SELECT ?i ?s {Where} OFFSET {offset} LIMIT {limit}", sorted: false);
        Assert.Equal(all.Skip(offset).Take((int)Math.Min(limit, int.MaxValue)), sliced);
        Assert.Equal(61, all.Count);
    }

    [Fact]
    public void Order_by_with_limit_keeps_equal_keys_in_their_input_order()
    {
        // Sorting only by ?g ties many rows; the first rows of the limited sort are the first rows of the full sort.
        var all = Rows(Scores, "SELECT ?i WHERE { ?i :group ?g } ORDER BY ?g", sorted: false);
        var top = Rows(Scores, "SELECT ?i WHERE { ?i :group ?g } ORDER BY ?g LIMIT 9", sorted: false);
        Assert.Equal(all.Take(9), top);
    }

    [Fact]
    public void Dates_order_by_value_under_limit()
    {
        var rows = Rows(Scores, "SELECT ?d WHERE { ?i :day ?d } ORDER BY DESC(?d) LIMIT 3", sorted: false);
        Assert.Equal(["d=2024-01-28^^date", "d=2024-01-28^^date", "d=2024-01-27^^date"], rows);
    }

    [Fact]
    public void Aggregates_stream_per_group_with_errors_and_distinct()
    {
        var rows = Rows(Scores, """
            SELECT ?g (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?d) (MIN(?s) AS ?min) (MAX(?s) AS ?max) (SUM(?s) AS ?sum)
            WHERE { ?i :group ?g ; :score ?s } GROUP BY ?g ORDER BY ?g
            """, sorted: false);
        // :g0 holds the non-numeric "n/a": SUM is an error there (unbound) while MIN and MAX still order it by
        // ORDER BY's term order (a simple literal before typed ones, so it is the minimum).
        Assert.True(rows.Count == 5, string.Join("\n", rows));
        Assert.True(rows[0].StartsWith("g=:g0 n=13^^integer d=13^^integer min=n/a max=12e0^^double sum=", StringComparison.Ordinal), string.Join("\n", rows));
        Assert.EndsWith(" sum=", rows[0]);
        Assert.Equal("g=:g1 n=12^^integer d=12^^integer min=0e0^^double max=12^^integer sum=6.7E1^^double", rows[1]);
    }

    [Fact]
    public void Average_mixes_numeric_types_with_promotion()
    {
        var data = Typed(":a :v 1 . :b :v \"2.5\"^^xsd:decimal . :c :v 4 .");
        Assert.Equal(["avg=2.5^^decimal"], Rows(data, "SELECT (AVG(?v) AS ?avg) WHERE { ?x :v ?v }"));
        var withDouble = Typed(":a :v 1 . :b :v \"2.0e0\"^^xsd:double .");
        Assert.Equal(["avg=1.5E0^^double"], Rows(withDouble, "SELECT (AVG(?v) AS ?avg) WHERE { ?x :v ?v }"));
        Assert.Equal(["avg=0^^integer"], Rows(data, "SELECT (AVG(?v) AS ?avg) WHERE { ?x :missing ?v }"));
    }

    [Fact]
    public void Arithmetic_without_intermediate_literals_keeps_types_and_errors()
    {
        var data = Typed(":a :o 7 ; :c \"0.5\"^^xsd:decimal . :b :o 7 ; :c \"x\" . :d :o 3 ; :c 1 .");
        var rows = Rows(data, "SELECT ?x ?v WHERE { ?x :o ?o ; :c ?c BIND(?o * 2 + ?c AS ?v) FILTER(?o = 7) }");
        // The string "x" makes the sum an error: ?v stays unbound, the row stays (BIND keeps it).
        Assert.Equal(["x=:a v=14.5^^decimal", "x=:b v="], rows);
        Assert.Equal(["v=-6^^integer"], Rows(data, "SELECT ?v WHERE { :d :o ?o BIND(-(?o * 2) AS ?v) }"));
        Assert.Equal(["v=1.5^^decimal"], Rows(data, "SELECT ?v WHERE { :d :o ?o BIND(?o / 2 AS ?v) }"));
    }

    [Fact]
    public void Filter_on_a_bind_variable_is_not_moved_below_the_bind()
    {
        var data = Typed(":a :o 1 . :b :o 2 .");
        Assert.Equal(["x=:b"], Rows(data, "SELECT ?x WHERE { ?x :o ?o BIND(?o * 10 AS ?t) FILTER(?t > 15) }"));
    }

    [Fact]
    public void Conjunction_filters_placed_inside_a_bgp_still_drop_errors()
    {
        var data = Typed(":a :o 1 ; :p \"s\" . :b :o 2 ; :p 5 . :c :o 3 ; :p 9 .");
        // ?p > 4 is an error for :a (a string against a number): the row fails the whole conjunction.
        var rows = Rows(data, "SELECT ?x WHERE { ?x :o ?o . ?x :p ?p FILTER(?o >= 1 && ?p > 4 && ?unbound != 1 || ?o = 3) }");
        Assert.Equal(["x=:c"], rows);
        Assert.Equal(["x=:b", "x=:c"], Rows(data, "SELECT ?x WHERE { ?x :o ?o . ?x :p ?p FILTER(?o >= 1 && ?p > 4) }"));
        Assert.Equal(["x=:b"], Rows(data, "SELECT ?x WHERE { ?x :o ?o . ?x :p ?p FILTER(?o IN (2, 7.0)) }"));
    }
}
