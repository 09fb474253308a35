using KgExport.Rdf;
using KgExport.Testing;

namespace KgExport.Rdf.Tests.RdfXml;

/// <summary>
/// Bad RDF/XML must end in an <see cref="RdfSyntaxException"/> with a position, never another exception: every
/// RDF/XML document of the tests, cut short at many points and with single characters replaced by ones that matter
/// to XML or RDF/XML, either parses or fails cleanly.
/// </summary>
public sealed class RdfXmlRobustnessTests
{
    private const string Replacements = "<>\"'&;:=/!?-#[] \n\u00E9\uD83DxD_1";

    [Fact]
    public void Damaged_documents_fail_only_with_syntax_errors()
    {
        var folder = TestPaths.InRepository("tests", "KgExport.Rdf.Tests", "RdfXml");
        var files = Directory.EnumerateFiles(folder, "*.rdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 40);
        var random = new Random(20261129);
        var variants = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var step = Math.Max(1, text.Length / 40);
            for (var cut = 0; cut < text.Length; cut += step)
            {
                Check(file, text[..cut]);
                var chars = text.ToCharArray();
                chars[cut] = Replacements[random.Next(Replacements.Length)];
                Check(file, new string(chars));
                variants += 2;
            }
        }
        Assert.True(variants > files.Count * 40);
    }

    private static void Check(string file, string text)
    {
        var parser = new RdfXmlParser(new ParserOptions { SourceName = file, BaseIri = "http://example.org/base/" });
        try
        {
            foreach (var _ in parser.Parse(new StringReader(text)))
            {
            }
        }
        catch (RdfSyntaxException e)
        {
            Assert.True(e.Position.Line >= 1 && e.Position.Column >= 1, $"bad position in: {e.Message}");
        }
        catch (Exception e)
        {
            Assert.Fail($"{file}: {e.GetType().Name} instead of a syntax error: {e.Message}\n{e.StackTrace}\n--- input ---\n{text}");
        }
    }
    /// <summary>Found by fuzzing (rdfxml, seed 100, index 6544933): System.Xml throws ArgumentOutOfRangeException while switching encodings.</summary>
    [Fact]
    public void A_damaged_xml_declaration_is_a_syntax_error_not_an_argument_exception()
    {
        byte[] bytes = [.. "<?xml version=\"1.0"u8, 0xD0, 0x96, .. "\" encoding=\"utf-8\"?>\r"u8];
        var parser = new RdfXmlParser(new ParserOptions { SourceName = "declaration.rdf" });
        var e = Assert.Throws<RdfSyntaxException>(() => parser.Parse(new MemoryStream(bytes)).ToList());
        Assert.True(e.Position.Line >= 1 && e.Position.Column >= 1);
        Assert.Contains("XML", e.Message, StringComparison.Ordinal);
    }
}
