using System.Security.Cryptography;
using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Shacl;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// Whether a fact was reviewed or extracted is a typed value a query can select on, and every article graph says which
/// tool version made it from which exact files (issue 18, finding 4).
/// </summary>
public sealed class ReviewAndRunProvenanceTests
{
    private static readonly ShapesGraph Shapes = ShapesGraph.Load(RdfIo.LoadFile(TestPaths.InRepository("shapes", "kg.shapes.ttl")));
    private static readonly Iri Node = IriMinter.Claim("est-article", "est-bhutan--germany");
    private static readonly Iri Graph = IriMinter.Graph("est-article");

    private static ArticleFacts WithReview(ReviewStatus review) => EstablishmentSample.Facts() with
    {
        Establishments = [EstablishmentSample.Facts().Establishments[0] with { Review = review, Confidence = review == ReviewStatus.Extracted ? 0.8m : null }],
    };

    [Fact]
    public void Reviewed_and_extracted_facts_carry_their_status_and_a_query_can_keep_only_reviewed_ones()
    {
        var reviewed = FactsMapper.Map(WithReview(ReviewStatus.Reviewed), EstablishmentSample.ArticleText);
        var extracted = FactsMapper.Map(WithReview(ReviewStatus.Extracted), EstablishmentSample.ArticleText);
        Assert.Equal([Terms.Value.Reviewed], reviewed.Match(Node, Terms.ReviewStatus, null, Graph).Select(q => q.Object));
        var extractedClaim = IriMinter.Claim("est-article", "est-bhutan--germany", ReviewStatus.Extracted);
        Assert.Equal([Terms.Value.Extracted], extracted.Match(extractedClaim, Terms.ReviewStatus, null, Graph).Select(q => q.Object));
        Assert.Empty(extracted.Match(Node, null, null, Graph));

        const string onlyReviewed = """
            PREFIX kg: <https://w3id.org/kgexport/ontology#>
            SELECT ?e WHERE { GRAPH ?g { ?e a kg:EstablishmentOfRelations . ?claim kg:about ?e ; kg:reviewStatus kg:Reviewed } }
            """;
        Assert.Single(Sparql.Evaluation.QueryExecutor.Execute(Sparql.SparqlQuery.Parse(onlyReviewed), reviewed).Rows);
        Assert.Empty(Sparql.Evaluation.QueryExecutor.Execute(Sparql.SparqlQuery.Parse(onlyReviewed), extracted).Rows);
    }

    /// <summary>
    /// Issue 18, finding 4: an extracted claim and a reviewed one about the same act are two nodes about one event,
    /// so a store holding both (the extractor's output, then the reviewed file) neither mixes their statuses nor
    /// shows the extracted one as reviewed; asking for reviewed claims leaves the extracted one out.
    /// </summary>
    [Fact]
    public void An_extracted_and_a_reviewed_claim_about_one_act_stay_apart_in_one_store()
    {
        var dataset = FactsMapper.Map(WithReview(ReviewStatus.Extracted), EstablishmentSample.ArticleText);
        FactsMapper.Map(WithReview(ReviewStatus.Reviewed), EstablishmentSample.ArticleText, dataset);
        var merged = new Dataset(ExportWriter.QuadsFor(dataset, RdfFormat.NTriples));
        var act = new Iri(Namespaces.Id + "establishment/bhutan_germany_1");
        var claims = merged.Match(null, Terms.About, act, null).Select(q => q.Subject).Order(TermComparer.Instance).ToList();
        Assert.Equal([Node, IriMinter.Claim("est-article", "est-bhutan--germany", ReviewStatus.Extracted)], claims);
        Assert.All(claims, c => Assert.Single(merged.Match(c, Terms.ReviewStatus, null, null)));
        Assert.Equal([Literal.Typed("0.8", Vocab.Xsd.Decimal)], merged.Match(claims[1], Terms.Confidence, null, null).Select(q => q.Object));
        Assert.True(new ShapeValidator(Shapes).Validate(merged).Conforms);

        const string reviewedOnly = """
            PREFIX kg: <https://w3id.org/kgexport/ontology#>
            SELECT ?claim WHERE { ?claim kg:about ?act ; kg:reviewStatus kg:Reviewed }
            """;
        var rows = Sparql.Evaluation.QueryExecutor.Execute(Sparql.SparqlQuery.Parse(reviewedOnly), merged).Rows;
        Assert.Equal([Node], rows.Select(r => r[0]));
    }

    [Fact]
    public void A_claim_without_a_review_status_breaks_the_shapes()
    {
        var dataset = FactsMapper.Map(EstablishmentSample.Facts(), EstablishmentSample.ArticleText);
        Assert.True(new ShapeValidator(Shapes).Validate(dataset, Graph).Conforms);
        dataset.Remove(new Quad(Node, Terms.ReviewStatus, Terms.Value.Reviewed, Graph));
        var report = new ShapeValidator(Shapes).Validate(dataset, Graph);
        Assert.False(report.Conforms);
        Assert.Contains(report.Results, r => r.Path is PredicatePath p && p.Predicate == Terms.ReviewStatus);
    }

    [Fact]
    public void The_graph_names_the_tool_version_and_the_sha256_of_both_input_files()
    {
        var dataset = Seed.Export();
        var graph = IriMinter.Graph(Seed.Id);
        var run = Assert.Single(dataset.Match(graph, Terms.WasGeneratedBy, null, graph)).Object;
        Assert.True(dataset.Contains(new Quad(run, Terms.Type, Terms.Class.ExportRun, graph)));
        var tool = Assert.Single(dataset.Match(run, Terms.WasAssociatedWith, null, graph)).Object;
        Assert.True(dataset.Contains(new Quad(tool, Terms.SoftwareVersion, new Literal(ExportRun.CurrentToolVersion), graph)));
        Assert.Matches(@"^\d+\.\d+\.\d+", ExportRun.CurrentToolVersion);

        var hashes = dataset.Match(run, Terms.Used, null, graph)
            .SelectMany(q => dataset.Match(q.Object, Terms.Sha256, null, graph))
            .Select(q => ((Literal)q.Object).LexicalForm)
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = new[] { Seed.TextPath, Seed.FactsPath }
            .Select(p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, hashes);
        Assert.True(new ShapeValidator(Shapes).Validate(dataset, graph).Conforms);
    }

    [Fact]
    public void Extracted_facts_have_a_run_that_used_only_the_article()
    {
        var run = ExportRun.Of("x/est-article.txt", "text"u8, null, default);
        var dataset = FactsMapper.Map(WithReview(ReviewStatus.Extracted), EstablishmentSample.ArticleText, run);
        var activity = IriMinter.Run("est-article", run);
        var used = Assert.Single(dataset.Match(activity, Terms.Used, null, Graph)).Object;
        Assert.True(dataset.Contains(new Quad(used, Terms.FileName, new Literal("est-article.txt"), Graph)));
        Assert.True(new ShapeValidator(Shapes).Validate(dataset, Graph).Conforms);

        // Another tool version or other bytes are another run, never the same node with two versions.
        Assert.NotEqual(activity, IriMinter.Run("est-article", run with { ToolVersion = "9.9.9" }));
        Assert.NotEqual(activity, IriMinter.Run("est-article", ExportRun.Of("x/est-article.txt", "text!"u8, null, default)));
    }
}
