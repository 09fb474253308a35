using KgExport.Sparql.Evaluation;
using static KgExport.Sparql.Tests.SparqlFixture;

namespace KgExport.Sparql.Tests.Evaluation;

public sealed class EvaluatorSemanticsTests
{
    private static readonly Rdf.Dataset People = Data("""
        :alice :name "Alice" ; :age 30 ; :knows :bob .
        :bob :name "Bob" ; :age 25 ; :knows :carol .
        :carol :name "Carol"@en ; :knows :alice .
        :dave :name "Dave" ; :age "unknown" .
        """);

    [Fact]
    public void Filter_inside_optional_only_limits_the_optional_part()
    {
        var rows = Rows(People, "SELECT ?n ?a WHERE { ?p :name ?n OPTIONAL { ?p :age ?a FILTER(?a > 26) } }");
        Assert.Equal(["n=Alice a=30^^integer", "n=Bob a=", "n=Carol@en a=", "n=Dave a="], rows);
    }

    [Fact]
    public void Filter_in_optional_sees_variables_of_the_left_side()
    {
        // ?n comes from the left; the left-join condition may use it (unlike a FILTER in a nested group).
        var rows = Rows(People, "SELECT ?n ?a WHERE { ?p :name ?n OPTIONAL { ?p :age ?a FILTER(?n = \"Bob\") } }");
        Assert.Equal(["n=Alice a=", "n=Bob a=25^^integer", "n=Carol@en a=", "n=Dave a="], rows);
    }

    [Fact]
    public void Minus_without_shared_variables_removes_nothing_and_not_exists_does()
    {
        Assert.Equal(4, Rows(People, "SELECT ?p WHERE { ?p :name ?n MINUS { ?x :age 30 } }").Count);
        Assert.Equal(3, Rows(People, "SELECT ?p WHERE { ?p :name ?n MINUS { ?p :age 30 } }").Count);
        Assert.Empty(Rows(People, "SELECT ?p WHERE { ?p :name ?n FILTER NOT EXISTS { ?x :age 30 } }"));
    }

    [Fact]
    public void Exists_substitutes_the_current_solution()
    {
        var rows = Rows(People, "SELECT ?p WHERE { ?p :name ?n FILTER EXISTS { ?p :knows ?q . ?q :age ?a } }");
        Assert.Equal(["p=:alice", "p=:carol"], rows);
    }

    [Fact]
    public void Bind_errors_leave_the_variable_unbound()
    {
        var rows = Rows(People, "SELECT ?n ?next WHERE { ?p :name ?n ; :age ?a BIND(?a + 1 AS ?next) }");
        Assert.Equal(["n=Alice next=31^^integer", "n=Bob next=26^^integer", "n=Dave next="], rows);
    }

    [Fact]
    public void Aggregates_group_and_handle_errors()
    {
        // SUM over a non-number is an error (unbound); MAX orders the plain string below the numbers.
        Assert.Equal(["c=3^^integer sum= max=30^^integer"],
            Rows(People, "SELECT (COUNT(?a) AS ?c) (SUM(?a) AS ?sum) (MAX(?a) AS ?max) WHERE { ?p :age ?a }"));
        Assert.Equal(["avg=27.5^^decimal min=25^^integer"],
            Rows(People, "SELECT (AVG(?a) AS ?avg) (MIN(?a) AS ?min) WHERE { ?p :age ?a FILTER(isNumeric(?a)) }"));
        Assert.Equal(["c=0^^integer"], Rows(People, "SELECT (COUNT(*) AS ?c) WHERE { ?p :nothing ?o }"));
        Assert.Equal(["names=Alice|Bob"], Rows(People, "SELECT (GROUP_CONCAT(?n; SEPARATOR='|') AS ?names) WHERE { ?p :name ?n ; :age ?a FILTER(isNumeric(?a)) } ORDER BY ?n"));
    }

    [Fact]
    public void Property_paths_terminate_on_cycles_and_include_zero_length()
    {
        var reach = Rows(People, "SELECT ?x WHERE { :alice :knows* ?x }");
        Assert.Equal(["x=:alice", "x=:bob", "x=:carol"], reach);
        Assert.Equal(3, Rows(People, "SELECT ?x WHERE { :alice :knows+ ?x }").Count);
        Assert.Equal(["x=:nobody"], Rows(People, "SELECT ?x WHERE { :nobody :knows* ?x }"));
        Assert.Equal(["x=:carol"], Rows(People, "SELECT ?x WHERE { :alice :knows/:knows ?x }"));
        Assert.Equal(["x=:carol"], Rows(People, "SELECT ?x WHERE { :alice ^:knows ?x }"));
        Assert.Equal(["o=25^^integer", "o=30^^integer", "o=unknown"], Rows(People, "SELECT ?o WHERE { ?s !(:name|:knows) ?o }"));
    }

    [Fact]
    public void Order_by_puts_unbound_blank_iri_then_literals_and_compares_numbers_by_value()
    {
        var data = Data(":a :v 10 . :b :v 9.5 . :c :v 1e1 . :d :v :iri . :e :v _:x . :f :w 1 .");
        var rows = Rows(data, "SELECT ?s ?v WHERE { ?s ?p ?x OPTIONAL { ?s :v ?v } } ORDER BY ?v ?s", sorted: false);
        Assert.Equal(["s=:f v=", "s=:e v=_", "s=:d v=:iri", "s=:b v=9.5^^decimal", "s=:a v=10^^integer", "s=:c v=1e1^^double"], rows);
        Assert.Equal(["s=:a", "s=:c"], Rows(data, "SELECT ?s WHERE { ?s :v ?v FILTER(isNumeric(?v)) } ORDER BY DESC(?v) LIMIT 2"));
    }

    [Fact]
    public void Values_subqueries_distinct_and_slices()
    {
        Assert.Equal(["n=Bob"], Rows(People, "SELECT ?n WHERE { VALUES ?p { :bob :nobody } ?p :name ?n }"));
        Assert.Equal(["c=4^^integer"], Rows(People, "SELECT ?c WHERE { { SELECT (COUNT(*) AS ?c) WHERE { ?p :name ?n } } }"));
        Assert.Equal(["p=:knows"], Rows(People, "SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER(?p = :knows) }"));
        Assert.Equal(["n=Bob", "n=Carol@en"], Rows(People, "SELECT ?n WHERE { ?p :name ?n } ORDER BY STR(?n) OFFSET 1 LIMIT 2", sorted: false));
    }

    [Fact]
    public void Functions_and_operators_follow_section_17()
    {
        string One(string expr) => Rows(People, $"SELECT ({expr} AS ?v) WHERE {{}}")[0][2..];
        Assert.Equal("3^^integer", One("1 + 2"));
        Assert.Equal("1.5^^decimal", One("3 / 2"));
        Assert.Equal("2.5E0^^double", One("1.5e0 + 1"));
        Assert.Equal("true^^boolean", One("\"abc\" < \"abd\""));
        Assert.Equal("", One("1 / 0"));
        Assert.Equal("true^^boolean", One("1 = 1.0"));
        Assert.Equal("3^^integer", One("STRLEN(\"a😀b\")"));
        Assert.Equal("BC@en", One("UCASE(SUBSTR(\"abc\"@en, 2))"));
        Assert.Equal("b@en", One("STRBEFORE(\"b-c\"@en, \"-\")"));
        Assert.Equal("true^^boolean", One("REGEX(\"Hello\", \"^h\", \"i\")"));
        Assert.Equal("h-ll-", One("REPLACE(\"hello\", \"[aeiou]\", \"-\")"));
        Assert.Equal("a%20b%2Fc", One("ENCODE_FOR_URI(\"a b/c\")"));
        Assert.Equal("900150983cd24fb0d6963f7d28e17f72", One("MD5(\"abc\")"));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", One("SHA256(\"abc\")"));
        Assert.Equal("2011^^integer", One("YEAR(\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime)"));
        Assert.Equal("-PT5H^^dayTimeDuration", One("TIMEZONE(\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime)"));
        Assert.Equal("13.815^^decimal", One("SECONDS(\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime)"));
        Assert.Equal("42^^integer", One("xsd:integer(\"42\")"));
        Assert.Equal("", One("xsd:integer(\"4.2\")"));
        Assert.Equal("true^^boolean", One("LANGMATCHES(LANG(\"x\"@en-GB), \"en\")"));
        Assert.Equal("2^^integer", One("COALESCE(?unbound, 1/0, 2)"));
        Assert.Equal("true^^boolean", One("isBlank(BNODE())"));
        Assert.Equal("true^^boolean", One("STRSTARTS(STRUUID(), \"\") && isIRI(UUID())"));
        Assert.Equal("-2.0^^decimal", One("ROUND(-2.5)"));
        Assert.Equal("-3^^integer", One("FLOOR(-2) - 1"));
        Assert.Equal("true^^boolean", One("2 IN (1, 2)"));
        Assert.Equal("", One("3 IN (1, 1/0)"));
    }

    [Theory]
    [InlineData("http://x/\\\"><img src=x>")]
    [InlineData("http://x/a b")]
    [InlineData("http://x/a\\tb")]
    [InlineData("http://x/a\\nb")]
    [InlineData("http://x/<a>")]
    [InlineData("http://x/{a}")]
    [InlineData("no scheme")]
    public void Iri_of_a_string_that_is_no_iri_is_an_error(string text)
    {
        Assert.Equal(["v="], Rows(People, $"SELECT (IRI(\"{text}\") AS ?v) WHERE {{}}"));
        Assert.Equal(["v="], Rows(People, $"SELECT (URI(\"{text}\") AS ?v) WHERE {{}}"));
    }

    [Fact]
    public void Iri_of_a_valid_string_is_that_iri()
    {
        Assert.Equal(["v=<http://x/caf\u00e9?q=1#f>"], Rows(People, "SELECT (IRI(\"http://x/caf\u00e9?q=1#f\") AS ?v) WHERE {}"));
    }

    [Fact]
    public void Construct_skips_unbound_and_makes_fresh_blank_nodes_per_solution()
    {
        var result = Run(People, "CONSTRUCT { _:x :label ?n ; :years ?a } WHERE { ?p :name ?n OPTIONAL { ?p :age ?a } }");
        var triples = result.Triples.ToList();
        Assert.Equal(4, triples.Count(t => t.Predicate.Value.EndsWith("label", StringComparison.Ordinal)));
        Assert.Equal(3, triples.Count(t => t.Predicate.Value.EndsWith("years", StringComparison.Ordinal)));
        Assert.Equal(4, triples.Select(t => t.Subject).Distinct().Count());
    }

    [Fact]
    public void Describe_follows_blank_node_objects()
    {
        var data = Data(":a :p [ :q [ :r 1 ] ] ; :s :b . :b :t 2 .");
        var triples = Run(data, "DESCRIBE :a").Triples.ToList();
        Assert.Equal(4, triples.Count);
    }

    [Fact]
    public void Named_graphs_from_and_graph_variables()
    {
        var data = new Rdf.Dataset();
        KgExport.Sparql.Update.UpdateExecutor.Execute($"PREFIX : <{Ex}> INSERT DATA {{ :d :p 0 . GRAPH :g1 {{ :a :p 1 }} GRAPH :g2 {{ :b :p 2 }} }}", data);
        Assert.Equal(["g=:g1 s=:a", "g=:g2 s=:b"], Rows(data, "SELECT ?g ?s WHERE { GRAPH ?g { ?s :p ?o } }"));
        Assert.Equal(["s=:d"], Rows(data, "SELECT ?s WHERE { ?s :p ?o }"));
        Assert.Equal(["s=:a"], Rows(data, "SELECT ?s FROM :g1 WHERE { ?s :p ?o }"));
        Assert.Equal(["g=:g2 s=:b"], Rows(data, "SELECT ?g ?s FROM NAMED :g2 WHERE { GRAPH ?g { ?s :p ?o } }"));
        Assert.Equal(["s=:a", "s=:b"], Rows(data, "SELECT ?s FROM :g1 FROM :g2 WHERE { ?s :p ?o }"));
    }

    [Fact]
    public void Limits_timeouts_and_service_are_enforced()
    {
        var big = Data(string.Join(" ", Enumerable.Range(0, 200).Select(i => $":s{i} :p {i} .")));
        var limited = Run(big, "SELECT * WHERE { ?s ?p ?o }", new QueryOptions { RowLimit = 10 });
        var e = Assert.Throws<QueryEvaluationException>(() => limited.Rows.ToList());
        Assert.Contains("limit of 10 rows", e.Message, StringComparison.Ordinal);
        var slow = Run(big, "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", new QueryOptions { Timeout = TimeSpan.FromMilliseconds(50) });
        Assert.Throws<QueryEvaluationException>(() => slow.Rows.Count());
        var service = Run(big, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        Assert.Contains("federated queries are off", Assert.Throws<QueryEvaluationException>(() => service.Rows.ToList()).Message, StringComparison.Ordinal);
        Assert.Single(Run(big, "SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }").Rows);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var cancelled = QueryExecutor.Execute(SparqlQuery.Parse("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d }"), big, null, cts.Token);
        Assert.ThrowsAny<OperationCanceledException>(() => cancelled.Rows.Count());
    }
}
