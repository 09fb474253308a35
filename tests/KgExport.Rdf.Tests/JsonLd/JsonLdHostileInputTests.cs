using System.Diagnostics;
using KgExport.Rdf.JsonLd;
using static KgExport.Rdf.Tests.JsonLd.JsonLdSample;

namespace KgExport.Rdf.Tests.JsonLd;

/// <summary>
/// Inputs the fuzzer (tests/KgExport.Fuzz) found to end in an exception other than <see cref="RdfSyntaxException"/>,
/// or to take too long; each is now an ordinary outcome.
/// </summary>
public sealed class JsonLdHostileInputTests
{
    [Theory]
    [InlineData("""{"@id": "http://example.org/s", "http://example.org/p": "\uD800"}""")]
    [InlineData("""{"@id": "http://example.org/s", "http://example.org/p": "a\uDC00b"}""")]
    [InlineData("""{"@id": "http://example.org/s", "http://example.org/\uD83D": "x"}""")]
    public void A_string_escaping_a_lone_surrogate_is_a_syntax_error(string json)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read(json));
        Assert.StartsWith(JsonLdError.LoadingDocumentFailed, e.Reason);
        Assert.Contains("lone surrogate", e.Reason);
        Assert.Equal(1, e.Position.Line);
    }

    [Fact]
    public void An_escaped_surrogate_pair_is_read()
    {
        var quad = Assert.Single(Read("""{"@id": "http://example.org/s", "http://example.org/p": "\uD83D\uDE00"}"""));
        Assert.Equal("\U0001F600", Assert.IsType<Literal>(quad.Object).LexicalForm);
    }

    [Fact]
    public void A_value_typed_rdf_langString_without_a_language_is_a_syntax_error()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read("""
            {"@id": "http://example.org/s", "http://example.org/p": {"@value": "x", "@type": "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}}
            """));
        Assert.StartsWith(JsonLdError.InvalidTypedValue, e.Reason);
    }

    [Fact]
    public void A_plain_value_in_a_graph_container_is_free_floating_and_makes_no_triple()
    {
        var quads = Read("""
            {"@context": {"@vocab": "http://example.org/", "g": {"@container": "@graph"}},
             "@id": "http://example.org/s", "g": "just a string", "name": "n"}
            """);
        Assert.Contains(new Quad(E("s"), E("name"), new Literal("n")), quads);
        Assert.DoesNotContain(quads, q => q.Object is Literal { LexicalForm: "just a string" });
    }

    [Fact]
    public void A_minified_document_of_many_objects_is_read_in_linear_time()
    {
        // Positions of objects on one long line were counted from the line's start each time: quadratic.
        var json = "[" + string.Join(",", Enumerable.Repeat("{}", 200_000)) + "]";
        var clock = Stopwatch.StartNew();
        Assert.Empty(Read(json));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }
}
