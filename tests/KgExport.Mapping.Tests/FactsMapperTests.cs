using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Mapping.Tests;

public sealed class FactsMapperTests
{
    private static readonly Iri Graph = IriMinter.Graph(Seed.Id);
    private static readonly Dataset Export = Seed.Export();

    private static Iri Kg(string local) => new(Namespaces.Kg + local);

    private static Iri Id(string path) => new(Namespaces.Id + path);

    private static Iri Claim(string factId) => IriMinter.Claim(Seed.Id, factId);

    private static readonly Iri PrkDpr = Id("recognition/north-korea_donetsk-peoples-republic_state_1");

    [Fact]
    public void Everything_is_in_the_article_graph_and_nothing_is_a_blank_node()
    {
        Assert.All(Export.Quads, q =>
        {
            Assert.Equal(Graph, q.Graph);
            Assert.False(q.Subject.IsBlankNode || q.Object.IsBlankNode, q.ToString());
        });
        Assert.Equal([Graph], Export.NamedGraphs);
    }

    [Fact]
    public void Entities_with_a_qid_are_minted_from_it_and_linked_with_sameAs()
    {
        var nk = Id("entity/Q423");
        Assert.True(Export.Contains(new Quad(nk, Terms.SameAs, new Iri("http://www.wikidata.org/entity/Q423"), Graph)));
        Assert.True(Export.Contains(new Quad(nk, Terms.Type, Terms.Class.State, Graph)));
        Assert.True(Export.Contains(new Quad(Id("entity/Q16746854"), Terms.Type, Terms.Class.BreakawayEntity, Graph)));
        var pushilin = Id("entity/person.denis-pushilin");
        Assert.True(Export.Contains(new Quad(pushilin, Terms.Label, Literal.WithLanguage("Denis Pushilin", "en"), Graph)));
        Assert.Empty(Export.Match(pushilin, Terms.SameAs, null, Graph));
    }

    [Fact]
    public void Dates_are_typed_with_their_precision()
    {
        // The date is what the article claims: on the claim, about the event, which has none.
        Literal DateOf(string factId, string eventPath)
        {
            Assert.True(Export.Contains(new Quad(Claim(factId), Terms.About, Id(eventPath), Graph)));
            Assert.Empty(Export.Match(Id(eventPath), Terms.Date, null, Graph));
            return (Literal)Assert.Single(Export.Match(Claim(factId), Terms.Date, null, Graph)).Object;
        }
        Assert.Equal(Literal.Typed("2022-07-13", Vocab.Xsd.Date), DateOf("rec-prk-dpr", "recognition/north-korea_donetsk-peoples-republic_state_1"));
        Assert.Equal(Literal.Typed("2022-07", Vocab.Xsd.GYearMonth), DateOf("sev-ukr-prk", "severance/ukraine_north-korea_1"));
        Assert.Equal(Literal.Typed("2014", Vocab.Xsd.GYear), DateOf("ann-rus-crimea", "annexation/russia_crimea_1"));
        Assert.True(Export.Contains(new Quad(Claim("rec-syr-dpr"), Terms.About, Id("recognition/syria_donetsk-peoples-republic_state_1"), Graph)));
        Assert.Empty(Export.Match(Claim("rec-syr-dpr"), Terms.Date, null, Graph));
    }

    [Fact]
    public void Evidence_is_a_web_annotation_with_quote_and_position_selectors()
    {
        var act = Claim("rec-prk-dpr");
        var annotations = Export.Match(act, Terms.Evidence, null, Graph).Select(q => q.Object).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.Empty(Export.Match(PrkDpr, Terms.Evidence, null, Graph));
        var text = Seed.Text();
        foreach (var annotation in annotations)
        {
            Assert.True(Export.Contains(new Quad(annotation, Terms.Oa.HasBody, act, Graph)));
            var span = Assert.Single(Export.Match(annotation, Terms.Oa.HasTarget, null, Graph)).Object;
            Assert.True(Export.Contains(new Quad(span, Terms.Oa.HasSource, IriMinter.Article(Seed.Id), Graph)));
            var selectors = Export.Match(span, Terms.Oa.HasSelector, null, Graph).Select(q => q.Object).ToList();
            var quote = Assert.Single(selectors, s => Export.Contains(new Quad(s, Terms.Type, Terms.Oa.TextQuoteSelector, Graph)));
            var position = Assert.Single(selectors, s => Export.Contains(new Quad(s, Terms.Type, Terms.Oa.TextPositionSelector, Graph)));
            string Value(Term s, Iri p) => ((Literal)Assert.Single(Export.Match(s, p, null, Graph)).Object).LexicalForm;
            var start = int.Parse(Value(position, Terms.Oa.Start), System.Globalization.CultureInfo.InvariantCulture);
            var end = int.Parse(Value(position, Terms.Oa.End), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(text.Slice(start, end), Value(quote, Terms.Oa.Exact));
            Assert.Equal(text.Slice(start - FactsMapper.ContextLength, start), Value(quote, Terms.Oa.Prefix));
            Assert.Equal(text.Slice(end, end + FactsMapper.ContextLength), Value(quote, Terms.Oa.Suffix));
        }
    }

    [Fact]
    public void Facts_are_derived_from_the_article_and_attributed_to_their_sources()
    {
        var act = Claim("rec-prk-dpr");
        Assert.True(Export.Contains(new Quad(act, Terms.About, PrkDpr, Graph)));
        Assert.True(Export.Contains(new Quad(act, Terms.WasDerivedFrom, IriMinter.Article(Seed.Id), Graph)));
        foreach (var p in new[] { Terms.WasDerivedFrom, Terms.WasAttributedTo, Terms.AccordingTo, Terms.ReviewStatus, Terms.Ordinal, Terms.EditorialNote })
        {
            Assert.Empty(Export.Match(PrkDpr, p, null, Graph)); // the event carries none of the article's assertions
        }
        var agents = Export.Match(act, Terms.WasAttributedTo, null, Graph).Select(q => q.Object).Order(TermComparer.Instance).ToList();
        Assert.Equal([Id("entity/news-agency.korean-central-news-agency"), Id("entity/person.denis-pushilin")], agents);
        var sources = Export.Match(act, Terms.AccordingTo, null, Graph).Select(q => q.Object).ToList();
        Assert.Contains(IriMinter.Source(Seed.Id, "src-kcna"), sources);
        Assert.True(Export.Contains(new Quad(IriMinter.Source(Seed.Id, "src-kcna"), Terms.Date, Literal.Typed("2022-07-14", Vocab.Xsd.Date), Graph)));
    }

    [Fact]
    public void The_same_act_from_two_articles_meets_on_one_node()
    {
        // A second, made-up article reporting North Korea's recognition of the DPR with different wording and ids;
        // the entities have the names the seed gives them (participants are keyed by name, ontology/CLAIMS.md).
        const string text = "Pyongyang recognises Donetsk\n\nThe DPRK on July 13, 2022 recognised the Donetsk People's Republic.\n";
        var other = new ArticleFacts
        {
            Article = new Article("other-article", "Pyongyang recognises Donetsk", FactDate.Parse("2022-07-15"), null, null, "en"),
            Entities =
            [
                new Entity("prk", "North Korea", EntityType.State, "Q423", ["DPRK"]),
                new Entity("donetsk", "Donetsk People's Republic", EntityType.BreakawayEntity, "Q16150196", []),
            ],
            Recognitions =
            [
                new Recognition("prk", "donetsk", RecognitionKind.State, FactDate.Parse("2022-07-13"))
                {
                    Id = "r1",
                    Evidence = [new Evidence(30, 96, text[30..96])],
                },
            ],
        };
        Assert.True(FactsLoader.Load(FactsWriter.Write(other), new ArticleText(text)).Ok);

        var dataset = Seed.Export();
        FactsMapper.Map(other, new ArticleText(text), dataset);
        var act = PrkDpr;
        var claims = dataset.MatchAllGraphs(null, Terms.About, act).Select(q => q.Subject).Distinct().Order(TermComparer.Instance).ToList();
        Assert.Equal([IriMinter.Claim("000_ee2775bcac5f55b5", "rec-prk-dpr"), IriMinter.Claim("other-article", "r1")], claims);
        var derived = claims.SelectMany(c => dataset.MatchAllGraphs(c, Terms.WasDerivedFrom, null)).Select(q => q.Object).Distinct().Order(TermComparer.Instance);
        Assert.Equal([IriMinter.Article("000_ee2775bcac5f55b5"), IriMinter.Article("other-article")], derived);
        Assert.Equal(2, dataset.NamedGraphs.Count());
        var merged = ExportWriter.QuadsFor(dataset, RdfFormat.NTriples).Where(q => q.Subject.Equals(act) && q.Predicate.Equals(Terms.Recogniser)).ToList();
        Assert.Single(merged);
    }

    [Theory]
    [InlineData("Denis Pushilin", "denis-pushilin")]
    [InlineData("Sin Hong-chol", "sin-hong-chol")]
    [InlineData("Côte d'Ivoire", "cote-divoire")]
    [InlineData("  DPR Embassy in Moscow's  Telegram page ", "dpr-embassy-in-moscows-telegram-page")]
    [InlineData("Ｔｏｋｙｏ", "tokyo")]
    public void Slugs_are_normalised(string name, string slug) => Assert.Equal(slug, IriMinter.Slug(name));

    [Fact]
    public void Slugs_of_names_without_latin_letters_are_still_distinct()
    {
        Assert.NotEqual(IriMinter.Slug("Пушилин"), IriMinter.Slug("Чхве Сон Хи"));
        Assert.StartsWith("_", IriMinter.Slug("Пушилин"), StringComparison.Ordinal);
    }
}
