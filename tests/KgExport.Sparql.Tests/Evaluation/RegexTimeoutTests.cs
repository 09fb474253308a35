using System.Diagnostics;
using KgExport.Sparql.Evaluation;
using static KgExport.Sparql.Tests.SparqlFixture;

namespace KgExport.Sparql.Tests.Evaluation;

/// <summary>
/// A REGEX or REPLACE that backtracks catastrophically is held to what is left of the query's time, and running
/// out fails the query: a timed-out match has no answer, so treating it as "no match" would give a wrong result.
/// </summary>
public sealed class RegexTimeoutTests
{
    // ^(a+)+$ against 40 a's and a '!' backtracks about 2^40 times before it fails.
    private const string Hostile = "VALUES ?s { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" \"aaa\" }";

    private static readonly Rdf.Dataset Empty = new();

    [Theory]
    [InlineData("SELECT (COUNT(*) AS ?n) WHERE { " + Hostile + " FILTER(REGEX(?s, \"^(a+)+$\")) }")]
    [InlineData("SELECT (REPLACE(?s, \"^(a+)+$\", \"x\") AS ?r) WHERE { " + Hostile + " }")]
    public void A_backtracking_match_fails_the_query_when_its_time_is_up(string query)
    {
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<QueryEvaluationException>(() =>
            Run(Empty, query, new QueryOptions { Timeout = TimeSpan.FromSeconds(0.5) }).Rows.ToList());
        Assert.Equal("query timed out after 0.5 s", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Each_match_gets_only_what_is_left_of_the_query_time()
    {
        var context = new QueryContext(Empty, new QueryOptions { Timeout = TimeSpan.FromSeconds(0.4) }, CancellationToken.None);
        var first = context.TimeLeft();
        Thread.Sleep(150);
        Assert.InRange(context.TimeLeft(), TimeSpan.Zero, first - TimeSpan.FromMilliseconds(150));
        Thread.Sleep(300);
        Assert.Equal("query timed out after 0.4 s", Assert.Throws<QueryEvaluationException>(() => context.TimeLeft()).Message);
        Assert.Equal(Timeout.InfiniteTimeSpan, new QueryContext(Empty, new QueryOptions { Timeout = null }, CancellationToken.None).TimeLeft());
    }

    [Fact]
    public void Ordinary_patterns_still_match_and_a_bad_pattern_is_an_error_value()
    {
        var rows = Rows(Empty, "SELECT ?s (REGEX(?s, \"^a+$\") AS ?m) (REGEX(?s, \"(\") AS ?bad) WHERE { VALUES ?s { \"aaa\" \"ab\" } }");
        Assert.Equal(["s=aaa m=true^^boolean bad=", "s=ab m=false^^boolean bad="], rows);
    }
}
