using KgExport.Rdf;

namespace KgExport.Rdf.Tests.Iris;

public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    // RFC 3986 section 5.4.1 (normal) and 5.4.2 (abnormal) examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    public void ResolvesTheRfc3986Examples(string reference, string expected)
    {
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));
    }

    [Fact]
    public void MergesOntoAnAuthorityWithAnEmptyPath()
    {
        Assert.Equal("http://example.org/x", IriResolver.Resolve("http://example.org", "x"));
    }

    [Fact]
    public void DropsTheBaseFragment()
    {
        Assert.Equal("http://example.org/a/b", IriResolver.Resolve("http://example.org/a/c#frag", "b"));
    }

    [Fact]
    public void KeepsNonAsciiCharactersAsTheyAre()
    {
        Assert.Equal("http://example.org/dir/r\u00E9sum\u00E9", IriResolver.Resolve("http://example.org/dir/", "r\u00E9sum\u00E9"));
    }

    [Fact]
    public void ResolvesAgainstFileUrls()
    {
        Assert.Equal("file:///data/other.ttl", IriResolver.Resolve("file:///data/in.ttl", "other.ttl"));
    }

    [Fact]
    public void RejectsARelativeReferenceWithoutAnAbsoluteBase()
    {
        Assert.Throws<ArgumentException>(() => IriResolver.Resolve(null, "g"));
        Assert.Throws<ArgumentException>(() => IriResolver.Resolve("relative/base", "g"));
    }

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("urn:isbn:1", true)]
    [InlineData("a+b-c.d:rest", true)]
    [InlineData("1http://x", false)]
    [InlineData("/path:with:colons", false)]
    [InlineData("noscheme", false)]
    public void RecognisesSchemes(string text, bool expected)
    {
        Assert.Equal(expected, IriResolver.HasScheme(text));
    }
}
