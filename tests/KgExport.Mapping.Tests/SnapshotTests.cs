using KgExport.Rdf;

namespace KgExport.Mapping.Tests;

/// <summary>The seed export, byte for byte, in every format; see <see cref="Approve"/> for accepting changes.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.NTriples)]
    public void Seed_export_matches_its_snapshot(RdfFormat format)
    {
        var text = ExportWriter.WriteToString(Seed.Export(), format);
        Approve.RdfDocument(text, format, name: "Snapshots/seed" + RdfFormats.Extension(format), parsing: new ParserOptions { BaseIri = "https://w3id.org/kgexport/" });
    }

    [Fact]
    public void Seed_mapping_matches_its_canonical_line_snapshot()
    {
        // Independent of the writers: the dataset in RDFC-1.0 canonical N-Quads, compared by meaning.
        Approve.Dataset(Seed.Export().Quads, name: "Snapshots/seed.canonical.nq", prefixes: Seed.Export().Prefixes);
    }

    [Fact]
    public void Export_is_byte_stable_across_runs()
    {
        Assert.Equal(Seed.Lines(Seed.Export(), RdfFormat.NQuads), Seed.Lines(Seed.Export(), RdfFormat.NQuads));
    }
}
