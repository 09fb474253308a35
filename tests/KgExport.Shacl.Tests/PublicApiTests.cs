using KgExport.Shacl;

namespace KgExport.Shacl.Tests;

/// <summary>The public surface of KgExport.Shacl, pinned as text (<see cref="PublicSurface"/>).</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_surface_is_approved() =>
        Approve.Text(PublicSurface.Of(typeof(ShapeValidator).Assembly), name: "PublicApi/KgExport.Shacl.approved.txt");
}
