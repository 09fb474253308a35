using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Tests.Syntax;

/// <summary>
/// Hostile nesting is a syntax error at the level that goes too deep, never a stack overflow (which would end the
/// process). Each construct is tried 20,000 levels deep; the limit itself is <see cref="SparqlParser.MaxNesting"/>.
/// </summary>
public sealed class NestingLimitTests
{
    private const int Hostile = 20_000;

    internal static string Nest(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    public static TheoryData<string, string> Queries => new()
    {
        { "brackets", "ASK { FILTER(" + Nest("(", "1", ")", Hostile) + ") }" },
        { "group graph patterns", "ASK " + Nest("{", "", "}", Hostile) },
        { "subqueries", "SELECT * " + Nest("{ SELECT * ", "{ }", " }", Hostile) },
        { "built-in calls", "SELECT (" + Nest("STR(", "?x", ")", Hostile) + " AS ?y) { }" },
        { "function calls", "PREFIX f: <http://f/> ASK { FILTER(" + Nest("f:g(", "1", ")", Hostile) + ") }" },
        { "unary operators", "ASK { FILTER(" + Nest("!(-(", "1", "))", Hostile) + ") }" },
        { "IN lists", "ASK { FILTER(" + Nest("1 IN (", "1", ")", Hostile) + ") }" },
        { "OPTIONAL", "ASK { ?s ?p ?o " + Nest("OPTIONAL { ?s ?p ?o ", "", "}", Hostile) + " }" },
        { "UNION", "ASK " + Nest("{ { ?s ?p ?o } UNION ", "{ }", " }", Hostile) },
        { "MINUS", "ASK { ?s ?p ?o " + Nest("MINUS { ?s ?p ?o ", "", "}", Hostile) + " }" },
        { "GRAPH", "ASK " + Nest("{ GRAPH ?g ", "{ }", " }", Hostile) },
        { "SERVICE", "ASK " + Nest("{ SERVICE SILENT <http://s/> ", "{ }", " }", Hostile) },
        { "EXISTS", "ASK " + Nest("{ FILTER EXISTS ", "{ }", " }", Hostile) },
        { "BIND", "ASK { BIND(" + Nest("(", "1", ")", Hostile) + " AS ?x) }" },
        { "blank node property lists", "ASK { ?s ?p " + Nest("[ ?p ", "?o", " ]", Hostile) + " }" },
        { "collections", "ASK { ?s ?p " + Nest("( ", "?o", " )", Hostile) + " }" },
        { "property paths", "PREFIX : <http://x/> ASK { ?s " + Nest("(", ":p", ")", Hostile) + " ?o }" },
        { "CONSTRUCT templates", "CONSTRUCT { ?s ?p " + Nest("[ ?p ", "?o", " ]", Hostile) + " } WHERE { ?s ?p ?o }" },
        { "ORDER BY", "SELECT * { ?s ?p ?o } ORDER BY " + Nest("(", "?s", ")", Hostile) },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_query_nested_20000_deep_is_a_syntax_error_at_the_level_too_deep(string construct, string query)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery(query));
        Assert.True(e.Position.Line == 1 && e.Position.Column > 1, construct);
        Assert.Equal($"nesting deeper than {SparqlParser.MaxNesting} levels", e.Reason);
        Assert.StartsWith($"1:{e.Position.Column}: nesting deeper than", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Updates => new()
    {
        { "INSERT DATA", "INSERT DATA { <http://s> <http://p> " + Nest("[ <http://p> ", "1", " ]", Hostile) + " }" },
        { "DELETE/INSERT WHERE", "INSERT { <http://s> <http://p> ?o } WHERE " + Nest("{", "", "}", Hostile) },
        { "WHERE expressions", "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(" + Nest("STR(", "?o", ")", Hostile) + ") }" },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public void An_update_nested_20000_deep_is_a_syntax_error(string construct, string update)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate(update));
        Assert.True(e.Position.Line == 1 && e.Position.Column > 1, construct);
        Assert.Equal($"nesting deeper than {SparqlParser.MaxNesting} levels", e.Reason);
    }

    [Fact]
    public void The_error_is_at_the_first_token_past_the_limit()
    {
        var query = "ASK {\n  FILTER(" + Nest("(", "1", ")", SparqlParser.MaxNesting + 5) + ")\n}";
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery(query));
        // The group is level 1 and FILTER's expression level 2, so nested bracket k opens level k + 2.
        Assert.Equal(2, e.Position.Line);
        Assert.Equal("  FILTER(".Length + SparqlParser.MaxNesting, e.Position.Column);
        Assert.Equal('(', query.Split('\n')[1][e.Position.Column - 1]);
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        SparqlParser.ParseQuery("ASK { FILTER(" + Nest("(", "1", ")", SparqlParser.MaxNesting - 2) + ") }");
        SparqlParser.ParseQuery("ASK " + Nest("{", "", "}", SparqlParser.MaxNesting));
        SparqlParser.ParseQuery("SELECT (" + Nest("STR(", "?x", ")", SparqlParser.MaxNesting - 1) + " AS ?y) { }");
    }
}
