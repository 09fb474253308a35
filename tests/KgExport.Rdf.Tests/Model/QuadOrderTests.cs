using KgExport.Rdf;

namespace KgExport.Rdf.Tests.Model;

public sealed class QuadOrderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Sorts_like_a_stable_sort_with_the_quad_comparer(int seed)
    {
        var quads = RandomQuads(new Random(seed), 2000);

        var expected = quads.Order(QuadComparer.Instance).ToList();
        var actual = QuadOrder.Sort(quads);

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // The same quad objects in the same places: ties (terms that compare equal) keep their input order.
            Assert.True(ReferenceEquals(expected[i].Subject, actual[i].Subject) && ReferenceEquals(expected[i].Object, actual[i].Object)
                && ReferenceEquals(expected[i].Graph, actual[i].Graph), $"quad {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    [Fact]
    public void Equal_terms_in_distinct_objects_rank_together_and_keep_input_order()
    {
        var p = new Iri("http://e/p");
        var first = new Quad(new Iri("http://e/s"), p, Literal.WithLanguage("x", "en"));
        var second = new Quad(new Iri("http://e/s"), p, Literal.WithLanguage("x", "EN"));
        var before = new Quad(new Iri("http://e/a"), p, new Literal("x"));

        var sorted = QuadOrder.Sort([first, second, before]);

        Assert.Equal(before, sorted[0]);
        Assert.Same(first.Object, sorted[1].Object);
        Assert.Same(second.Object, sorted[2].Object);
    }

    [Fact]
    public void The_default_graph_comes_first_then_blank_nodes_iris_literals()
    {
        var p = new Iri("http://e/p");
        var g = new Iri("http://e/g");
        var named = new Quad(new BlankNode("b"), p, new Iri("http://e/o"), g);
        var literal = new Quad(new Iri("http://e/s"), p, new Literal("o"));
        var iri = new Quad(new Iri("http://e/s"), p, new Iri("http://e/o"));
        var blank = new Quad(new BlankNode("z"), p, new Literal("o"));

        Assert.Equal([blank, iri, literal, named], QuadOrder.Sort([named, literal, iri, blank]));
    }

    [Fact]
    public void Empty_and_single_inputs_come_back_as_they_are()
    {
        Assert.Empty(QuadOrder.Sort([]));
        var one = new Quad(new Iri("http://e/s"), new Iri("http://e/p"), new Literal("o"));
        Assert.Equal([one], QuadOrder.Sort([one]));
    }

    private static List<Quad> RandomQuads(Random random, int count)
    {
        // Few distinct values, each often in a fresh object, so many terms compare equal and many quads tie.
        Term Node() => random.Next(3) switch
        {
            0 => new BlankNode("b" + random.Next(5)),
            1 => new Iri("http://e/n" + random.Next(8)),
            _ => random.Next(3) switch
            {
                0 => new Literal("v" + random.Next(4)),
                1 => Literal.WithLanguage("v" + random.Next(4), random.Next(2) == 0 ? "en" : "EN"),
                _ => new Literal("v" + random.Next(4), new Iri("http://e/t" + random.Next(2))),
            },
        };
        var quads = new List<Quad>(count);
        for (var i = 0; i < count; i++)
        {
            var subject = Node();
            if (subject is Literal) subject = new Iri("http://e/s" + random.Next(4));
            var graph = random.Next(3) == 0 ? null : new Iri("http://e/g" + random.Next(3));
            quads.Add(new Quad(subject, new Iri("http://e/p" + random.Next(3)), Node(), graph));
        }
        return quads;
    }
}
