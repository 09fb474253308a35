using static KgExport.Sparql.Tests.SparqlFixture;

namespace KgExport.Sparql.Tests.Evaluation;

/// <summary>
/// MINUS, OPTIONAL and joins whose right side is materialised in a hash table keyed on the variables both sides
/// bind: the right side binds variables the left may lack, binds a shared variable only in some rows, or the left
/// binds a shared variable only in some rows. Each test states the answer the definitions (§18.5) give.
/// </summary>
public sealed class HashJoinSemanticsTests
{
    private static readonly Rdf.Dataset People = Data("""
        :alice a :Person ; :name "Alice" ; :age 30 ; :knows :bob .
        :bob a :Person ; :name "Bob" ; :age 25 ; :knows :carol .
        :carol a :Person ; :name "Carol" ; :knows :alice .
        :dave a :Robot ; :name "Dave" ; :age 7 .
        :acme a :Company ; :name "Acme" .
        """);

    [Fact]
    public void Minus_whose_right_side_binds_a_variable_the_left_lacks_removes_by_the_shared_one()
    {
        // Left binds ?x ?type, right ?x ?other: only ?x is shared, so a left row goes when ?x has any :knows.
        var rows = Rows(People, "SELECT ?x ?type WHERE { { ?x a ?type } MINUS { ?x :knows ?other } }");
        Assert.Equal(["x=:acme type=:Company", "x=:dave type=:Robot"], rows);
    }

    [Fact]
    public void Minus_then_group_order_and_limit()
    {
        var rows = Rows(People, """
            SELECT ?type (COUNT(*) AS ?n) WHERE { { ?x a ?type } MINUS { ?x :age ?age } }
            GROUP BY ?type ORDER BY DESC(?n) ?type LIMIT 2
            """, sorted: false);
        Assert.Equal(["type=:Company n=1^^integer", "type=:Person n=1^^integer"], rows);
    }

    [Fact]
    public void Minus_with_right_rows_that_bind_the_shared_variable_only_sometimes()
    {
        // Right rows: alice, bob and carol with the ?x they know; dave and acme without ?x, so those share no
        // variable with the left (?x ?n) and remove nothing. Removed: bob, carol and alice.
        var rows = Rows(People, """
            SELECT ?x WHERE { ?x :name ?n MINUS { ?k :name ?nm OPTIONAL { ?k :knows ?x } } }
            """);
        Assert.Equal(["x=:acme", "x=:dave"], rows);
    }

    [Fact]
    public void Minus_whose_left_side_binds_the_shared_variable_only_in_some_rows()
    {
        // Left: ?x and, for dave, ?age. Right: (alice 30), (bob 25). Left rows without ?age share ?x only and are
        // removed when ?x matches; dave's row would have to match ?age too.
        var rows = Rows(People, """
            SELECT ?x ?age WHERE { { ?x :name ?n OPTIONAL { ?x :age ?age FILTER(?age < 20) } } MINUS { ?x :age ?age FILTER(?age >= 20) } }
            """);
        Assert.Equal(["x=:acme age=", "x=:carol age=", "x=:dave age=7^^integer"], rows);
    }

    [Fact]
    public void Minus_under_a_union_on_the_left_keys_on_what_both_branches_bind()
    {
        var rows = Rows(People, """
            SELECT ?x ?y ?z WHERE { { { ?x :knows ?y } UNION { ?x :age ?z } } MINUS { ?x :knows ?y . ?y :age ?a } }
            """);
        // Right rows: (alice bob 25), (carol alice 30). Of the :knows rows, bob's stays (carol has no age). The :age
        // rows share ?x only: alice's is removed, bob's and dave's stay.
        Assert.Equal(["x=:bob y= z=25^^integer", "x=:bob y=:carol z=", "x=:dave y= z=7^^integer"], rows);
    }

    [Fact]
    public void Optional_whose_right_side_is_not_a_simple_pattern()
    {
        // The right side (BIND inside) binds ?x ?a ?one; the left ?x ?n: the optional part joins on ?x.
        var rows = Rows(People, """
            SELECT ?n ?a ?one WHERE { ?x :name ?n OPTIONAL { ?x :age ?a BIND(1 AS ?one) FILTER(?a > 20) } }
            """);
        Assert.Equal(["n=Acme a= one=", "n=Alice a=30^^integer one=1^^integer", "n=Bob a=25^^integer one=1^^integer",
            "n=Carol a= one=", "n=Dave a= one="], rows);
    }

    [Fact]
    public void Join_with_a_subquery_that_binds_an_aggregate()
    {
        var rows = Rows(People, """
            SELECT ?type (SUM(?friends) AS ?n) WHERE { ?x a ?type { SELECT ?x (COUNT(?f) AS ?friends) WHERE { ?x :knows ?f } GROUP BY ?x } }
            GROUP BY ?type
            """);
        Assert.Equal(["type=:Person n=3^^integer"], rows);
    }

    [Fact]
    public void Join_with_a_subquery_whose_rows_bind_the_shared_variable_only_sometimes()
    {
        // The subquery's rows: (?x=alice ?a=30), (?x=bob ?a=25), (?x=dave ?a=7) and, without ?x, (?a=30), (?a=25), (?a=7).
        // Those without ?x join every left row.
        var rows = Rows(People, """
            SELECT ?x ?a WHERE { ?x a :Person { SELECT ?x ?a WHERE { { ?x :age ?a } UNION { ?y :age ?a } } } }
            """);
        Assert.Equal(["x=:alice a=25^^integer", "x=:alice a=30^^integer", "x=:alice a=30^^integer", "x=:alice a=7^^integer",
            "x=:bob a=25^^integer", "x=:bob a=25^^integer", "x=:bob a=30^^integer", "x=:bob a=7^^integer",
            "x=:carol a=25^^integer", "x=:carol a=30^^integer", "x=:carol a=7^^integer"], rows);
    }

    [Fact]
    public void Minus_inside_exists_uses_the_substituted_variables()
    {
        var rows = Rows(People, """
            SELECT ?x WHERE { ?x a :Person FILTER EXISTS { { ?x :knows ?y } MINUS { ?y :age ?a } } }
            """);
        // alice knows bob (aged): no; bob knows carol (no age): yes; carol knows alice (aged): no.
        Assert.Equal(["x=:bob"], rows);
    }
}
