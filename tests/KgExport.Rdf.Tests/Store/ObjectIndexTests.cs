using KgExport.Rdf;

namespace KgExport.Rdf.Tests.Store;

/// <summary>
/// The object-first (OSP) index is built on the first lookup that needs it; whenever that happens, the answers and
/// their order must be those of an index kept up to date from the start.
/// </summary>
public sealed class ObjectIndexTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri Q = new("http://example.org/q");
    private static readonly Literal O = new("o");

    private static Iri S(int i) => new($"http://example.org/s{i}");

    [Fact]
    public void Lookups_by_object_see_every_triple_added_before_and_after_the_first_one()
    {
        var d = new Dataset();
        for (var i = 0; i < 5; i++) d.Add(S(i), i % 2 == 0 ? P : Q, O);
        Assert.Equal([S(0), S(1), S(2), S(3), S(4)], d.Match(null, null, O, null).Select(x => x.Subject));
        d.Add(S(5), P, O);
        Assert.Equal(6, d.Match(null, null, O, null).Count());
        Assert.Equal([P], d.Match(S(4), null, O, null).Select(x => x.Predicate));
        Assert.Equal(6, d.Estimate(null, null, O, null));
    }

    [Fact]
    public void A_removal_before_any_lookup_by_object_is_not_seen_by_later_ones()
    {
        var d = new Dataset();
        for (var i = 0; i < 4; i++) d.Add(S(i), P, O);
        d.Add(S(1), Q, O);
        Assert.True(d.Remove(new Quad(S(1), P, O)));
        Assert.Equal([S(0), S(1), S(2), S(3)], d.Match(null, null, O, null).Select(x => x.Subject));
        Assert.Equal([Q], d.Match(S(1), null, O, null).Select(x => x.Predicate));
        Assert.False(d.Remove(new Quad(S(1), P, O)));
    }

    [Fact]
    public void Readers_racing_to_build_the_index_all_get_the_whole_answer()
    {
        var d = new Dataset();
        for (var i = 0; i < 2000; i++) d.Add(S(i), P, O);
        var counts = new int[8];
        Parallel.For(0, counts.Length, k => counts[k] = d.Match(null, null, O, null).Count());
        Assert.All(counts, c => Assert.Equal(2000, c));
    }
}
