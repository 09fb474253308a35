using KgExport.Rdf;
using KgExport.Shacl;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// The shapes reject exports that say impossible things (issue 18, finding 8): each case breaks the seed export in
/// one way, and both our validator and Jena's shacl-check report it with the shape's own message.
/// </summary>
public sealed class NonsenseShapesTests
{
    private const string Kg = "https://w3id.org/kgexport/ontology#";
    private const string Entity = "https://w3id.org/kgexport/id/entity/";
    private const string Label = "<http://www.w3.org/2000/01/rdf-schema#label>";
    private static readonly string ShapesFile = TestPaths.InRepository("shapes", "kg.shapes.ttl");
    private static readonly ShapesGraph Shapes = ShapesGraph.Load(RdfIo.LoadFile(ShapesFile));

    public static readonly TheoryData<string, string, string, string> Cases = new()
    {
        { "a state recognising itself", $"<{Kg}recognised> <{Entity}Q16150196>", $"<{Kg}recognised> <{Entity}Q423>", "does not recognise itself" },
        { "a state severing ties with itself", $"<{Kg}severedWith> <{Entity}Q423>", $"<{Kg}severedWith> <{Entity}Q212>", "does not sever ties with itself" },
        { "a state annexing itself", $"<{Kg}annexed> <{Entity}Q7835>", $"<{Kg}annexed> <{Entity}Q159>", "does not annex itself" },
        // The article is made older than the acts it reports, rather than the acts younger, so that no other shape fires.
        { "an act dated after the article's publication", $"<{Kg}published> \"2022-07-14\"", $"<{Kg}published> \"2022-01-01\"", "dated after the article" },
        { "two English names for one entity", $"<{Entity}Q423> {Label} \"North Korea\"@en .", $"<{Entity}Q423> {Label} \"North Korea\"@en .\n<{Entity}Q423> {Label} \"DPRK\"@en .", "one name per language" },
        { "a reviewed fact with no source", $"<{Kg}accordingTo>", "", "names the source" },
    };

    private static string Broken(string find, string replace)
    {
        var lines = Seed.Lines(Seed.Export(), RdfFormat.NTriples).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', SeedShaclTests.Break(lines, find, replace)) + "\n";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_validator_rejects(string name, string find, string replace, string message)
    {
        var data = Parse(Broken(find, replace));
        var report = new ShapeValidator(Shapes).Validate(data);
        Assert.False(report.Conforms, name);
        Assert.Contains(report.Results, r => r.Messages.Any(m => m.LexicalForm.Contains(message, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_fact_the_extractor_could_not_attribute_needs_no_source()
    {
        var lines = Broken($"<{Kg}accordingTo>", "").Replace($"<{Kg}Reviewed>", $"<{Kg}Extracted>", StringComparison.Ordinal);
        Assert.True(new ShapeValidator(Shapes).Validate(Parse(lines)).Conforms);
    }

    [JenaFact]
    public void Jena_rejects_each_case()
    {
        foreach (var row in Cases)
        {
            var (name, find, replace, message) = ((string)row[0], (string)row[1], (string)row[2], (string)row[3]);
            var r = Jena.Run("shacl-check", "--text", "--shapes", ShapesFile, "--data", Seed.WriteTemp(Broken(find, replace), ".nt"));
            Assert.True(r.ExitCode == 1, $"{name}: expected violations (exit 1)\n{r}");
            Assert.Contains(message, r.Stdout + r.Stderr, StringComparison.Ordinal);
        }
    }

    private static Dataset Parse(string ntriples) => new(new NQuadsParser(new ParserOptions(), allowQuads: false).Parse(new StringReader(ntriples)));
}
