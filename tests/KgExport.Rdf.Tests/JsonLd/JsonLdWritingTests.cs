using KgExport.Rdf.JsonLd;
using static KgExport.Rdf.Tests.JsonLd.JsonLdSample;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.Tests.JsonLd;

public sealed class JsonLdWritingTests
{
    public static TheoryData<JsonLdForm> Forms() => [JsonLdForm.Expanded, JsonLdForm.Compacted, JsonLdForm.Flattened, JsonLdForm.Framed];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_form_reads_back_to_an_isomorphic_dataset(JsonLdForm form)
    {
        var quads = Quads();
        var text = Write(quads, form);
        var back = Read(text);
        Assert.True(Isomorphism.AreIsomorphic(quads, back), Isomorphism.Describe(quads, back) + "\n" + text);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Output_does_not_depend_on_quad_order(JsonLdForm form)
    {
        var quads = Quads();
        var shuffled = quads.OrderBy(q => q.ToString().GetHashCode(StringComparison.Ordinal)).Reverse().ToList();
        Assert.NotEqual(quads, shuffled);
        Assert.Equal(Write(quads, form), Write(shuffled, form));
    }

    [Fact]
    public void Named_graphs_become_graph_objects_and_the_context_is_inline()
    {
        var doc = (JObject)JsonTree.Parse(Write(Quads(), JsonLdForm.Compacted))!;
        Assert.IsType<JObject>(doc["@context"]);
        var graphs = Assert.IsType<List<object?>>(doc["@graph"]);
        var ids = graphs.OfType<JObject>().Where(o => o.ContainsKey("@graph")).Select(o => o["@id"]).ToList();
        Assert.Equal(["ex:graph/a", "ex:graph/b"], ids);
    }

    [Fact]
    public void Compaction_uses_the_context_terms_and_typed_values()
    {
        var text = Write(Quads(), JsonLdForm.Compacted);
        Assert.Contains("\"published\": \"2022-07-14\"", text);
        Assert.Contains("\"headline\": {", text);
        Assert.DoesNotContain("http://example.org/headline", text);
    }

    [Fact]
    public void A_context_url_is_referenced_not_embedded()
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-jsonld-");
        try
        {
            var contextPath = Path.Combine(dir.FullName, "context.jsonld");
            File.WriteAllText(contextPath, JsonTree.Serialize(Context()));
            var loader = new LocalDocumentLoader().Map("https://example.org/ctx.jsonld", contextPath);
            var text = Write(Quads(), JsonLdForm.Compacted, new JsonLdWriterSettings { ContextUrl = "https://example.org/ctx.jsonld", DocumentLoader = loader });
            var doc = (JObject)JsonTree.Parse(text)!;
            Assert.Equal("https://example.org/ctx.jsonld", doc["@context"]);
            Assert.True(Isomorphism.AreIsomorphic(Quads(), Read(text, loader)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Framed_form_nests_facts_under_their_article_with_an_article_frame()
    {
        var quads = Quads().Select(q => q.Object == E("Article") ? q with { Object = new Iri("https://w3id.org/kgexport/ontology#Article") } : q).ToList();
        var frame = JsonTree.Parse("""{"@type": ["https://w3id.org/kgexport/ontology#Article"], "@reverse": {"http://www.w3.org/ns/prov#wasDerivedFrom": [{}]}}""")!;
        var text = Write(quads, JsonLdForm.Framed, new JsonLdWriterSettings { Context = Context(), Frame = frame, DocumentLoader = new LocalDocumentLoader() });
        var doc = (JObject)JsonTree.Parse(text)!;
        var graphB = ((List<object?>)doc["@graph"]!).OfType<JObject>().Single(o => o.GetValueOrDefault("@id") as string == "ex:graph/b");
        var article = (JObject)((List<object?>)graphB["@graph"]!).Single()!;
        Assert.Equal("ex:article/b", article["@id"]);
        var reverse = (JObject)article["@reverse"]!;
        var fact = (JObject)reverse["http://www.w3.org/ns/prov#wasDerivedFrom"]!;
        Assert.Equal("ex:fact/1", fact["@id"]);
        Assert.True(Isomorphism.AreIsomorphic(quads, Read(text)));
    }

    [Fact]
    public void Framed_form_without_a_frame_puts_every_node_at_the_top_and_embeds_none()
    {
        var text = Write(Quads(), JsonLdForm.Framed);
        Assert.DoesNotContain("ontology#Article", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@reverse", text, StringComparison.Ordinal);
        Assert.True(Isomorphism.AreIsomorphic(Quads(), Read(text)));
    }

    [Fact]
    public void Json_output_escapes_control_characters_and_quotes()
    {
        var text = Write(Quads(), JsonLdForm.Expanded);
        Assert.Contains("Ties severed \\\"again\\\"\\n", text);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Language_tags_keep_their_case(JsonLdForm form)
    {
        var quad = new Quad(E("s"), E("p"), Literal.WithLanguage("colour", "en-GB"), E("g"));
        var back = Assert.Single(Read(Write([quad], form)));
        Assert.Equal("en-GB", ((Literal)back.Object).Language);
    }
}
