using System.Text;
using System.Text.Json.Nodes;
using KgExport.Rdf;

namespace KgExport.Cli.Tests.JsonLd;

/// <summary>
/// Issue 18, finding 7: the evidence in `export -f jsonld` read as an annotation client reads Web Annotations, as plain
/// JSON with the Data Model's property names (type, body, target, source, selector, motivation, exact, prefix, suffix,
/// start, end), without a JSON-LD processor.
/// </summary>
public sealed class EvidenceAsWebAnnotationTests : IDisposable
{
    private const string SeedId = SeedExports.SeedId;
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Export(string name, params string[] extra)
    {
        var target = _scratch.File(name);
        var r = CliRun.Invoke(["export", TestPaths.InRepository("seeds"), "-o", target, "--no-cache", "-q", .. extra]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return target;
    }

    private static bool HasType(JsonNode? node, string type) => node?["type"] switch
    {
        JsonValue v => v.GetValue<string>() == type,
        JsonArray a => a.Any(t => t?.GetValue<string>() == type),
        _ => false,
    };

    /// <summary>Every JSON object in the document, with the object it is nested in (null at the top).</summary>
    private static IEnumerable<(JsonObject Node, JsonObject? Parent)> Objects(JsonNode? node, JsonObject? parent = null)
    {
        switch (node)
        {
            case JsonObject o:
                yield return (o, parent);
                foreach (var (_, value) in o)
                    foreach (var inner in Objects(value, o)) yield return inner;
                break;
            case JsonArray a:
                foreach (var item in a)
                    foreach (var inner in Objects(item, parent)) yield return inner;
                break;
        }
    }

    private static string Text(JsonNode? node) => Assert.IsType<string>(node?.GetValue<string>());

    private static int Position(JsonNode? node)
    {
        // Compacted JSON-LD keeps the lexical form of the xsd:nonNegativeInteger the term is typed with.
        var text = Text(node);
        Assert.Matches("^[0-9]+$", text);
        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int AnnotationsInTurtle(string path) =>
        RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = path }).Parse(new StringReader(File.ReadAllText(path)))
            .Count(q => q.Predicate.Value == Vocab.Rdf.Type.Value && q.Object is Iri { Value: "http://www.w3.org/ns/oa#Annotation" });

    [Fact]
    public void Every_framed_evidence_annotation_is_a_self_contained_Web_Annotation_whose_selectors_find_its_quote_in_the_article()
    {
        var json = JsonNode.Parse(File.ReadAllText(Export("framed.jsonld", "-f", "jsonld", "--jsonld-form", "framed")));
        var article = Assert.Single(Objects(json), o => HasType(o.Node, "Article")).Node;
        var articleId = Text(article["id"]);
        var text = File.ReadAllText(TestPaths.InRepository("seeds", SeedId + ".txt")).EnumerateRunes().ToArray();
        string Slice(int start, int end) => string.Concat(text[start..end].Select(r => r.ToString()));

        var annotations = Objects(json).Where(o => HasType(o.Node, "Annotation")).ToList();
        Assert.Equal(AnnotationsInTurtle(Export("seed.ttl", "-f", "turtle")), annotations.Count);
        Assert.Equal(annotations.Count, annotations.Select(a => Text(a.Node["id"])).Distinct(StringComparer.Ordinal).Count());
        foreach (var (annotation, parent) in annotations)
        {
            var id = Text(annotation["id"]);
            Assert.True(Text(annotation["motivation"]) == "linking", id);
            // The body is the claim (or source) the annotation is the evidence of, the node it is nested in.
            Assert.NotNull(parent);
            Assert.Equal(Text(parent["id"]), Text(annotation["body"]));

            var target = Assert.IsType<JsonObject>(annotation["target"]);
            Assert.True(HasType(target, "SpecificResource"), id);
            Assert.Equal(articleId, Text(target["source"]));
            var selectors = Assert.IsType<JsonArray>(target["selector"]);
            var quote = Assert.Single(selectors, s => HasType(s, "TextQuoteSelector"))!;
            var position = Assert.Single(selectors, s => HasType(s, "TextPositionSelector"))!;
            Assert.Equal(2, selectors.Count);

            var (start, end) = (Position(position["start"]), Position(position["end"]));
            Assert.True(start < end && end <= text.Length, $"{id}: {start}-{end}");
            Assert.Equal(Slice(start, end), Text(quote["exact"]));
            if (quote["prefix"] is { } prefix) Assert.Equal(Slice(start - Text(prefix).EnumerateRunes().Count(), start), Text(prefix));
            else Assert.Equal(0, start);
            if (quote["suffix"] is { } suffix) Assert.Equal(Slice(end, end + Text(suffix).EnumerateRunes().Count()), Text(suffix));
            else Assert.Equal(text.Length, end);
        }
    }

    [Fact]
    public void The_compacted_export_names_the_annotation_properties_as_Web_Annotation_JSON_does()
    {
        var json = JsonNode.Parse(File.ReadAllText(Export("compacted.jsonld", "-f", "jsonld")));
        // The graph is named twice: as the container of the nodes and as a node that says what it is.
        var nodes = Objects(json).Select(o => o.Node).Where(o => o["id"] is not null && o["type"] is not null).ToDictionary(o => Text(o["id"]), StringComparer.Ordinal);
        var annotations = nodes.Values.Where(n => HasType(n, "Annotation")).ToList();
        Assert.NotEmpty(annotations);
        foreach (var annotation in annotations)
        {
            Assert.Equal(["body", "id", "motivation", "target", "type"], annotation.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("linking", Text(annotation["motivation"]));
            // Flat: the target is a reference to a node listed beside it, with the same names.
            var target = nodes[Text(annotation["target"])];
            Assert.True(HasType(target, "SpecificResource"));
            Assert.Equal(["id", "selector", "source", "type"], target.Select(p => p.Key).Order(StringComparer.Ordinal));
            var selectors = Assert.IsType<JsonArray>(target["selector"]).Select(s => nodes[Text(s)]).ToList();
            Assert.Single(selectors, s => HasType(s, "TextQuoteSelector") && s["exact"] is not null);
            Assert.Single(selectors, s => HasType(s, "TextPositionSelector") && s["start"] is not null && s["end"] is not null);
        }
        var keys = Objects(json).SelectMany(o => o.Node.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(keys, k => k.StartsWith("oa:", StringComparison.Ordinal) || k.Contains("www.w3.org/ns/oa#", StringComparison.Ordinal));
    }
}
