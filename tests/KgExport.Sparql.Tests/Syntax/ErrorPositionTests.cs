using KgExport.Rdf;

namespace KgExport.Sparql.Tests.Syntax;

/// <summary>
/// SPARQL errors carry a <see cref="TextPosition"/> in code points: syntax errors from the lexer and the parser, and the
/// rules checked when the query is translated to algebra (scoping, grouping, projection).
/// </summary>
public sealed class ErrorPositionTests
{
    private const string Emoji = "\U0001F600";

    /// <summary>The expected position, counted independently of the parser: runes of the text before the marker.</summary>
    private static TextPosition Before(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, marker);
        var before = text[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        return new TextPosition(before.Count(c => c == '\n') + 1, before[lineStart..].EnumerateRunes().Count() + 1, before.EnumerateRunes().Count());
    }

    [Theory]
    [InlineData("SELECT * { ?s ?p \"" + Emoji + "\" . ?s ?p $ }", "$ }", "expected a variable name after '$'")]
    [InlineData("SELECT * {\n ?s ?p \"" + Emoji + Emoji + "\" . ?s ex:p ?o }", "ex:p", "undeclared prefix 'ex:'")]
    [InlineData("SELECT * { ?s ?p \"" + Emoji + "\" . ?s ?p \"open }", "\"open", "unterminated string")]
    public void Syntax_errors_after_an_astral_character_count_it_once(string query, string marker, string reason)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(query));
        Assert.StartsWith(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal(Before(query, marker), e.Position);
    }

    [Theory]
    [InlineData("SELECT * { ?s ?p ?o BIND(1 AS ?o) }", "?o)", "BIND: variable ?o is already in scope")]
    [InlineData("SELECT * {\n  ?s ?p \"" + Emoji + "\"\n  OPTIONAL { ?s ?q \"" + Emoji + "\" BIND(2 AS ?q) } }", "?q) }", "BIND: variable ?q is already in scope")]
    [InlineData("SELECT ?s\n{ ?s ?p ?o }\nGROUP BY ?p", "?s\n", "variable ?s is projected but is not a GROUP BY key")]
    [InlineData("SELECT ?p (?o AS ?n) { ?s ?p ?o } GROUP BY ?p", "(?o", "variable ?o is used outside an aggregate but is not grouped")]
    [InlineData("SELECT (1 AS ?s) { ?s ?p ?o }", "(1", "SELECT (… AS ?s): the variable is already in scope")]
    [InlineData("SELECT ?x ?y ?x { }", "?x {", "variable ?x is projected twice")]
    [InlineData("PREFIX ex: <http://example.org/>\nSELECT * { ?s ex:p ?o } GROUP BY ?s", "SELECT", "SELECT * is not allowed with GROUP BY or aggregates")]
    [InlineData("ASK { ?s ?p ?o { SELECT (COUNT(*) AS ?n) ?s { ?s ?p ?o } } }", "?s {", "variable ?s is projected but is not a GROUP BY key")]
    public void Semantic_errors_are_placed_at_what_breaks_the_rule(string query, string marker, string reason)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(query));
        Assert.Equal(reason, e.Reason);
        var expected = Before(query, marker);
        Assert.Equal(expected, e.Position);
        Assert.Equal($"{expected.Line}:{expected.Column}: {reason}", e.Message);
    }

    [Fact]
    public void Semantic_errors_of_an_update_are_placed_too()
    {
        const string update = "PREFIX ex: <http://example.org/>\nDELETE { ?s ex:p ?o } WHERE { ?s ex:p ?o BIND(1 AS ?s) }";
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlUpdate.Parse(update));
        Assert.Equal(Before(update, "?s) }"), e.Position);
    }
}
