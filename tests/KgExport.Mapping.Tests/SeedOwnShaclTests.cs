using KgExport.Rdf;
using KgExport.Shacl;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// Our own SHACL validator on the seed export and on the broken variants of <see cref="SeedShaclTests"/>: it must
/// agree with Jena (conforms / does not conform) before the export can gate on it.
/// </summary>
public sealed class SeedOwnShaclTests
{
    private static readonly Dataset Shapes = RdfIo.LoadFile(TestPaths.InRepository("shapes", "kg.shapes.ttl"));

    private static Dataset Merged(string ntriples) => new(new NQuadsParser(new ParserOptions(), allowQuads: false).Parse(new StringReader(ntriples)));

    [Fact]
    public void Seed_export_conforms()
    {
        var report = ShapeValidator.Validate(Merged(Seed.Lines(Seed.Export(), RdfFormat.NTriples)), Shapes);
        Assert.True(report.Conforms, string.Join("\n", report.Results.Take(10)));
    }

    [Fact]
    public void Broken_exports_do_not_conform()
    {
        var lines = Seed.Lines(Seed.Export(), RdfFormat.NTriples).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (name, find, replace) in SeedShaclTests.Breakages.Select(row => ((string)row[0], (string)row[1], (string)row[2])))
        {
            var broken = SeedShaclTests.Break(lines, find, replace);
            var report = ShapeValidator.Validate(Merged(string.Join('\n', broken) + "\n"), Shapes);
            Assert.False(report.Conforms, name);
        }
    }
}
