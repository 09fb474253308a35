namespace KgExport.Rdf.Tests.Model;

/// <summary>
/// Equality of the term model: terms are values (equal text and kind, equal hash), language tags compare without
/// case, an xsd:string literal is the simple literal, and terms of different kinds never equal each other.
/// </summary>
public sealed class TermEqualityTests
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public static TheoryData<Term, Term> EqualPairs() => new()
    {
        { new Iri("http://example.org/a"), new Iri("http://example.org/a") },
        { new BlankNode("b0"), new BlankNode("b0") },
        { new Literal("x"), new Literal("x") },
        { new Literal("x"), Literal.Typed("x", new Iri(Xsd + "string")) },
        { Literal.WithLanguage("chat", "fr-CA"), Literal.WithLanguage("chat", "FR-ca") },
        { Literal.Typed("1", new Iri(Xsd + "integer")), Literal.Typed("1", Vocab.Xsd.Integer) },
    };

    public static TheoryData<Term, Term> UnequalPairs() => new()
    {
        { new Iri("http://example.org/a"), new Iri("http://example.org/A") },
        { new Iri("http://example.org/a"), new Iri("http://example.org/a/") },
        { new Iri("http://example.org/x"), new Literal("http://example.org/x") },
        { new Iri("_:x"), new BlankNode("x") },
        { new BlankNode("x"), new Literal("x") },
        { new BlankNode("b"), new BlankNode("B") },
        { new Literal("x"), Literal.WithLanguage("x", "en") },
        { Literal.WithLanguage("x", "en"), Literal.WithLanguage("x", "en-GB") },
        { new Literal("1"), Literal.Typed("1", Vocab.Xsd.Integer) },
        { Literal.Typed("1", Vocab.Xsd.Integer), Literal.Typed("01", Vocab.Xsd.Integer) },
        { Literal.Typed("1", Vocab.Xsd.Integer), Literal.Typed("1", new Iri(Xsd + "decimal")) },
        { new Literal("e\u0301"), new Literal("\u00E9") },
    };

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void Equal_terms_are_equal_every_way_and_hash_alike(Term a, Term b)
    {
        Assert.True(a.Equals(b));
        Assert.True(b.Equals(a));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(0, a.CompareTo(b));
        Assert.Single(new HashSet<Term> { a, b });
    }

    [Theory]
    [MemberData(nameof(UnequalPairs))]
    public void Unequal_terms_are_unequal_every_way(Term a, Term b)
    {
        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
        Assert.True(a != b);
        Assert.NotEqual(0, a.CompareTo(b));
        Assert.Equal(2, new HashSet<Term> { a, b }.Count);
    }

    [Fact]
    public void A_language_tag_is_kept_as_written_and_its_datatype_is_rdf_langString()
    {
        var l = Literal.WithLanguage("chat", "fr-CA");
        Assert.Equal("fr-CA", l.Language);
        Assert.Equal(Vocab.Rdf.LangString, l.Datatype);
        Assert.False(l.IsSimple);
        Assert.True(new Literal("chat").IsSimple);
        Assert.True(Literal.Typed("chat", new Iri(Xsd + "string")).IsSimple);
        Assert.False(Literal.Typed("1", Vocab.Xsd.Integer).IsSimple);
    }

    [Fact]
    public void Malformed_literals_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Literal.Typed("x", Vocab.Rdf.LangString));
        Assert.Throws<ArgumentException>(() => Literal.WithLanguage("x", ""));
        Assert.Throws<ArgumentNullException>(() => new Literal(null!));
        Assert.Throws<ArgumentNullException>(() => new Iri(null!));
    }

    [Fact]
    public void Null_is_equal_only_to_null()
    {
        Term? none = null;
        var a = new Iri("http://example.org/a");
        Assert.True(none == null);
        Assert.False(a == none);
        Assert.False(none == a);
        Assert.False(a.Equals(none));
        Assert.False(a.Equals((object?)"http://example.org/a"));
    }
}
