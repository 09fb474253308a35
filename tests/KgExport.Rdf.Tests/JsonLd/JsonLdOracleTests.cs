using KgExport.Rdf.JsonLd;
using KgExport.Testing;
using static KgExport.Rdf.Tests.JsonLd.JsonLdSample;

namespace KgExport.Rdf.Tests.JsonLd;

/// <summary>Differential tests against the JSON-LD 1.1 reference processor (jsonld.js), on the sample dataset.</summary>
public sealed class JsonLdOracleTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kgexport-jsonld-oracle-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private string ExpectedNQuads()
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = RdfIo.CreateWriter(RdfFormat.NQuads, output);
        foreach (var q in Quads()) writer.Write(q);
        writer.Finish();
        return File("expected.nq", output.ToString());
    }

    [JsonLdOracleFact]
    public void The_reference_processor_reads_every_form_we_write_as_the_same_dataset()
    {
        var expected = ExpectedNQuads();
        foreach (var form in new[] { JsonLdForm.Expanded, JsonLdForm.Compacted, JsonLdForm.Flattened, JsonLdForm.Framed })
        {
            var ours = File($"ours.{form}.jsonld", Write(Quads(), form));
            var (code, stdout, stderr) = JsonLdOracle.Run("iso", "--safe", ours, expected);
            Assert.True(code == 0, $"{form}: jsonld11 says not isomorphic (exit {code})\n{stdout}\n{stderr}");
        }
    }

    [JsonLdOracleFact]
    public void We_read_the_reference_processors_compacted_and_flattened_output_as_the_same_dataset()
    {
        var expected = ExpectedNQuads();
        var (code, expandedText, stderr) = JsonLdOracle.Run("fromrdf", expected);
        Assert.True(code == 0, stderr);
        var expanded = File("ref.expanded.jsonld", expandedText);
        var context = File("context.jsonld", JsonTree.Serialize(Context()));
        foreach (var command in new[] { "compact", "flatten" })
        {
            var (c, text, err) = JsonLdOracle.Run(command, expanded, context);
            Assert.True(c == 0, err);
            var back = Read(text);
            Assert.True(Isomorphism.AreIsomorphic(Quads(), back), $"{command}: " + Isomorphism.Describe(Quads(), back));
        }
    }

    [JsonLdOracleFact]
    public void Our_compacted_form_equals_the_reference_processors()
    {
        var expected = ExpectedNQuads();
        var (code, expandedText, stderr) = JsonLdOracle.Run("fromrdf", expected);
        Assert.True(code == 0, stderr);
        var (c, reference, err) = JsonLdOracle.Run("compact", File("ref.expanded.jsonld", expandedText), File("context.jsonld", JsonTree.Serialize(Context())));
        Assert.True(c == 0, err);
        var ours = Write(Quads(), JsonLdForm.Compacted);
        Assert.True(JsonTree.DeepEquals(JsonTree.Parse(reference), JsonTree.Parse(ours)), $"reference:\n{reference}\nours:\n{ours}");
    }
}
