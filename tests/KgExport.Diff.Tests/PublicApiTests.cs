using KgExport.Diff;

namespace KgExport.Diff.Tests;

/// <summary>The public surface of KgExport.Diff, pinned as text (<see cref="PublicSurface"/>).</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_surface_is_approved() =>
        Approve.Text(PublicSurface.Of(typeof(DatasetComparer).Assembly), name: "PublicApi/KgExport.Diff.approved.txt");
}
