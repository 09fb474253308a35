using KgExport.Rdf.JsonLd;
using KgExport.Testing;

namespace KgExport.Rdf.Tests.Syntax;

/// <summary>
/// Documents nested deeper than their format's limit (<see cref="NestingLimit"/>) are syntax errors at the level that goes too deep,
/// never a stack overflow; the deepest documents the limit allows are read on a small stack; and the writers never
/// nest deeper than a reader takes, whatever the data.
/// </summary>
public sealed class NestingLimitTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static string Nest(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static List<Quad> Read(RdfFormat format, string text) =>
        [.. RdfIo.CreateParser(format, new ParserOptions { SourceName = "doc", BaseIri = "http://x/doc" }).Parse(new StringReader(text))];

    private static string RdfXml(string content) =>
        $"<rdf:RDF xmlns:rdf=\"{Rdf}\" xmlns:x=\"http://x/\">\n" + content + "\n</rdf:RDF>";

    public static TheoryData<string, RdfFormat, string, int> TooDeep => new()
    {
        // The last value is the column reported for the level past the limit: where that level's element name (after
        // the '<') or JSON object or array starts, or just after the Turtle bracket that opens it.
        { "RDF/XML node elements", RdfFormat.RdfXml, RdfXml(Nest("<rdf:Description><x:p>", "", "</x:p></rdf:Description>", 5000)), 22 * NestingLimit.Max + 2 },
        { "RDF/XML parseType=\"Resource\"", RdfFormat.RdfXml, RdfXml("<rdf:Description>" + Nest("<x:p rdf:parseType=\"Resource\">", "", "</x:p>", 5000) + "</rdf:Description>"), 17 + 30 * (NestingLimit.Max - 1) + 2 },
        { "RDF/XML parseType=\"Collection\"", RdfFormat.RdfXml, RdfXml(Nest("<rdf:Description><x:p rdf:parseType=\"Collection\">", "", "</x:p></rdf:Description>", 5000)), 49 * NestingLimit.Max + 2 },
        { "Turtle collections", RdfFormat.Turtle, "<http://x/s> <http://x/p> " + Nest("( ", "1", " )", 20_000) + " .", 28 + 2 * NestingLimit.Max },
        { "Turtle [ ] lists", RdfFormat.Turtle, "<http://x/s> <http://x/p> " + Nest("[ <http://x/p> ", "1", " ]", 20_000) + " .", 28 + 15 * NestingLimit.Max },
        { "JSON-LD objects", RdfFormat.JsonLd, Nest("{\"http://x/p\": ", "1", "}", 4000), 15 * NestingLimit.Json + 1 },
        { "JSON-LD arrays", RdfFormat.JsonLd, "{\"http://x/p\": " + Nest("[", "1", "]", 4000) + "}", 15 + NestingLimit.Json },
        { "JSON-LD @list", RdfFormat.JsonLd, "{\"http://x/p\": " + Nest("{\"@list\": [", "1", "]}", 4000) + "}", 15 + 11 * (NestingLimit.Json / 2) },
        { "JSON-LD scoped contexts", RdfFormat.JsonLd, "{\"@context\": " + Nest("{\"p\": {\"@id\": \"http://x/p\", \"@context\": ", "{}", "}}", 4000) + ", \"p\": 1}", 13 + 40 * (NestingLimit.Json / 2 - 1) + 7 },
        { "JSON-LD nodes under scoped terms", RdfFormat.JsonLd, "{\"@context\": {\"@vocab\": \"http://x/\", \"p\": {\"@context\": {}}}, " + Nest("\"p\": {", "\"q\": 1", "}", 4000) + "}", 0 },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void A_document_nested_thousands_deep_is_a_syntax_error_at_the_level_too_deep(string construct, RdfFormat format, string text, int column)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read(format, text));
        var limit = format == RdfFormat.JsonLd ? NestingLimit.Json : NestingLimit.Max;
        Assert.True(e.Reason.EndsWith(NestingLimit.Reason(limit), StringComparison.Ordinal), construct + ": " + e.Message);
        Assert.Equal("doc", e.SourceName);
        Assert.True(e.Position.Line is 1 or 2, construct);
        if (column > 0) Assert.True(column == e.Position.Column, $"{construct}: column {e.Position.Column}, expected {column}");
    }

    public static TheoryData<string, RdfFormat, string> DeepestAllowed
    {
        get
        {
            const int max = NestingLimit.Max, json = NestingLimit.Json;
            return new()
            {
                { "RDF/XML", RdfFormat.RdfXml, RdfXml(Nest("<rdf:Description><x:p>", "", "</x:p></rdf:Description>", max)) },
                { "RDF/XML parseType=\"Resource\"", RdfFormat.RdfXml, RdfXml("<rdf:Description>" + Nest("<x:p rdf:parseType=\"Resource\">", "", "</x:p>", max - 1) + "</rdf:Description>") },
                { "Turtle", RdfFormat.Turtle, "<http://x/s> <http://x/p> " + Nest("[ <http://x/p> ( ", "1", " ) ]", max / 2) + " ." },
                { "JSON-LD objects", RdfFormat.JsonLd, Nest("{\"http://x/p\": ", "1", "}", json) },
                { "JSON-LD @list", RdfFormat.JsonLd, "{\"http://x/p\": " + Nest("{\"@list\": [", "1", "]}", json / 2 - 1) + "}" },
                { "JSON-LD scoped contexts", RdfFormat.JsonLd, ScopedContexts(ContextProcessor.MaxNesting - 1) },
            };
        }
    }

    [Theory]
    [MemberData(nameof(DeepestAllowed))]
    public void The_deepest_document_the_limit_allows_is_read_on_a_small_stack(string construct, RdfFormat format, string text)
    {
        Assert.True(SmallStack.Run(() => Read(format, text)).Count > 0, construct);
    }

    private static string ScopedContexts(int depth) =>
        "{\"@context\": " + Nest("{\"p\": {\"@id\": \"http://x/p\", \"@context\": ", "{}", "}}", depth) + ", \"p\": 1}";

    [Fact]
    public void Contexts_nest_a_quarter_as_deep_as_documents()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read(RdfFormat.JsonLd, ScopedContexts(ContextProcessor.MaxNesting + 1)));
        Assert.Equal($"context overflow: contexts nested deeper than {ContextProcessor.MaxNesting} levels", e.Reason);
        // At the deepest context allowed, whose term definition holds the one too many.
        Assert.Equal((1, 14 + 40 * (ContextProcessor.MaxNesting - 1)), (e.Position.Line, e.Position.Column));
    }

    /// <summary>Each remote context holds a term whose scoped contexts nest 200 deep, the innermost naming the next one.</summary>
    private sealed class ChainedContexts : IDocumentLoader
    {
        public RemoteDocument Load(string url, CancellationToken cancellationToken = default)
        {
            var next = int.Parse(url[(url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture) + 1;
            var context = Nest("{\"p\": {\"@id\": \"http://x/p\", \"@context\": ", $"\"http://c/{next}\"", "}}", 200);
            return new RemoteDocument(url, JsonTree.Parse("{\"@context\": " + context + "}", url));
        }
    }

    [Fact]
    public void Remote_contexts_that_nest_deep_together_are_stopped_at_the_limit()
    {
        var options = new ParserOptions { SourceName = "doc", BaseIri = "http://x/doc", DocumentLoader = new ChainedContexts() };
        var parser = RdfIo.CreateParser(RdfFormat.JsonLd, options);
        var e = Assert.Throws<RdfSyntaxException>(() => parser.Parse(new StringReader("{\"@context\": \"http://c/0\", \"p\": 1}")).ToList());
        Assert.Contains($"context overflow: contexts nested deeper than {ContextProcessor.MaxNesting} levels", e.Message, StringComparison.Ordinal);
    }

    private static string Write(RdfFormat format, IEnumerable<Quad> quads, JsonLdForm form = JsonLdForm.Compacted)
    {
        var output = new StringWriter();
        var writer = RdfIo.CreateWriter(format, output, new WriterOptions { JsonLd = new JsonLdWriterSettings { Form = form, Context = new OrderedDictionary<string, object?>() } });
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
        return output.ToString();
    }

    /// <summary>A chain of blank nodes, each the only object of the one before, under a typed article (so framing embeds it).</summary>
    private static List<Quad> BlankChain(int length)
    {
        var p = new Iri("http://x/p");
        var quads = new List<Quad>
        {
            new(new Iri("http://x/a"), Vocab.Rdf.Type, new Iri("https://w3id.org/kgexport/ontology#Article")),
            new(new Iri("http://x/a"), p, new BlankNode("b0")),
        };
        for (var i = 0; i < length; i++) quads.Add(new(new BlankNode($"b{i}"), p, new BlankNode($"b{i + 1}")));
        quads.Add(new(new BlankNode($"b{length}"), p, new Iri("http://x/end")));
        return quads;
    }

    [Theory]
    [InlineData(RdfFormat.Turtle, JsonLdForm.Compacted)]
    [InlineData(RdfFormat.JsonLd, JsonLdForm.Framed)]
    public void A_blank_node_chain_thousands_long_is_written_no_deeper_than_a_reader_takes(RdfFormat format, JsonLdForm form)
    {
        var chain = BlankChain(3 * NestingLimit.Max);
        var text = SmallStack.Run(() => Write(format, chain, form));
        var back = Read(format, text);
        Assert.Equal(chain.Count, back.Count);
        Assert.Single(back, q => q.Object.Equals(new Iri("http://x/end")));
    }

    [Fact]
    public void Lists_nested_in_lists_beyond_the_limit_cannot_be_written_as_json_ld_but_can_as_turtle()
    {
        // (((( ... )))) 5,000 deep: each list's only item is the next list.
        var quads = new List<Quad> { new(new Iri("http://x/s"), new Iri("http://x/p"), new BlankNode("l0")) };
        for (var i = 0; i < 5000; i++)
        {
            quads.Add(new(new BlankNode($"l{i}"), Vocab.Rdf.First, i == 4999 ? new Literal("x") : new BlankNode($"l{i + 1}")));
            quads.Add(new(new BlankNode($"l{i}"), Vocab.Rdf.Rest, Vocab.Rdf.Nil));
        }
        var e = Assert.Throws<RdfWriteException>(() => SmallStack.Run(() => Write(RdfFormat.JsonLd, quads)));
        Assert.Contains(NestingLimit.Reason(NestingLimit.Json), e.Message, StringComparison.Ordinal);
        var turtle = SmallStack.Run(() => Write(RdfFormat.Turtle, quads));
        Assert.Equal(quads.Count, Read(RdfFormat.Turtle, turtle).Count);
    }
}
