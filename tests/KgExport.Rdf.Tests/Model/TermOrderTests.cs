namespace KgExport.Rdf.Tests.Model;

/// <summary>
/// The one deterministic order of terms and quads: blank nodes, then IRIs, then literals; literals by lexical form,
/// then datatype, then language tag (without case); quads by graph (default first), subject, predicate, object.
/// </summary>
public sealed class TermOrderTests
{
    private static readonly Iri P = new("http://example.org/p");

    [Fact]
    public void Kinds_come_in_the_order_blank_nodes_iris_literals()
    {
        Term[] terms = [new Literal("a"), new Iri("http://example.org/z"), new BlankNode("z"), new Iri("http://a.example/"), new BlankNode("a"), new Literal("")];
        Assert.Equal(
            ["_:a", "_:z", "<http://a.example/>", "<http://example.org/z>", "\"\"", "\"a\""],
            terms.Order(TermComparer.Instance).Select(t => t.ToString()));
    }

    [Fact]
    public void Literals_order_by_lexical_form_then_datatype_then_language()
    {
        Term[] literals =
        [
            Literal.WithLanguage("b", "en"),
            Literal.Typed("b", Vocab.Xsd.Integer),
            new Literal("b"),
            Literal.WithLanguage("b", "DE"),
            new Literal("a"),
        ];
        Assert.Equal(
            ["\"a\"", "\"b\"@DE", "\"b\"@en", "\"b\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"b\""],
            literals.Order(TermComparer.Instance).Select(t => t.ToString()));
    }

    [Fact]
    public void Strings_compare_ordinally_not_by_culture()
    {
        Term[] iris = [new Iri("http://example.org/b"), new Iri("http://example.org/B"), new Iri("http://example.org/\u00E9"), new Iri("http://example.org/a")];
        Assert.Equal(
            ["http://example.org/B", "http://example.org/a", "http://example.org/b", "http://example.org/\u00E9"],
            iris.Order(TermComparer.Instance).Cast<Iri>().Select(i => i.Value));
    }

    [Fact]
    public void The_order_is_total_and_consistent_with_equality()
    {
        Term[] terms =
        [
            new BlankNode("b"), new Iri("http://example.org/b"), new Literal("b"), Literal.WithLanguage("b", "en"),
            Literal.WithLanguage("b", "EN"), Literal.Typed("b", Vocab.Xsd.Integer), new Iri("http://example.org/a"),
        ];
        foreach (var x in terms)
        {
            Assert.Equal(1, TermComparer.Instance.Compare(x, null));
            Assert.Equal(-1, TermComparer.Instance.Compare(null, x));
            foreach (var y in terms)
            {
                var c = TermComparer.Instance.Compare(x, y);
                Assert.Equal(-Math.Sign(c), Math.Sign(TermComparer.Instance.Compare(y, x)));
                Assert.Equal(x.Equals(y), c == 0);
            }
        }
    }

    [Fact]
    public void Quads_order_by_graph_with_the_default_graph_first_then_subject_predicate_object()
    {
        var s1 = new Iri("http://example.org/s1");
        var s2 = new Iri("http://example.org/s2");
        var g = new Iri("http://example.org/g");
        Quad[] quads =
        [
            new(s1, P, new Literal("1"), g),
            new(s2, P, new Literal("1")),
            new(s1, new Iri("http://example.org/q"), new Literal("1")),
            new(s1, P, new Literal("2")),
            new(s1, P, new Literal("1")),
            new(s1, P, new Literal("0"), new BlankNode("g")),
        ];
        Assert.Equal(
            [quads[4], quads[3], quads[2], quads[1], quads[5], quads[0]],
            quads.Order(QuadComparer.Instance));
    }
}
