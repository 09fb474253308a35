using System.Text.Json.Nodes;
using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Shacl;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>The optional article URL of the facts format: checked on load, kept by the writer, exported as kg:url.</summary>
public sealed class ArticleUrlTests
{
    // A made-up address for the seed (its text gives none); the QuickStatements tests use a real one.
    private const string Url = "https://news.example.org/world/north-korea-recognises-breakaway-2022-07-14/";

    private static string SeedWithUrl(string url)
    {
        var root = JsonNode.Parse(File.ReadAllText(Seed.FactsPath))!.AsObject();
        root["article"]!.AsObject()["url"] = url;
        return root.ToJsonString();
    }

    [Fact]
    public void A_url_loads_and_the_writer_keeps_it()
    {
        var result = FactsLoader.Load(SeedWithUrl(Url), Seed.Text());
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(Url, result.Facts!.Article.Url);
        var written = FactsWriter.Write(result.Facts);
        Assert.Contains($"\"language\": \"en\",\n    \"url\": \"{Url}\"\n  }}", written, StringComparison.Ordinal);
        Assert.Equal(written, FactsWriter.Write(FactsLoader.Load(written, Seed.Text()).Facts!));
    }

    [Fact]
    public void Files_without_a_url_stay_valid_and_are_written_without_one()
    {
        var facts = Seed.Facts();
        Assert.Null(facts.Article.Url);
        Assert.DoesNotContain("\"url\"", FactsWriter.Write(facts), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://files.example.org/article.txt", "the scheme is \"ftp\", not http or https")]
    [InlineData("news.example.org/article", "it does not parse as an absolute URL")]
    [InlineData("https://news.example.org/a b", "it contains the character U+0020")]
    [InlineData("https://news.example.org/<a>", "it contains '<'")]
    [InlineData("mailto:desk@example.org", "the scheme is \"mailto\", not http or https")]
    [InlineData("http:/news.example.org/article", "it does not parse as an absolute URL")]
    public void A_bad_url_is_reported_at_its_field_with_line_and_column(string url, string reason)
    {
        var json = SeedWithUrl(url);
        var result = FactsLoader.Load(json, Seed.Text());
        Assert.False(result.Ok);
        var p = Assert.Single(result.Problems);
        Assert.Equal("$.article.url", p.Path);
        Assert.Contains("is not an absolute http(s) URL: " + reason, p.Message, StringComparison.Ordinal);
        var at = json.IndexOf("\"url\"", StringComparison.Ordinal);
        Assert.Equal(json[..at].Count(c => c == '\n') + 1, p.Line);
        Assert.True(p.Column > 0);
    }

    [Fact]
    public void The_url_is_exported_as_kg_url_and_conforms_to_the_shapes()
    {
        var text = Seed.Text();
        var facts = FactsLoader.Load(SeedWithUrl(Url), text).Facts!;
        var dataset = new Dataset();
        FactsMapper.Map(facts, text, dataset);
        var article = IriMinter.Article(Seed.Id);
        var url = Assert.Single(dataset.MatchAllGraphs(article, Terms.Url, null)).Object;
        Assert.Equal(new Iri(Url), url);

        var shapes = RdfIo.LoadFile(TestPaths.InRepository("shapes", "kg.shapes.ttl"));
        var merged = new Dataset(ExportWriter.QuadsFor(dataset, RdfFormat.NTriples));
        var report = ShapeValidator.Validate(merged, shapes);
        Assert.True(report.Conforms, string.Join("\n", report.Results.Take(10)));

        // A URL as a plain string, or a second one, breaks the article shape.
        merged.Add(new Quad(article, Terms.Url, new Literal(Url), null));
        Assert.False(ShapeValidator.Validate(merged, shapes).Conforms);
    }
}
