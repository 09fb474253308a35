using KgExport.Rdf;

namespace KgExport.Rdf.Tests.Store;

public sealed class UnionDefaultGraphTests
{
    private static readonly Iri S = new("http://example.org/s");
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri G1 = new("http://example.org/g1");
    private static readonly Iri G2 = new("http://example.org/g2");
    private static readonly Literal O = new("o");

    [Fact]
    public void The_default_graph_follows_every_change_to_a_named_graph()
    {
        var d = new Dataset(unionDefaultGraph: true);
        d.Add(new Quad(S, P, O, G1));
        Assert.Single(d.Match(null, null, null, null));
        d.ClearGraph(G1);
        Assert.Empty(d.Match(null, null, null, null));
        Assert.Equal(0, d.Count);
    }

    [Fact]
    public void A_triple_held_by_two_graphs_leaves_the_union_with_the_last_of_them()
    {
        var d = new Dataset(unionDefaultGraph: true);
        d.Add(new Quad(S, P, O, G1));
        d.Add(new Quad(S, P, O, G2));
        d.Add(new Quad(S, P, O));
        Assert.Single(d.Match(S, P, null, null));
        Assert.Equal(3, d.Count);
        d.Remove(new Quad(S, P, O, G1));
        d.Remove(new Quad(S, P, O));
        Assert.True(d.Contains(new Quad(S, P, O)));
        d.Remove(new Quad(S, P, O, G2));
        Assert.False(d.Contains(new Quad(S, P, O)));
    }

    [Fact]
    public void Stored_quads_are_listed_once_each_never_the_merge_again()
    {
        var d = new Dataset(unionDefaultGraph: true);
        d.Add(new Quad(S, P, O, G1));
        d.Add(new Quad(S, P, new Literal("own")));
        Assert.Equal(2, d.Quads.Count());
        Assert.Equal(2, d.Match(null, null, null, null).Count());
        // Clearing the default graph clears what is stored in it; the named graph's triple stays in the merge.
        d.ClearGraph(null);
        Assert.Equal([O], d.Match(null, null, null, null).Select(q => q.Object));
    }

    [Fact]
    public void Recorded_changes_are_the_net_effect_and_undo_restores_the_dataset()
    {
        var d = new Dataset(unionDefaultGraph: true);
        d.Add(new Quad(S, P, O, G1));
        var changes = d.BeginRecording();
        d.Add(new Quad(S, P, new Literal("a"), G2));
        d.Remove(new Quad(S, P, O, G1));
        d.Add(new Quad(S, P, new Literal("b")));
        d.Remove(new Quad(S, P, new Literal("b")));
        d.EndRecording();
        Assert.Equal(2, changes.Count);
        Assert.Equal([new Quad(S, P, new Literal("a"), G2)], changes.Added);
        Assert.Equal([new Quad(S, P, O, G1)], changes.Removed);
        changes.Undo(d);
        Assert.Equal([new Quad(S, P, O, G1)], d.Quads);
        Assert.Single(d.Match(null, null, null, null));
    }

    [Fact]
    public void Plain_triples_stored_before_any_named_graph_stay_stored_after_one_arrives()
    {
        var d = new Dataset(unionDefaultGraph: true);
        d.Add(new Quad(S, P, O));
        d.Add(new Quad(S, P, new Literal("only default")));
        d.Add(new Quad(S, P, O, G1));
        Assert.Equal(3, d.Count);
        Assert.Equal(2, d.Match(null, null, null, null).Count());
        d.ClearGraph(G1);
        Assert.True(d.Contains(new Quad(S, P, O)));
        Assert.Equal(2, d.Quads.Count(q => q.Graph is null));
        d.Remove(new Quad(S, P, O));
        Assert.Equal([new Literal("only default")], d.Match(null, null, null, null).Select(q => q.Object));
    }
}
