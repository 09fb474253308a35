using KgExport.Cli.Commands;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Rdf.JsonLd;
using KgExport.Testing;

namespace KgExport.Cli.Tests.JsonLd;

/// <summary>
/// The seed export as JSON-LD: snapshots of the compacted and framed forms, our own read-back of every form, and the
/// JSON-LD 1.1 reference processor (jsonld11) as an oracle in both directions.
/// </summary>
public sealed class SeedJsonLdTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kgexport-seed-jsonld-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static readonly JsonLdForm[] Forms = [JsonLdForm.Expanded, JsonLdForm.Compacted, JsonLdForm.Flattened, JsonLdForm.Framed];

    private static string Export(string format, JsonLdForm form = JsonLdForm.Compacted)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var settings = ArticleJsonLd.Settings(form);
        var terminal = new Terminal(() => new MemoryStream(), () => stdout, new StringWriter(), stderr);
        var code = ExportCommand.Run([TestPaths.InRepository("seeds")], format, null, terminal, default, settings);
        Assert.True(code == 0, stderr.ToString());
        return System.Text.Encoding.UTF8.GetString(stdout.ToArray());
    }

    private static ParserOptions JsonLdParsing => new()
    {
        BaseIri = "https://w3id.org/kgexport/",
        DocumentLoader = OntologyDocuments.Loader(),
    };

    private static List<Quad> Parse(string text, RdfFormat format) =>
        [.. RdfIo.CreateParser(format, new ParserOptions
        {
            SourceName = "seed",
            BaseIri = "https://w3id.org/kgexport/",
            DocumentLoader = OntologyDocuments.Loader(),
        }).Parse(new StringReader(text))];

    private string Save(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Compacted_export_matches_its_snapshot() => Approve.RdfDocument(Export("jsonld"), RdfFormat.JsonLd, name: "../Snapshots/seed.compacted.jsonld", parsing: JsonLdParsing);

    [Fact]
    public void Framed_export_matches_its_snapshot() => Approve.RdfDocument(Export("jsonld", JsonLdForm.Framed), RdfFormat.JsonLd, name: "../Snapshots/seed.framed.jsonld", parsing: JsonLdParsing);

    [Fact]
    public void Every_form_reads_back_isomorphic_to_the_trig_export()
    {
        var trig = Parse(Export("trig"), RdfFormat.TriG);
        Assert.NotEmpty(trig);
        foreach (var form in Forms)
        {
            var back = Parse(Export("jsonld", form), RdfFormat.JsonLd);
            Assert.True(Isomorphism.AreIsomorphic(trig, back), $"{form}: " + Isomorphism.Describe(trig, back));
        }
    }

    [JsonLdOracleFact]
    public void The_reference_processor_reads_every_form_as_the_nquads_export()
    {
        var nquads = Save("seed.nq", Export("nquads"));
        foreach (var form in Forms)
        {
            var file = Save($"seed.{form}.jsonld", Export("jsonld", form));
            var (code, stdout, stderr) = JsonLdOracle.Run("iso", "--safe", file, nquads);
            Assert.True(code == 0, $"{form}: exit {code}\n{stdout}\n{stderr}");
        }
    }

    [JsonLdOracleFact]
    public void We_read_the_reference_processors_compacted_and_flattened_seed_back()
    {
        var trig = Parse(Export("trig"), RdfFormat.TriG);
        var nquads = Save("seed.nq", Export("nquads"));
        var (code, expanded, stderr) = JsonLdOracle.Run("fromrdf", nquads);
        Assert.True(code == 0, stderr);
        var expandedFile = Save("ref.expanded.jsonld", expanded);
        var context = TestPaths.InRepository("ontology", "context.jsonld");
        foreach (var command in new[] { "compact", "flatten" })
        {
            var (c, text, err) = JsonLdOracle.Run(command, expandedFile, context);
            Assert.True(c == 0, err);
            var back = Parse(text, RdfFormat.JsonLd);
            Assert.True(Isomorphism.AreIsomorphic(trig, back), $"{command}: " + Isomorphism.Describe(trig, back));
        }
    }

    [Fact]
    public void Export_rejects_an_unknown_jsonld_form()
    {
        var result = CliRun.Invoke("export", TestPaths.InRepository("seeds"), "--format", "jsonld", "--jsonld-form", "sideways");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--jsonld-form", result.Output + result.Stderr);
    }
}
