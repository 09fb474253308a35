namespace KgExport.Rdf.Tests.Canon;

public class IsomorphismTests
{
    private static readonly Iri P = new("http://example.org/p");

    private static BlankNode B(string label) => new(label);

    private static Iri I(string local) => new("http://example.org/" + local);

    [Fact]
    public void RelabelledGraphsAreIsomorphic()
    {
        Quad[] a = [new(B("a"), P, B("b")), new(B("b"), P, new Literal("x")), new(I("s"), P, I("o"))];
        Quad[] b = [new(I("s"), P, I("o")), new(B("q"), P, new Literal("x")), new(B("r"), P, B("q"))];

        Assert.True(Isomorphism.AreIsomorphic(a, b));
        Assert.Null(Isomorphism.Describe(a, b));
    }

    [Fact]
    public void SameShapesButDifferentStructureAreNotIsomorphic()
    {
        // A three-cycle versus a self loop plus a two-cycle: every quad looks like "_:b p _:b" on both sides.
        Quad[] cycle = [new(B("a"), P, B("b")), new(B("b"), P, B("c")), new(B("c"), P, B("a"))];
        Quad[] split = [new(B("x"), P, B("x")), new(B("y"), P, B("z")), new(B("z"), P, B("y"))];

        Assert.False(Isomorphism.AreIsomorphic(cycle, split));
        var description = Isomorphism.Describe(cycle, split);
        Assert.NotNull(description);
        Assert.Contains("Canonical blank-node quads only in expected", description, StringComparison.Ordinal);
    }

    [Fact]
    public void GroundDifferencesAreListed()
    {
        Quad[] expected = [new(I("s"), P, new Literal("one")), new(I("s"), P, I("o"))];
        Quad[] actual = [new(I("s"), P, new Literal("two")), new(I("s"), P, I("o"))];

        Assert.False(Isomorphism.AreIsomorphic(expected, actual));
        var description = Isomorphism.Describe(expected, actual)!;
        Assert.Contains("Ground quads only in expected (1):\n  <http://example.org/s> <http://example.org/p> \"one\" .", description, StringComparison.Ordinal);
        Assert.Contains("Ground quads only in actual (1):\n  <http://example.org/s> <http://example.org/p> \"two\" .", description, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphNamesMatter()
    {
        Quad[] inDefault = [new(I("s"), P, I("o"))];
        Quad[] inNamed = [new(I("s"), P, I("o"), I("g"))];
        Quad[] inBlankGraph = [new(B("x"), P, I("o"), B("g1"))];
        Quad[] inOtherBlankGraph = [new(B("y"), P, I("o"), B("g2"))];
        Quad[] sameNodeAsGraph = [new(B("x"), P, I("o"), B("x"))];

        Assert.False(Isomorphism.AreIsomorphic(inDefault, inNamed));
        Assert.True(Isomorphism.AreIsomorphic(inBlankGraph, inOtherBlankGraph));
        Assert.False(Isomorphism.AreIsomorphic(inBlankGraph, sameNodeAsGraph));
    }

    [Fact]
    public void DuplicatesAndOrderDoNotMatter()
    {
        Quad[] a = [new(B("a"), P, I("o")), new(B("a"), P, I("o")), new(I("s"), P, I("o"))];
        Quad[] b = [new(I("s"), P, I("o")), new(B("z"), P, I("o"))];

        Assert.True(Isomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void DifferentSizesAreNotIsomorphic()
    {
        Quad[] a = [new(B("a"), P, I("o")), new(B("b"), P, I("o"))];
        Quad[] b = [new(B("a"), P, I("o"))];

        Assert.False(Isomorphism.AreIsomorphic(a, b));
        Assert.Contains("expected 2 quads, actual 1", Isomorphism.Describe(a, b), StringComparison.Ordinal);
    }

    [Fact]
    public void LanguageTagCaseDoesNotMatter()
    {
        Quad[] a = [new(I("s"), P, Literal.WithLanguage("chat", "en-GB"))];
        Quad[] b = [new(I("s"), P, Literal.WithLanguage("chat", "en-gb"))];
        Quad[] blankA = [new(B("x"), P, Literal.WithLanguage("chat", "EN"))];
        Quad[] blankB = [new(B("y"), P, Literal.WithLanguage("chat", "en"))];

        Assert.True(Isomorphism.AreIsomorphic(a, b));
        Assert.True(Isomorphism.AreIsomorphic(blankA, blankB));
    }
}
