using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Shacl;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// An establishment of relations as RDF: one node per pair and occurrence whichever order the parties are given in, its
/// two parties and restoration flag, the article's claim with the date, and shapes that accept it and reject broken variants, judged by our validator
/// and by Jena.
/// </summary>
public sealed class EstablishmentMappingTests
{
    private static readonly string ShapesPath = TestPaths.InRepository("shapes", "kg.shapes.ttl");
    private static readonly Dataset Shapes = RdfIo.LoadFile(ShapesPath);
    private static readonly Iri Node = new(Namespaces.Id + "establishment/bhutan_germany_1");
    private static readonly Iri Claim = IriMinter.Claim("est-article", "est-bhutan--germany");

    private static Dataset Map(ArticleFacts facts) => FactsMapper.Map(facts, EstablishmentSample.ArticleText);

    private static string NTriples(ArticleFacts facts) => Seed.Lines(Map(facts), RdfFormat.NTriples);

    [Fact]
    public void The_iri_is_the_same_for_both_orders_of_the_parties()
    {
        Assert.Equal(Node, IriMinter.Establishment("germany", "bhutan", null));
        Assert.Equal(Node, IriMinter.Establishment("bhutan", "germany", 1));
        Assert.Equal(new Iri(Namespaces.Id + "establishment/bhutan_germany_2"), IriMinter.Establishment("germany", "bhutan", 2));
        Assert.Equal(NTriples(EstablishmentSample.Facts(["bhutan", "germany"])), NTriples(EstablishmentSample.Facts(["germany", "bhutan"])));
    }

    [Fact]
    public void The_node_has_its_class_and_two_parties_and_its_claim_a_typed_date_and_provenance()
    {
        var facts = EstablishmentSample.Facts();
        var dataset = Map(facts);
        var graph = IriMinter.Graph("est-article");
        Assert.True(dataset.Contains(new Quad(Node, Terms.Type, Terms.Class.EstablishmentOfRelations, graph)));
        var parties = dataset.Match(Node, Terms.Party, null, graph).Select(q => q.Object).Order(TermComparer.Instance).ToList();
        Assert.Equal([new Iri(Namespaces.Id + "entity/Q183"), new Iri(Namespaces.Id + "entity/Q917")], parties);
        Assert.True(dataset.Contains(new Quad(Claim, Terms.About, Node, graph)));
        Assert.True(dataset.Contains(new Quad(Claim, Terms.Date, Literal.Typed("2020-11-25", Vocab.Xsd.Date), graph)));
        Assert.True(dataset.Contains(new Quad(Claim, Terms.WasDerivedFrom, IriMinter.Article("est-article"), graph)));
        Assert.Single(dataset.Match(Claim, Terms.Evidence, null, graph));
        Assert.Empty(dataset.Match(Node, Terms.Date, null, graph));
        Assert.Empty(dataset.Match(Node, Terms.Evidence, null, graph));
        Assert.Empty(dataset.Match(Node, Terms.Restoration, null, graph));

        var restored = Map(EstablishmentSample.Facts(restoration: true));
        Assert.True(restored.Contains(new Quad(Node, Terms.Restoration, Literal.Typed("true", Vocab.Xsd.Boolean), graph)));
        Assert.Empty(dataset.Match(Claim, Terms.Confidence, null, graph)); // a reviewed claim has no confidence

        var extracted = Map(EstablishmentSample.Facts(confidence: 0.85m));
        Assert.True(extracted.Contains(new Quad(IriMinter.Claim("est-article", "est-bhutan--germany", ReviewStatus.Extracted), Terms.Confidence, Literal.Typed("0.85", Vocab.Xsd.Decimal), graph)));
    }

    [Fact]
    public void Two_articles_naming_the_parties_in_opposite_orders_meet_on_one_node()
    {
        var dataset = Map(EstablishmentSample.Facts(["bhutan", "germany"], "first"));
        FactsMapper.Map(EstablishmentSample.Facts(["germany", "bhutan"], "second"), EstablishmentSample.ArticleText, dataset);
        var claims = dataset.MatchAllGraphs(null, Terms.About, Node).Select(q => q.Subject).ToList();
        var derived = claims.SelectMany(c => dataset.MatchAllGraphs(c, Terms.WasDerivedFrom, null)).Select(q => q.Object).Order(TermComparer.Instance);
        Assert.Equal([IriMinter.Article("first"), IriMinter.Article("second")], derived);
        var merged = ExportWriter.QuadsFor(dataset, RdfFormat.NTriples).Where(q => q.Subject.Equals(Node) && q.Predicate.Equals(Terms.Party)).ToList();
        Assert.Equal(2, merged.Count);
    }

    public static TheoryData<string, string, string> Breakages => new()
    {
        // name, N-Triples substring to find, replacement ("" deletes the lines holding it)
        { "one party", "<https://w3id.org/kgexport/ontology#party> <https://w3id.org/kgexport/id/entity/Q917>", "" },
        { "the same party twice", "<https://w3id.org/kgexport/ontology#party> <https://w3id.org/kgexport/id/entity/Q917>", "<https://w3id.org/kgexport/ontology#party> <https://w3id.org/kgexport/id/entity/Q183>" },
        { "a party that is a region", "<https://w3id.org/kgexport/id/entity/Q917> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kgexport/ontology#State>", "<https://w3id.org/kgexport/id/entity/Q917> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kgexport/ontology#Region>" },
        { "a third party", "<https://w3id.org/kgexport/ontology#party> <https://w3id.org/kgexport/id/entity/Q917> .", "<https://w3id.org/kgexport/ontology#party> <https://w3id.org/kgexport/id/entity/Q917> .\n<https://w3id.org/kgexport/id/establishment/bhutan_germany_1> <https://w3id.org/kgexport/ontology#party> <https://w3id.org/kgexport/id/entity/Q40> ." },
        { "date as plain string", "\"2020-11-25\"^^<http://www.w3.org/2001/XMLSchema#date>", "\"2020-11-25\"" },
        { "restoration as a string", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>", "\"true\"" },
        { "confidence above 1", "\"0.85\"^^<http://www.w3.org/2001/XMLSchema#decimal>", "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>" },
        { "confidence as a string", "\"0.85\"^^<http://www.w3.org/2001/XMLSchema#decimal>", "\"0.85\"" },
        { "an IRI outside establishment/", "<https://w3id.org/kgexport/id/establishment/bhutan_germany_1>", "<https://w3id.org/kgexport/id/severance/bhutan_germany_1>" },
    };

    /// <summary>The restored, extracted variant's merged N-Triples, so that every breakage has a triple to break.</summary>
    private static string[] Lines() =>
        Seed.Lines(Map(EstablishmentSample.Facts(restoration: true, confidence: 0.85m)), RdfFormat.NTriples).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static Dataset Parse(string ntriples) => new(new NQuadsParser(new ParserOptions(), allowQuads: false).Parse(new StringReader(ntriples)));

    [Fact]
    public void Our_validator_accepts_the_establishment_and_rejects_each_breakage()
    {
        var good = ShapeValidator.Validate(Parse(string.Join('\n', Lines()) + "\n"), Shapes);
        Assert.True(good.Conforms, string.Join("\n", good.Results.Take(10)));
        foreach (var (name, find, replace) in Breakages.Select(row => ((string)row[0], (string)row[1], (string)row[2])))
        {
            var report = ShapeValidator.Validate(Parse(string.Join('\n', SeedShaclTests.Break(Lines(), find, replace)) + "\n"), Shapes);
            Assert.False(report.Conforms, name);
        }
    }

    [JenaFact]
    public void Jena_accepts_the_establishment_and_rejects_each_breakage()
    {
        var good = Jena.Run("shacl-check", "--text", "--shapes", ShapesPath, "--data", Seed.WriteTemp(string.Join('\n', Lines()) + "\n", ".nt"));
        Assert.True(good.ExitCode == 0, good.ToString());
        foreach (var (name, find, replace) in Breakages.Select(row => ((string)row[0], (string)row[1], (string)row[2])))
        {
            var data = Seed.WriteTemp(string.Join('\n', SeedShaclTests.Break(Lines(), find, replace)) + "\n", ".nt");
            var r = Jena.Run("shacl-check", "--text", "--shapes", ShapesPath, "--data", data);
            Assert.True(r.ExitCode == 1, $"{name}: expected violations (exit 1)\n{r}");
        }
    }
}
