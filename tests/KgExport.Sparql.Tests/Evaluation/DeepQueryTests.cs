using KgExport.Sparql.Algebra;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Syntax;
using static KgExport.Sparql.Tests.SparqlFixture;
using static KgExport.Sparql.Tests.Syntax.NestingLimitTests;

namespace KgExport.Sparql.Tests.Evaluation;

/// <summary>
/// Queries whose translation is deep although the text is flat (a long chain of operators, OPTIONALs or UNIONs)
/// are refused before they run, and the deepest queries the limits let through run on a small thread's stack.
/// </summary>
public sealed class DeepQueryTests
{
    private const int Hostile = 20_000;

    private static readonly Rdf.Dataset OneTriple = Data(":a :p :a .");

    private static string Chain(string item, string separator, int count) => string.Join(separator, Enumerable.Repeat(item, count));

    public static TheoryData<string, string> FlatButDeep => new()
    {
        { "+", "ASK { FILTER(" + Chain("1", " + ", Hostile) + ") }" },
        { "||", "ASK { ?x ?p ?o FILTER(" + Chain("?x", " || ", Hostile) + ") }" },
        { "&&", "ASK { ?x ?p ?o FILTER(" + Chain("?x", " && ", Hostile) + ") }" },
        { "* in SELECT", "SELECT (" + Chain("2", " * ", Hostile) + " AS ?n) { }" },
        { "OPTIONAL", "ASK { ?x ?p ?o " + Chain("OPTIONAL { ?x ?p ?o }", " ", Hostile) + " }" },
        { "UNION", "ASK { " + Chain("{ ?x ?p ?o }", " UNION ", Hostile) + " }" },
        { "FILTER", "ASK { ?x ?p ?o " + Chain("FILTER(?x)", " ", Hostile) + " }" },
        { "BIND", "ASK { " + string.Concat(Enumerable.Range(0, Hostile).Select(i => $"BIND({i} AS ?v{i}) ")) + "}" },
        { "path alternatives", "PREFIX : <http://x/> ASK { ?s " + Chain(":p", "|", Hostile) + " ?o }" },
        { "path sequences", "PREFIX : <http://x/> ASK { ?s " + Chain(":p", "/", Hostile) + " ?o }" },
    };

    [Theory]
    [MemberData(nameof(FlatButDeep))]
    public void A_chain_20000_long_is_refused_before_it_runs(string construct, string query)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(query));
        Assert.True(e.Reason == $"nesting deeper than {AlgebraDepth.Max} levels", construct + ": " + e.Message);
    }

    [Fact]
    public void An_update_whose_pattern_is_too_deep_is_refused()
    {
        var update = "DELETE { ?x ?p ?o } WHERE { ?x ?p ?o " + Chain("OPTIONAL { ?x ?p ?o }", " ", Hostile) + " }";
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlUpdate.Parse(update));
        Assert.Equal($"nesting deeper than {AlgebraDepth.Max} levels", e.Reason);
    }

    public static TheoryData<string, string> DeepestAllowed
    {
        get
        {
            int p = SparqlParser.MaxNesting, a = AlgebraDepth.Max;
            return new()
            {
                { "brackets", "ASK { FILTER(" + Nest("(", "1", ")", p - 2) + ") }" },
                { "built-in calls", "SELECT (" + Nest("STR(", "?x", ")", p - 1) + " AS ?y) { ?x ?p ?o }" },
                { "groups", "ASK " + Nest("{ ?x ?p ?o ", "", "}", p - 1) },
                { "subqueries", "SELECT * " + Nest("{ SELECT * ", "{ ?x ?p ?o }", " }", p / 2 - 1) },
                { "EXISTS", "ASK " + Nest("{ ?x ?p ?o FILTER EXISTS ", "{ ?x ?p ?o }", " }", p / 2 - 1) },
                { "+", "ASK { FILTER(" + Chain("1", "+", a - 3) + ") }" },
                { "||", "ASK { ?x ?p ?o FILTER(" + Chain("?x = ?o", " || ", a - 5) + ") }" },
                { "OPTIONAL", "ASK { ?x ?p ?o " + Chain("OPTIONAL { ?x ?p ?o }", " ", a - 5) + " }" },
                { "UNION", "ASK { " + Chain("{ ?x ?p ?o }", " UNION ", a - 5) + " }" },
                { "path alternatives", "PREFIX : <http://example.org/> ASK { ?s " + Chain(":p*", "|", a - 5) + " ?o }" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(DeepestAllowed))]
    public void The_deepest_query_the_limits_allow_runs_on_a_small_stack(string construct, string query)
    {
        var rows = SmallStack.Run(() =>
        {
            var result = Run(OneTriple, query);
            return result.Kind == QueryResultKind.Boolean ? (result.Boolean ? 1 : 0) : result.Rows.Count();
        });
        Assert.True(rows > 0, construct);
    }

    [Fact]
    public void A_basic_graph_pattern_of_thousands_of_triples_is_matched_without_recursion()
    {
        var query = "ASK { " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"?x{i} :p ?x{i + 1} . ")) + "}";
        Assert.True(SmallStack.Run(() => Run(OneTriple, query).Boolean));
        Assert.False(SmallStack.Run(() => Run(OneTriple, query.Replace("?x2000 ", ":b ", StringComparison.Ordinal)).Boolean));
    }
}
