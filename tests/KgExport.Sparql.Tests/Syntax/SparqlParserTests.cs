using KgExport.Sparql.Algebra;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Tests.Syntax;

public sealed class SparqlParserTests
{
    [Theory]
    [InlineData("SELECT * WHERE { ?s ?p }", 1, 24, "expected a variable, IRI, literal or blank node")]
    [InlineData("SELECT *\nWHERE {\n  ?s ex:p ?o }", 3, 6, "undeclared prefix 'ex:'")]
    [InlineData("SELECT ?x WHERE { ?x ?p ?o } LIMIT x", 1, 36, "expected an integer")]
    [InlineData("SELEC * { }", 1, 1, "expected SELECT, CONSTRUCT, DESCRIBE or ASK")]
    [InlineData("SELECT * { ?s ?p \"open", 1, 18, "unterminated string")]
    [InlineData("SELECT (STRLEN(?x, ?y) AS ?n) { }", 1, 9, "STRLEN takes 1 argument(s), found 2")]
    public void Syntax_errors_report_line_column_and_what_was_expected(string query, int line, int column, string reason)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery(query));
        Assert.Equal(line, e.Position.Line);
        Assert.Equal(column, e.Position.Column);
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(COUNT(?s) > 1) }")]
    [InlineData("SELECT ?s { ?s ?p ?o } GROUP BY ?p")]
    [InlineData("SELECT * { ?s ?p ?o } GROUP BY ?s")]
    [InlineData("SELECT * { ?s ?p ?o BIND(1 AS ?o) }")]
    [InlineData("SELECT (1 AS ?s) { ?s ?p ?o }")]
    [InlineData("SELECT * { _:a ?p ?o } ")] // valid; paired with the next one
    public void Scoping_and_grouping_rules_are_checked(string query)
    {
        if (query.Contains("_:a", StringComparison.Ordinal))
        {
            SparqlQuery.Parse(query);
            Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }"));
            return;
        }
        Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(query));
    }

    [Fact]
    public void Update_rejects_variables_in_data_and_blank_nodes_in_delete()
    {
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate("INSERT DATA { ?s <p> <o> }"));
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate("DELETE DATA { _:b <p> <o> }"));
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate("DELETE WHERE { _:b <p> <o> }"));
        var ok = SparqlParser.ParseUpdate("PREFIX : <http://x/> INSERT DATA { :a :p 1 } ; CLEAR SILENT GRAPH :g ; MOVE DEFAULT TO :h");
        Assert.Equal(3, ok.Operations.Count);
    }

    [Fact]
    public void Optional_with_filter_becomes_a_left_join_with_a_condition()
    {
        var q = SparqlQuery.Parse("PREFIX : <http://x/> SELECT ?s WHERE { ?s :p ?o OPTIONAL { ?s :q ?v FILTER(?v > 2) } }");
        var project = Assert.IsType<Project>(q.Algebra);
        var leftJoin = Assert.IsType<LeftJoin>(project.Inner);
        Assert.NotNull(leftJoin.Condition);
        Assert.Equal("(> ?v 2)", leftJoin.Condition!.ToString());
        Assert.StartsWith("(project (?s)\n  (leftjoin\n    (bgp (?s <http://x/p> ?o))", q.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_translate_sequences_to_joins_and_keep_closures_as_path_nodes()
    {
        var q = SparqlQuery.Parse("PREFIX : <http://x/> SELECT * WHERE { ?a :p/:q ?b . ?a (:r|^:s)* ?c }");
        var text = q.Algebra.ToString();
        Assert.Contains("(?a <http://x/p> ?.p1)", text, StringComparison.Ordinal);
        Assert.Contains("(?.p1 <http://x/q> ?b)", text, StringComparison.Ordinal);
        Assert.Contains("(path ?a (path* (alt <http://x/r> (reverse <http://x/s>))) ?c)", text, StringComparison.Ordinal);
        Assert.Equal(["a", "b", "c"], q.ResultVariables.Select(v => v.Name));
    }

    [Fact]
    public void Aggregates_become_group_and_hidden_variables()
    {
        var q = SparqlQuery.Parse("SELECT ?p (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p HAVING (COUNT(?o) > 1)");
        var text = q.Algebra.ToString();
        Assert.Contains("(group (?p) ((?.agg1 (count distinct ?o)) (?.agg2 (count ?o)))", text, StringComparison.Ordinal);
        Assert.Contains("(filter (> ?.agg2 1)", text, StringComparison.Ordinal);
    }
}
