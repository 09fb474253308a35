using System.Globalization;
using System.Text;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Update;
using static KgExport.Sparql.Tests.SparqlFixture;

namespace KgExport.Sparql.Tests.Evaluation;

/// <summary>
/// The memory budget (issue 16): strings that string functions build and rows that operators hold count against
/// <see cref="QueryOptions.MaxMemoryBytes"/>, and a query that would need more fails with the limit, fast, instead
/// of growing the process; queries that stream what they build, however much in all, are not stopped by it.
/// </summary>
public sealed class MemoryBudgetTests
{
    private const long Megabyte = 1 << 20;

    /// <summary>:s0 … :s(n-1), each with one :v value and a :next link to the following one.</summary>
    private static Dataset Numbers(int n)
    {
        var dataset = new Dataset();
        Iri Node(int i) => new($"{Ex}s{i}");
        for (var i = 0; i < n; i++)
        {
            dataset.Add(Node(i), new Iri(Ex + "v"), Literal.Typed(i.ToString(CultureInfo.InvariantCulture), Vocab.Xsd.Integer));
            if (i + 1 < n) dataset.Add(Node(i), new Iri(Ex + "next"), Node(i + 1));
        }
        return dataset;
    }

    private static readonly Dataset Small = Numbers(200);

    private static QueryOptions Budget(long bytes) => new() { MaxMemoryBytes = bytes, Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>26 BINDs, each doubling a string of 8 characters: the last would be 512 Mi characters (1 GiB).</summary>
    public static string ConcatChain(int links = 26)
    {
        var text = new StringBuilder("SELECT (STRLEN(?v" + links + ") AS ?n) WHERE { BIND(\"abcdefgh\" AS ?v0) ");
        for (var i = 0; i < links; i++) text.Append($"BIND(CONCAT(?v{i},?v{i}) AS ?v{i + 1}) ");
        return text.Append('}').ToString();
    }

    private const string Cartesian2 = "?a :v ?x . ?b :v ?y";
    private const string Cartesian3 = "?a :v ?x . ?b :v ?y . ?c :v ?z";

    /// <summary>Operators that hold rows, over the cartesian products of <see cref="Small"/>, with a budget each exceeds.</summary>
    public static TheoryData<string, string, long> Holding => new()
    {
        { "ORDER BY", $"SELECT * WHERE {{ {Cartesian3} }} ORDER BY ?z ?y ?x", 16 * Megabyte },
        { "top-k ORDER BY under a large LIMIT", $"SELECT * WHERE {{ {Cartesian2} }} ORDER BY ?y ?x LIMIT 30000", 1 * Megabyte },
        { "GROUP BY", $"SELECT ?x ?y ?z (COUNT(*) AS ?n) WHERE {{ {Cartesian3} }} GROUP BY ?x ?y ?z", 16 * Megabyte },
        { "GROUP_CONCAT", $"SELECT (GROUP_CONCAT(STR(?x)) AS ?all) WHERE {{ {Cartesian3} }}", 4 * Megabyte },
        { "COUNT(DISTINCT)", $"SELECT (COUNT(DISTINCT ?key) AS ?n) WHERE {{ {Cartesian3} BIND(CONCAT(STR(?x), \"-\", STR(?y), \"-\", STR(?z)) AS ?key) }}", 4 * Megabyte },
        { "DISTINCT", $"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?x ?y ?z WHERE {{ {Cartesian3} }} }}", 16 * Megabyte },
        { "a hash join on a subquery", "SELECT (COUNT(*) AS ?n) WHERE { ?a :v ?x { SELECT ?b ?y ?c WHERE { ?b :v ?y . ?c :v ?z } } }", 1 * Megabyte },
        { "OPTIONAL over a subquery", "SELECT (COUNT(*) AS ?n) WHERE { ?a :v ?x OPTIONAL { SELECT ?b ?y ?c WHERE { ?b :v ?y . ?c :v ?z } } }", 1 * Megabyte },
        { "MINUS", "SELECT (COUNT(*) AS ?n) WHERE { ?a :v ?x MINUS { ?b :v ?y . ?c :v ?x } }", 1 * Megabyte },
        { "a property path closure", "SELECT (COUNT(*) AS ?n) WHERE { :s0 :next* ?o }", 4 * 1024 },
        { "CONSTRUCT (each triple once)", $"CONSTRUCT {{ ?a :pair ?b }} WHERE {{ {Cartesian2} }}", 1 * Megabyte },
    };

    /// <summary>String functions that would build more than the budget, and the operators above.</summary>
    public static TheoryData<string, string, long> OverBudget
    {
        get
        {
            var cases = new TheoryData<string, string, long>
            {
                { "a chain of CONCATs", ConcatChain(), 64 * Megabyte },
                { "nested REPLACEs in one expression", "SELECT (STRLEN(" + Nest("REPLACE(", "\"abcdefgh\"", ", \".\", \"$0$0$0$0$0$0$0$0\")", 9) + ") AS ?n) {}", 64 * Megabyte },
                { "UCASE of a long string", "SELECT (STRLEN(UCASE(?v20)) AS ?n) WHERE { " + ChainBody(20) + " }", 40 * Megabyte },
            };
            foreach (var row in Holding) cases.Add((string)row[0], (string)row[1], (long)row[2]);
            return cases;
        }
    }

    /// <summary>The group pattern of <see cref="ConcatChain"/>: its BINDs without the projection.</summary>
    private static string ChainBody(int links)
    {
        var query = ConcatChain(links);
        return query[(query.IndexOf('{') + 1)..^1];
    }

    private static string Nest(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    [Theory]
    [MemberData(nameof(OverBudget))]
    public void A_query_that_would_hold_more_than_its_budget_fails_with_the_limit(string what, string query, long budget)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<QueryEvaluationException>(() => Drain(Run(Small, query, Budget(budget))));
        Assert.True(e.IsLimit, what);
        Assert.Equal($"query exceeds the memory limit of {MemoryBudget.Describe(budget)} (strings built and rows held)", e.Message);
        // Loosely: it stopped near its budget, not after building gigabytes (the CONCAT chain alone would take 2 GB).
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < 512 * Megabyte, $"{what}: allocated {allocated / Megabyte} MB");
    }

    [Theory]
    [MemberData(nameof(Holding))]
    public void Within_the_budget_the_same_operators_give_the_same_answers(string what, string query, long budget)
    {
        // Over 15 nodes (3,375 rows in the largest product) each finishes: the budget changes no answer.
        var data = Numbers(15);
        var limited = Answer(Run(data, query, Budget(Math.Max(budget, 16 * Megabyte))));
        var unlimited = Answer(Run(data, query, new QueryOptions { MaxMemoryBytes = null }));
        Assert.True(limited.Count > 0, what);
        Assert.Equal(unlimited, limited);
    }

    [Fact]
    public void Strings_built_and_dropped_row_by_row_do_not_add_up()
    {
        // 40,000 rows each build a 40 KB string (1.6 GB in all) and keep only its length: never more than one at a time.
        var big = new string('x', 20_000);
        var query = $"SELECT (STRLEN(CONCAT(\"{big}\", STR(?x), UCASE(STR(?y)))) AS ?n) WHERE {{ {Cartesian2} }}";
        Assert.Equal(40_000, Drain(Run(Small, query, Budget(1 * Megabyte))));
    }

    [Fact]
    public void What_operators_hold_is_released_when_they_are_done()
    {
        const string query = $$"""
            SELECT ?x (COUNT(DISTINCT ?y) AS ?n) (GROUP_CONCAT(?label) AS ?labels) WHERE {
              { SELECT DISTINCT ?a ?x WHERE { ?a :v ?x FILTER(?x < 20) } }
              OPTIONAL { SELECT ?a ?y WHERE { ?a :next+ ?b . ?b :v ?y } ORDER BY ?y LIMIT 500 }
              MINUS { ?a :v 3 }
              BIND(CONCAT("n", STR(?x), LCASE("ABC")) AS ?label)
            } GROUP BY ?x ORDER BY DESC(?x)
            """;
        var context = new QueryContext(Small, Budget(64 * Megabyte), CancellationToken.None);
        var evaluator = new AlgebraEvaluator(context);
        var rows = evaluator.Evaluate(SparqlQuery.Parse($"PREFIX : <{Ex}> " + query).Algebra).Count();
        Assert.Equal(19, rows);
        Assert.True(context.Memory.Peak > 0);
        Assert.Equal(0, context.Memory.InUse);
    }

    [Fact]
    public void An_answer_held_in_full_counts_against_the_budget()
    {
        var query = $"SELECT ?a ?b ?big WHERE {{ {Cartesian2} BIND(CONCAT(STR(?a), \"{new string('x', 100)}\") AS ?big) }}";
        // Streamed, rows come and go; held, 40,000 of them are more than 2 MB.
        Assert.Equal(40_000, Drain(Run(Small, query, Budget(2 * Megabyte))));
        var e = Assert.Throws<QueryEvaluationException>(() => Run(Small, query, Budget(2 * Megabyte)).Buffered());
        Assert.Contains("memory limit of 2 MB", e.Message);
        Assert.Equal(40_000, Run(Small, query, Budget(64 * Megabyte)).Buffered().Rows.Count());
    }

    [Fact]
    public void An_update_holds_its_solutions_within_the_budget()
    {
        var data = Numbers(200);
        var update = "PREFIX : <http://example.org/> INSERT { ?a :pair ?b } WHERE { ?a :v ?x . ?b :v ?y }";
        var e = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute(update, data, Budget(1 * Megabyte)));
        Assert.True(e.IsLimit);
        Assert.Empty(data.Match(null, new Iri(Ex + "pair"), null, null));
        UpdateExecutor.Execute(update, data, Budget(64 * Megabyte));
        Assert.Equal(40_000, data.Match(null, new Iri(Ex + "pair"), null, null).Count());
    }

    [Fact]
    public void The_sort_itself_runs_on_the_query_clock()
    {
        // 600 rows are read without the clock being looked at (it is looked at every 1,024 checks); sorting them takes
        // thousands of comparisons, so a query whose time is up fails inside the sort, with the timeout itself.
        var values = string.Join(" ", Enumerable.Range(0, 600).Select(i => ((i * 7919) % 600).ToString(CultureInfo.InvariantCulture)));
        var query = $"SELECT ?n WHERE {{ VALUES ?n {{ {values} }} }} ORDER BY ?n";
        var expired = new QueryOptions { Timeout = TimeSpan.FromTicks(1) };
        var e = Assert.Throws<QueryEvaluationException>(() => Drain(Run(Small, query, expired)));
        Assert.True(e.IsLimit);
        Assert.StartsWith("query timed out after", e.Message);
        Assert.Equal(600, Drain(Run(Small, query)));
    }

    [Fact]
    public void Planning_a_huge_pattern_runs_on_the_query_clock()
    {
        // Ordering 1,500 triple patterns weighs each remaining pattern at each step: over a million estimates.
        var patterns = string.Concat(Enumerable.Range(0, 1500).Select(i => $"?s{i} :nothing{i} ?o{i} . "));
        var expired = new QueryOptions { Timeout = TimeSpan.FromTicks(1) };
        var e = Assert.Throws<QueryEvaluationException>(() => Drain(Run(Small, $"ASK {{ {patterns} }}", expired)));
        Assert.StartsWith("query timed out after", e.Message);
    }

    [Fact]
    public void Only_limits_are_marked_as_limits()
    {
        Assert.False(Assert.Throws<QueryEvaluationException>(() => Drain(Run(Small, "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"))).IsLimit);
        Assert.True(Assert.Throws<QueryEvaluationException>(() => Drain(Run(Small, "SELECT * { ?s ?p ?o }", new QueryOptions { RowLimit = 3 }))).IsLimit);
    }

    [Fact]
    public void Byte_counts_read_as_people_write_them()
    {
        Assert.Equal("512 MB", MemoryBudget.Describe(512 * Megabyte));
        Assert.Equal("1.5 MB", MemoryBudget.Describe(3 * Megabyte / 2));
        Assert.Equal("4 KB", MemoryBudget.Describe(4096));
        Assert.Equal("100 bytes", MemoryBudget.Describe(100));
    }

    /// <summary>The whole result as text, one line a row or triple, in the order given.</summary>
    private static List<string> Answer(QueryResult result) => result.Kind == QueryResultKind.Graph
        ? [.. result.Triples.Select(t => t.ToString()).Order(StringComparer.Ordinal)]
        : [.. result.Rows.Select(r => string.Join(" ", r.Select(Show)))];

    /// <summary>Pulls the whole result, as a client would, and counts it.</summary>
    private static long Drain(QueryResult result) => result.Kind switch
    {
        QueryResultKind.Graph => result.Triples.LongCount(),
        QueryResultKind.Boolean => result.Boolean ? 1 : 0,
        _ => result.Rows.LongCount(),
    };
}
