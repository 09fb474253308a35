namespace KgExport.Architecture.Tests;

public sealed class DependencyRuleTests
{
    private static ProjectGraph Source() => ProjectGraph.Read(TestPaths.InRepository("src"));

    [Fact]
    public void Every_project_reference_under_src_runs_the_way_the_design_allows()
    {
        var graph = Source();
        Assert.Contains("Rdf", graph.References.Keys);
        Assert.Contains("Facts", graph.References["Mapping"]);
        Assert.Empty(DependencyRule.Violations(graph));
    }

    [Fact]
    public void Server_and_Publishing_reach_no_extraction_and_no_mapping()
    {
        var graph = Source();
        foreach (var project in new[] { "Server", "Publishing" })
        {
            var reached = Reached(graph, project);
            Assert.DoesNotContain("Extraction", reached);
            Assert.DoesNotContain("Mapping", reached);
        }
    }

    [Fact]
    public void Facts_reaches_nothing_and_Mapping_reaches_no_extraction()
    {
        var graph = Source();
        Assert.Empty(Reached(graph, "Facts"));
        Assert.DoesNotContain("Extraction", Reached(graph, "Mapping"));
    }

    [Fact]
    public void A_reference_against_the_rule_is_named_with_what_the_project_may_reference()
    {
        var graph = new ProjectGraph(new Dictionary<string, IReadOnlySet<string>>
        {
            ["Rdf"] = new HashSet<string> { "Sparql" },
            ["Sparql"] = new HashSet<string> { "Rdf" },
            ["Facts"] = new HashSet<string> { "Rdf" },
            ["Server"] = new HashSet<string> { "Mapping", "Ontology" },
            ["Mapping"] = new HashSet<string> { "Facts", "Ontology", "Rdf" },
        });
        Assert.Equal(
            [
                "Facts -> Rdf: runs the wrong way; Facts may reference only nothing",
                "Rdf -> Sparql: runs the wrong way; Rdf may reference only nothing",
                "Server -> Mapping: runs the wrong way; Server may reference only Ontology, Rdf, Sparql, Store",
            ],
            DependencyRule.Violations(graph).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_project_the_rule_does_not_place_is_reported()
    {
        var graph = new ProjectGraph(new Dictionary<string, IReadOnlySet<string>> { ["Helpers"] = new HashSet<string> { "Rdf" } });
        Assert.StartsWith("Helpers: not placed in the dependency rule", Assert.Single(DependencyRule.Violations(graph)), StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_may_reference_every_project()
    {
        Assert.Equal(DependencyRule.Allowed.Keys.Where(p => p != "Cli").Order(StringComparer.Ordinal), DependencyRule.Reach("Cli").Order(StringComparer.Ordinal));
    }

    /// <summary>The projects <paramref name="project"/> references, directly or through others, as the csproj files say.</summary>
    private static HashSet<string> Reached(ProjectGraph graph, string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(graph.References[project]);
        while (pending.TryPop(out var next))
        {
            if (reached.Add(next) && graph.References.TryGetValue(next, out var more)) foreach (var m in more) pending.Push(m);
        }
        return reached;
    }
}
