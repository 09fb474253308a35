namespace KgExport.Rdf.Tests.Canon;

public class RdfCanonicalizerTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri Q = new("http://example.org/q");
    private static readonly Iri Type = Vocab.Rdf.Type;

    private static BlankNode B(string label) => new(label);

    private static Iri I(string local) => new("http://example.org/" + local);

    [Fact]
    public void SingleBlankNodeGetsFirstCanonicalLabel()
    {
        var result = RdfCanonicalizer.Canonicalize([new Quad(B("e0"), Type, I("Foo"))]);

        Assert.Equal("_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Foo> .\n", result.NQuads);
        Assert.Equal("c14n0", result.IssuedIdentifiers["e0"]);
        Assert.Single(result.IssuedIdentifiers);
    }

    [Fact]
    public void OutputDoesNotDependOnLabelsOrOrder()
    {
        Quad[] first =
        [
            new(B("x"), P, B("y")),
            new(B("y"), P, B("z")),
            new(B("z"), P, B("x")),
            new(B("x"), Q, new Literal("start")),
            new(I("s"), P, B("z"), I("g")),
        ];
        Quad[] second =
        [
            new(I("s"), P, B("n1"), I("g")),
            new(B("n3"), Q, new Literal("start")),
            new(B("n1"), P, B("n3")),
            new(B("n2"), P, B("n1")),
            new(B("n3"), P, B("n2")),
        ];

        var a = RdfCanonicalizer.Canonicalize(first);
        var b = RdfCanonicalizer.Canonicalize(second);

        Assert.Equal(a.NQuads, b.NQuads);
        Assert.Equal(a.IssuedIdentifiers["x"], b.IssuedIdentifiers["n3"]);
        Assert.Equal(a.IssuedIdentifiers["z"], b.IssuedIdentifiers["n1"]);
    }

    [Fact]
    public void LinesAreSortedAndEveryLineEndsWithNewline()
    {
        var result = RdfCanonicalizer.Canonicalize(
        [
            new(I("z"), P, new Literal("1")),
            new(I("a"), P, new Literal("2")),
            new(B("b"), P, I("m")),
        ]);

        var lines = result.NQuads.Split('\n');
        Assert.Equal("", lines[^1]);
        var body = lines[..^1];
        Assert.Equal(body.OrderBy(l => l, StringComparer.Ordinal), body);
        Assert.Equal(3, result.Quads.Count);
        Assert.Equal(body, result.Quads.Select(q => q.ToString()));
    }

    [Fact]
    public void DuplicateQuadsAreCountedOnce()
    {
        var result = RdfCanonicalizer.Canonicalize([new(I("s"), P, I("o")), new(I("s"), P, I("o"))]);

        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n", result.NQuads);
    }

    [Fact]
    public void BlankNodeGraphNamesAreCanonicalized()
    {
        var result = RdfCanonicalizer.Canonicalize([new(I("s"), P, I("o"), B("graph"))]);

        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://example.org/o> _:c14n0 .\n", result.NQuads);
        Assert.Equal("c14n0", result.IssuedIdentifiers["graph"]);
    }

    [Fact]
    public void LiteralsUseCanonicalEscapes()
    {
        var result = RdfCanonicalizer.Canonicalize([new(I("s"), P, new Literal("a\"b\\c\n\t\u000B\u007F\u00e9"))]);

        Assert.Equal("<http://example.org/s> <http://example.org/p> \"a\\\"b\\\\c\\n\\t\\u000B\\u007F\u00e9\" .\n", result.NQuads);
    }

    [Fact]
    public void SymmetricNodesAreToldApartByTheirNeighbourhood()
    {
        // Two blank nodes with identical first-degree shape, distinguished only through what they point at.
        Quad[] quads =
        [
            new(B("a"), P, B("c")),
            new(B("b"), P, B("d")),
            new(B("c"), Q, new Literal("one")),
            new(B("d"), Q, new Literal("two")),
        ];
        var result = RdfCanonicalizer.Canonicalize(quads);
        var swapped = RdfCanonicalizer.Canonicalize(quads.Select(q => Swap(q, "a", "b")));

        Assert.Equal(4, result.IssuedIdentifiers.Count);
        Assert.Equal(4, result.IssuedIdentifiers.Values.Distinct().Count());
        Assert.Equal(result.NQuads, swapped.NQuads);
    }

    [Fact]
    public void Sha384ChangesTheHashButStillCanonicalizes()
    {
        Quad[] ring = [new(B("a"), P, B("b")), new(B("b"), P, B("c")), new(B("c"), P, B("a")), new(B("a"), Q, I("x"))];
        var options = new CanonicalizationOptions { HashAlgorithm = RdfcHashAlgorithm.Sha384 };

        var one = RdfCanonicalizer.Canonicalize(ring, options);
        var two = RdfCanonicalizer.Canonicalize(ring.Select(q => Swap(q, "b", "c")).Reverse(), options);

        Assert.Equal(one.NQuads, two.NQuads);
    }

    [Fact]
    public void PoisonGraphStopsWithClearError()
    {
        var clique = Clique(8);

        var e = Assert.Throws<CanonicalizationLimitException>(() =>
            RdfCanonicalizer.Canonicalize(clique, new CanonicalizationOptions { MaxWorkSteps = 200 }));

        Assert.Equal(200L, e.Limit);
        Assert.Equal(8, e.BlankNodes);
        Assert.Contains("too symmetric", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultLimitStopsALargeClique()
    {
        Assert.Throws<CanonicalizationLimitException>(() => RdfCanonicalizer.Canonicalize(Clique(10)));
    }

    [Fact]
    public void LongListOfEqualItemsStaysWithinTheDefaultLimit()
    {
        // Every middle node of this list looks alike at first degree, so RDFC-1.0 walks the chain from each of them.
        static List<Quad> List(string prefix, int length)
        {
            var quads = new List<Quad> { new(I("s"), P, B(prefix + 0)) };
            for (var i = 0; i < length; i++)
            {
                quads.Add(new Quad(B(prefix + i), Vocab.Rdf.First, Literal.Typed("0", Vocab.Xsd.Integer)));
                quads.Add(new Quad(B(prefix + i), Vocab.Rdf.Rest, i + 1 < length ? B(prefix + (i + 1)) : Vocab.Rdf.Nil));
            }
            return quads;
        }

        var one = RdfCanonicalizer.Canonicalize(List("a", 100));
        var two = RdfCanonicalizer.Canonicalize(Enumerable.Reverse(List("zz", 100)));

        Assert.Equal(one.NQuads, two.NQuads);
        Assert.Equal(100, one.IssuedIdentifiers.Count);
    }

    [Fact]
    public void CancellationIsObserved()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RdfCanonicalizer.Canonicalize(Clique(4), cancellationToken: cts.Token));
    }

    [Fact]
    public void CodePointOrderPutsSupplementaryCharactersLast()
    {
        Assert.True(CodePointOrder.Instance.Compare("\uFFFD", "\U0001F600") < 0);
        Assert.True(string.CompareOrdinal("\uFFFD", "\U0001F600") > 0);
        Assert.True(CodePointOrder.Instance.Compare("ab", "abc") < 0);
        Assert.Equal(0, CodePointOrder.Instance.Compare("x\U0001F600", "x\U0001F600"));
    }

    private static List<Quad> Clique(int n)
    {
        var quads = new List<Quad>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j) quads.Add(new Quad(B("n" + i), P, B("n" + j)));
            }
        }
        return quads;
    }

    private static Quad Swap(Quad q, string x, string y)
    {
        Term Map(Term t) => t is BlankNode b ? b.Label == x ? B(y) : b.Label == y ? B(x) : b : t;
        return new Quad(Map(q.Subject), q.Predicate, Map(q.Object), q.Graph is null ? null : Map(q.Graph));
    }
}
