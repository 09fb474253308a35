using KgExport.Rdf;

namespace KgExport.Mapping.Tests;

/// <summary>The seed export, byte for byte, in every format; see <see cref="Snapshot"/> for accepting changes.</summary>
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
        Snapshot.Matches("seed" + RdfFormats.Extension(format), text);
    }

    [Fact]
    public void Seed_mapping_matches_its_canonical_line_snapshot()
    {
        // Independent of the writers: the sorted quads in canonical N-Quads form.
        Snapshot.Matches("seed.canonical.nq", Seed.Lines(Seed.Export(), RdfFormat.NQuads));
    }

    [Fact]
    public void Export_is_byte_stable_across_runs()
    {
        Assert.Equal(Seed.Lines(Seed.Export(), RdfFormat.NQuads), Seed.Lines(Seed.Export(), RdfFormat.NQuads));
    }

    [Fact]
    public void The_diff_shows_changed_lines_with_their_numbers()
    {
        var diff = Snapshot.Diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n", context: 1);
        Assert.Equal("     3 c\n-    4 d\n+    4 D\n     5 e\n", diff.Replace("\r", "", StringComparison.Ordinal));
    }
}
