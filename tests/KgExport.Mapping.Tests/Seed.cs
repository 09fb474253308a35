using System.Text;
using KgExport.Facts;
using KgExport.Rdf;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>The seed article (seeds/000_ee2775bcac5f55b5) and its export.</summary>
internal static class Seed
{
    public const string Id = "000_ee2775bcac5f55b5";

    public static string TextPath => TestPaths.InRepository("seeds", Id + ".txt");

    public static string FactsPath => TestPaths.InRepository("seeds", Id + ".facts.json");

    public static ArticleText Text() => ArticleText.Load(TextPath);

    public static ArticleFacts Facts() => FactsLoader.LoadFileOrThrow(FactsPath, Text());

    /// <summary>The run `kgexport export seeds/` records: this build's version and the two files' bytes.</summary>
    public static ExportRun Run() =>
        ExportRun.Of(TextPath, File.ReadAllBytes(TextPath), FactsPath, File.ReadAllBytes(FactsPath));

    public static Dataset Export() => FactsMapper.Map(Facts(), Text(), Run());

    /// <summary>
    /// The export as sorted canonical N-Quads (named graphs kept) or N-Triples (merged), formatted by the core's
    /// term formatter: input for the Jena oracles that does not depend on any writer.
    /// </summary>
    public static string Lines(Dataset dataset, RdfFormat format)
    {
        var sb = new StringBuilder();
        foreach (var q in ExportWriter.QuadsFor(dataset, format))
        {
            NTriplesFormatter.AppendQuad(sb, q);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string WriteTemp(string content, string extension)
    {
        var dir = Path.Combine(Path.GetTempPath(), "kgexport-mapping-tests");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
