using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Tests.Syntax;

/// <summary>
/// Inputs the fuzzer (tests/KgExport.Fuzz) found to throw something other than <see cref="SparqlSyntaxException"/>
/// from the parser (an ArgumentException, an ArgumentOutOfRangeException): a 500 from the server instead of a 400.
/// </summary>
public sealed class LiteralAndEscapeErrorTests
{
    [Theory]
    [InlineData("SELECT * { ?s ?p \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> }")]
    [InlineData("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ASK { FILTER(?o = 'x'^^rdf:langString) }")]
    public void A_literal_typed_rdf_langString_is_a_syntax_error(string query)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(query));
        Assert.Contains("rdf:langString needs a language tag", e.Reason);
        Assert.Equal(1, e.Position.Line);
    }

    [Fact]
    public void An_update_with_a_literal_typed_rdf_langString_is_a_syntax_error()
    {
        Assert.Throws<SparqlSyntaxException>(() => SparqlUpdate.Parse("INSERT DATA { <http://x/s> <http://x/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> }"));
    }

    [Theory]
    [InlineData("SELECT * { <http://x/\\UFFFFD800> ?p ?o }")]
    [InlineData("SELECT * { <http://x/\\UFFFFFFFF> ?p ?o }")]
    [InlineData("SELECT * { ?s ?p \"\\UFFFFFFFF\" }")]
    [InlineData("SELECT * { ?s ?p \"\\U8000000A\" }")]
    [InlineData("SELECT * { ?s ?p \"\\u 041\" }")]
    public void An_escape_outside_the_code_points_is_a_syntax_error(string query)
    {
        Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(query));
    }

    [Fact]
    public void Escapes_of_real_code_points_still_read()
    {
        var q = SparqlQuery.Parse("SELECT * { <http://x/\\u00E9> ?p \"\\U0001F600\" }");
        Assert.Contains("http://x/\u00E9", q.ToString());
        Assert.Contains("\U0001F600", q.ToString());
    }
}
