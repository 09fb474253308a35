namespace KgExport.Rdf.Tests.Model;

/// <summary>Prefix declarations keep their order; a redeclared prefix keeps its place and takes the new namespace.</summary>
public sealed class PrefixMapTests
{
    [Fact]
    public void Prefixes_keep_declaration_order_and_a_redeclaration_keeps_its_place()
    {
        var map = new PrefixMap();
        map.Set("ex", "http://example.org/");
        map.Set("", "http://example.org/default#");
        map.Set("foaf", "http://xmlns.com/foaf/0.1/");
        map.Set("ex", "http://example.com/other/");

        Assert.Equal(3, map.Count);
        Assert.Equal(["ex", "", "foaf"], map.Entries.Select(e => e.Key));
        Assert.True(map.TryGetNamespace("ex", out var ex));
        Assert.Equal("http://example.com/other/", ex);
        Assert.True(map.TryGetNamespace("", out var empty));
        Assert.Equal("http://example.org/default#", empty);
    }

    [Fact]
    public void Prefixes_are_case_sensitive_and_unknown_ones_are_not_found()
    {
        var map = new PrefixMap([new("ex", "http://example.org/")]);
        Assert.False(map.TryGetNamespace("EX", out var none));
        Assert.Equal("", none);
        Assert.False(map.TryGetNamespace("rdf", out _));
    }

    [Fact]
    public void A_clone_is_independent_of_the_original()
    {
        var map = new PrefixMap([new("ex", "http://example.org/")]);
        var clone = map.Clone();
        clone.Set("ex", "http://example.com/");
        clone.Set("new", "http://example.net/");

        Assert.True(map.TryGetNamespace("ex", out var ex));
        Assert.Equal("http://example.org/", ex);
        Assert.Equal(1, map.Count);
        Assert.Equal(2, clone.Count);
    }
}
