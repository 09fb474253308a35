using KgExport.Rdf;

namespace KgExport.Diff.Tests;

public sealed class DatasetComparerTests
{
    [Fact]
    public void Graphs_are_reported_added_removed_and_changed_named_graphs_first_then_the_default_graph()
    {
        var old = Data.TriG("ex:a ex:p 1 . ex:g1 { ex:a ex:p 1 . } ex:g2 { ex:b ex:p 2 . }");
        var @new = Data.TriG("ex:a ex:p 2 . ex:g1 { ex:a ex:p 1 . } ex:g3 { ex:b ex:p 2 . }");
        var d = DatasetComparer.Compare(old, @new);
        Assert.Equal([new Iri("http://example.org/g2"), new Iri("http://example.org/g3"), null], d.Graphs.Select(g => g.Graph));
        Assert.Equal([ChangeKind.Removed, ChangeKind.Added, ChangeKind.Changed], d.Graphs.Select(g => g.Kind));
        Assert.Equal((1, 1, 1), (d.Counts.GraphsAdded, d.Counts.GraphsRemoved, d.Counts.GraphsChanged));
        Assert.Equal((3, 3, 2, 2), (d.Counts.OldQuads, d.Counts.NewQuads, d.Counts.RemovedQuads, d.Counts.AddedQuads));
    }

    [Fact]
    public void Duplicate_quads_count_once_on_either_side()
    {
        var quad = Data.TriG("ex:a ex:p ex:b .")[0];
        var d = DatasetComparer.Compare([quad, quad], [quad, quad, quad]);
        Assert.True(d.AreEqual);
        Assert.Equal((1, 1), (d.Counts.OldQuads, d.Counts.NewQuads));
    }

    [Fact]
    public void A_renamed_node_needs_the_same_types_and_half_of_its_other_statements()
    {
        const string common = "ex:p1 1 ; ex:p2 2 ; ex:p3 3";
        var old = Data.TriG($"ex:act_13 a ex:Act ; ex:date \"13\" ; {common} . ex:other_1 a ex:Act ; ex:q 1 ; ex:r 2 .");
        var @new = Data.TriG($"ex:act_12 a ex:Act ; ex:date \"12\" ; {common} . ex:other_2 a ex:Act ; ex:q 9 ; ex:r 8 . ex:thing_13 a ex:Thing ; ex:date \"13\" ; {common} .");
        var d = DatasetComparer.Compare(old, @new);
        var nodes = Assert.Single(d.Graphs).Nodes;
        var renamed = Assert.Single(nodes, n => n.RenamedFrom is not null);
        Assert.Equal(new Iri("http://example.org/act_12"), renamed.Node);
        Assert.Equal(new Iri("http://example.org/act_13"), renamed.RenamedFrom);
        var date = Assert.Single(renamed.Properties);
        Assert.True(date.IsReplacement);
        // Sharing nothing but the type, and having another type, are no rename.
        Assert.Contains(nodes, n => n.Node == new Iri("http://example.org/other_1") && n.Kind == ChangeKind.Removed);
        Assert.Contains(nodes, n => n.Node == new Iri("http://example.org/other_2") && n.Kind == ChangeKind.Added);
        Assert.Contains(nodes, n => n.Node == new Iri("http://example.org/thing_13") && n.Kind == ChangeKind.Added);
        var plain = DatasetComparer.Compare(old, @new, DiffOptions.Default with { DetectRenamedNodes = false });
        Assert.DoesNotContain(Assert.Single(plain.Graphs).Nodes, n => n.RenamedFrom is not null);
    }

    [Fact]
    public void A_blank_node_shared_by_two_statements_keeps_its_label_and_its_own_statements_are_listed_apart()
    {
        var old = Data.TriG("ex:a ex:p _:x . ex:b ex:p _:x . _:x ex:v 1 .");
        var @new = Data.TriG("ex:a ex:p _:y . ex:b ex:p _:y . _:y ex:v 2 .");
        var d = DatasetComparer.Compare(old, @new);
        var graph = Assert.Single(d.Graphs);
        Assert.Equal(2, graph.Nodes.Count);
        Assert.All(graph.Nodes, n => Assert.IsType<TermValue>(Assert.Single(Assert.Single(n.Properties).Removed)));
        Assert.Single(graph.OtherRemoved);
        Assert.Single(graph.OtherAdded);
        Assert.Contains("statements about unnamed blank nodes:", Data.Text(d));
    }

    [Fact]
    public void Equal_blank_node_components_are_a_multiset()
    {
        var one = Data.TriG("ex:a ex:p [ ex:v 1 ] .");
        var two = Data.TriG("ex:a ex:p [ ex:v 1 ] , [ ex:v 1 ] .");
        var d = DatasetComparer.Compare(two, one);
        Assert.False(d.AreEqual);
        Assert.Equal(2, d.Counts.RemovedQuads);
        Assert.Equal(0, d.Counts.AddedQuads);
        Assert.True(DatasetComparer.Compare(two, Data.TriG("ex:a ex:p [ ex:v 1 ] , [ ex:v 1 ] .")).AreEqual);
    }

    [Fact]
    public void A_blank_node_graph_name_is_matched_canonically_too()
    {
        var old = Data.TriG("_:g { ex:a ex:p ex:b . ex:a ex:q [ ex:v 1 ] . }");
        var @new = Data.TriG("_:other { ex:a ex:q [ ex:v 1 ] . ex:a ex:p ex:b . }");
        Assert.True(DatasetComparer.Compare(old, @new).AreEqual);
        Assert.False(DatasetComparer.Compare(old, Data.TriG("_:g { ex:a ex:p ex:b . ex:a ex:q [ ex:v 2 ] . }")).AreEqual);
    }

    [Fact]
    public void Labels_come_from_the_new_side_first_english_before_other_languages()
    {
        var old = Data.TriG("ex:a rdfs:label \"Alt\" ; ex:p 1 . ex:b rdfs:label \"Bee\" .");
        var @new = Data.TriG("ex:a rdfs:label \"Neu\"@de , \"New\"@en ; ex:p 2 . ex:b rdfs:label \"Bee\" .");
        var d = DatasetComparer.Compare(old, @new);
        Assert.Equal("New", d.LabelOf(new Iri("http://example.org/a")));
        Assert.Contains("~ ex:a \"New\"", Data.Text(d));
    }

    [Fact]
    public void A_long_rdf_list_is_not_nested_and_a_poison_graph_stops_at_the_work_limit()
    {
        var items = string.Join(" ", Enumerable.Range(0, 100));
        var d = DatasetComparer.Compare(Data.TriG($"ex:a ex:list ( {items} ) ."), Data.TriG($"ex:a ex:list ( {items} 100 ) ."));
        Assert.NotEmpty(Assert.Single(d.Graphs).OtherAdded);

        var clique = new List<Quad>();
        var p = new Iri("http://example.org/p");
        for (var i = 0; i < 10; i++)
        {
            for (var j = 0; j < 10; j++)
            {
                if (i != j) clique.Add(new Quad(new BlankNode("n" + i), p, new BlankNode("n" + j)));
            }
        }
        Assert.Throws<CanonicalizationLimitException>(() => DatasetComparer.Compare(clique, []));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var many = Enumerable.Range(0, 100_000).Select(i => new Quad(new Iri("http://example.org/s" + i), new Iri("http://example.org/p"), new Literal("x")));
        Assert.ThrowsAny<OperationCanceledException>(() => DatasetComparer.Compare(many, [], cancellationToken: cancelled.Token));
    }
}
