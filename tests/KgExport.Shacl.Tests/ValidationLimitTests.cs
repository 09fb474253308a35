using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using static KgExport.Shacl.Tests.ShaclFixture;

namespace KgExport.Shacl.Tests;

/// <summary>
/// Issue 16: a validation is held to its <see cref="ValidationLimits"/>. A backtracking sh:pattern whose matches each
/// stay under the match timeout, a cartesian sh:select and a SPARQL constraint that sorts or groups too much each stop
/// the run with a <see cref="ValidationLimitException"/> instead of running for minutes or taking gigabytes.
/// </summary>
public sealed class ValidationLimitTests
{
    private const long Megabyte = 1 << 20;

    /// <summary>n nodes of class ex:T, each with a name and two more triples.</summary>
    private static Dataset Nodes(int n, Func<int, string> name) =>
        Parse(string.Concat(Enumerable.Range(0, n).Select(i => $"ex:n{i} a ex:T ; ex:name \"{name(i)}\" ; ex:rank {i} .\n")));

    private static ValidationReport Run(Dataset data, string shapes, ValidationLimits limits) =>
        new ShapeValidator(ShapesGraph.Load(Parse(shapes)), limits).Validate(data);

    private static string SparqlShape(string select) =>
        $"ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ sh:select \"\"\"{select}\"\"\" ] .";

    [Fact]
    public void Many_slow_pattern_matches_are_held_to_the_run_time()
    {
        // ^(a+)+$ on 20 a's and a '!' backtracks about a million times: well under the 2 s a match may take, but 200
        // of them take far longer than the run's half second.
        var data = Nodes(200, _ => new string('a', 20) + "!");
        const string shapes = "ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:property [ sh:path ex:name ; sh:pattern \"^(a+)+$\" ] .";
        var e = Assert.Throws<ValidationLimitException>(() => Run(data, shapes, new ValidationLimits { Timeout = TimeSpan.FromSeconds(0.5) }));
        Assert.Equal("validation timed out after 0.5 s", e.Message);
    }

    [Fact]
    public void The_clock_is_read_at_the_first_check_so_a_spent_run_stops_at_once()
    {
        // The time limit is checked at every 16th shape and focus node; the first check is one of them, so a run
        // whose time is already spent stops before any result, even with fewer nodes than that.
        var data = Nodes(3, _ => "bad!");
        const string shapes = "ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:property [ sh:path ex:name ; sh:pattern \"^good$\" ] .";
        var e = Assert.Throws<ValidationLimitException>(() => Run(data, shapes, new ValidationLimits { Timeout = TimeSpan.Zero }));
        Assert.Equal("validation timed out after 0 s", e.Message);
        Assert.Equal(3, Run(data, shapes, new ValidationLimits { Timeout = TimeSpan.FromSeconds(60) }).Results.Count);
    }

    [Fact]
    public void A_cartesian_select_cannot_make_more_results_than_the_run_can_hold()
    {
        // 60 focus nodes, each with 180 × 180 × 3 solutions: 5.8 million results.
        var data = Nodes(60, i => "n" + i);
        var shapes = SparqlShape("SELECT $this ?value WHERE { $this ?p ?o . ?a ?b ?c . ?d ?e ?value }");
        var e = Assert.Throws<ValidationLimitException>(() => Run(data, shapes, new ValidationLimits { MaxMemoryBytes = 8 * Megabyte }));
        Assert.Equal("validation stopped: its results exceed the memory limit of 8 MB", e.Message);
    }

    [Fact]
    public void A_constraint_query_that_holds_too_much_stops_the_run_naming_its_shape()
    {
        var data = Nodes(60, i => "n" + i);
        var shapes = SparqlShape("SELECT $this WHERE { $this ?p ?o . ?a ?b ?c . ?d ?e ?f } GROUP BY $this ?c ?f HAVING (COUNT(*) < 0)");
        var e = Assert.Throws<ValidationLimitException>(() => Run(data, shapes, new ValidationLimits { MaxMemoryBytes = 1 * Megabyte }));
        Assert.Equal($"validation stopped at shape {Iri("S")}: its SPARQL query exceeds the memory limit of 1 MB (strings built and rows held)", e.Message);
    }

    [Fact]
    public void A_constraint_query_gets_only_what_is_left_of_the_run_time()
    {
        // 180³ rows per focus node, every one filtered out: nothing is held, it only takes long.
        var data = Nodes(60, i => "n" + i);
        var shapes = SparqlShape("SELECT $this WHERE { $this ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c = ?f && ?f != ?c) }");
        var e = Assert.Throws<ValidationLimitException>(() => Run(data, shapes, new ValidationLimits { Timeout = TimeSpan.FromSeconds(0.5) }));
        Assert.Equal("validation timed out after 0.5 s", e.Message);
    }

    [Fact]
    public void Within_its_limits_a_validation_reports_as_before()
    {
        var data = Nodes(30, i => i % 10 == 0 ? "bad!" : "good");
        const string shapes = """
            ex:S a sh:NodeShape ; sh:targetClass ex:T ;
              sh:property [ sh:path ex:name ; sh:pattern "^[a-z]+$" ] ;
              sh:sparql [ sh:select "SELECT $this ?value WHERE { $this ex:rank ?value FILTER(?value > 27) }" ; sh:prefixes ex:prefixes ] .
            ex:prefixes sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .
            """;
        var limited = Summary(Run(data, shapes, new ValidationLimits { Timeout = TimeSpan.FromSeconds(60), MaxMemoryBytes = 1 * Megabyte }));
        var unlimited = Summary(Run(data, shapes, new ValidationLimits { Timeout = null, MaxMemoryBytes = null }));
        Assert.Equal(unlimited, limited);
        Assert.Equal(["ex:n0 Pattern bad!", "ex:n10 Pattern bad!", "ex:n20 Pattern bad!", "ex:n28 SPARQL 28", "ex:n29 SPARQL 29"], limited);
    }

    [Fact]
    public void The_defaults_are_those_of_a_query()
    {
        Assert.Equal(QueryOptions.DefaultTimeout, ValidationLimits.Default.Timeout);
        Assert.Equal(QueryOptions.DefaultMaxMemoryBytes, ValidationLimits.Default.MaxMemoryBytes);
        Assert.Same(ValidationLimits.Default, new ShapeValidator(ShapesGraph.Load(Parse(""))).Limits);
    }
}
