using KgExport.Rdf;
using KgExport.Testing;

namespace KgExport.Conformance;

/// <summary>
/// Bad input must end in an <see cref="RdfSyntaxException"/> with a position, never another exception: every W3C
/// syntax test file, cut short at many points and with single characters replaced by syntax-significant ones,
/// either parses or fails cleanly.
/// </summary>
public sealed class ParserRobustnessTests
{
    private const string Replacements = "<>\"'\\.:;,[](){}@^_#\n\r -+eE0aZ\u00E9\uD83D";

    [SkippableTheory]
    [InlineData("rdf-n-triples", RdfFormat.NTriples)]
    [InlineData("rdf-n-quads", RdfFormat.NQuads)]
    [InlineData("rdf-turtle", RdfFormat.Turtle)]
    [InlineData("rdf-trig", RdfFormat.TriG)]
    public void DamagedInputFailsOnlyWithSyntaxErrors(string folder, RdfFormat format)
    {
        var dir = Path.Combine(TestPaths.Conformance, "rdf-tests", "rdf", "rdf11", folder);
        Assert.False(TestPaths.IsCi && !Directory.Exists(dir), $"{dir} is missing on CI");
        Skip.IfNot(Directory.Exists(dir), $"W3C suite not found at {dir}");

        var random = new Random(20261129);
        var files = Directory.GetFiles(dir).Where(f => RdfFormats.TryFromPath(f, out var ff) && ff == format).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var variants = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var step = Math.Max(1, text.Length / 25);
            for (var cut = 0; cut < text.Length; cut += step)
            {
                Check(format, file, text[..cut]);
                var chars = text.ToCharArray();
                chars[cut] = Replacements[random.Next(Replacements.Length)];
                Check(format, file, new string(chars));
                variants += 2;
            }
        }
        Assert.True(variants > files.Count);
    }

    private static void Check(RdfFormat format, string file, string text)
    {
        var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = file, BaseIri = "http://example.org/base/" });
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
            Assert.Fail($"{file}: {e.GetType().Name} instead of a syntax error: {e.Message}\n--- input ---\n{text}");
        }
    }
}
