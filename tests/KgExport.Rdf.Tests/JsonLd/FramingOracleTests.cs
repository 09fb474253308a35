using KgExport.Rdf.JsonLd;
using KgExport.Testing;
using static KgExport.Rdf.Tests.JsonLd.JsonLdSample;

namespace KgExport.Rdf.Tests.JsonLd;

/// <summary>Framing compared with the JSON-LD 1.1 reference processor's, on the sample dataset, frame by frame.</summary>
public sealed class FramingOracleTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kgexport-framing-");

    public void Dispose() => _dir.Delete(recursive: true);

    private const string Context = """{"ex": "http://example.org/", "headline": {"@id": "ex:headline"}}""";

    public static TheoryData<string> Frames() =>
    [
        """{"@context": """ + Context + """, "@type": "ex:Article"}""",
        """{"@context": """ + Context + """, "@type": "ex:Article", "@explicit": true, "headline": {}}""",
        """{"@context": """ + Context + """, "@type": "ex:Article", "ex:mentions": {"@embed": "@never"}}""",
        """{"@context": """ + Context + """, "@type": "ex:Article", "ex:missing": {"@default": "none"}}""",
        """{"@context": """ + Context + """, "ex:name": {}}""",
        """{"@context": """ + Context + """, "@id": "http://example.org/article/b", "@reverse": {"http://www.w3.org/ns/prov#wasDerivedFrom": {}}}""",
    ];

    [SkippableTheory]
    [MemberData(nameof(Frames))]
    public void Framing_matches_the_reference_processor(string frameText)
    {
        Skip.If(!TestPaths.IsCi && JsonLdOracle.Unavailable() is not null, JsonLdOracle.Unavailable());
        var input = Write(Quads(), JsonLdForm.Expanded);
        var inputFile = Path.Combine(_dir.FullName, "input.jsonld");
        var frameFile = Path.Combine(_dir.FullName, "frame.jsonld");
        File.WriteAllText(inputFile, input);
        File.WriteAllText(frameFile, frameText);
        var (code, reference, stderr) = JsonLdOracle.Run("frame", inputFile, frameFile);
        Assert.True(code == 0, stderr);

        var ours = JsonLdProcessor.Frame(new RemoteDocument("http://example.org/doc.jsonld", JsonTree.Parse(input)), JsonTree.Parse(frameText)!, new JsonLdOptions { DocumentLoader = new LocalDocumentLoader() });
        var expected = JsonTree.Parse(reference);
        Assert.True(JsonTree.DeepEquals(expected, ours), $"reference:\n{reference}\nours:\n{JsonTree.Serialize(ours)}");
    }
}
