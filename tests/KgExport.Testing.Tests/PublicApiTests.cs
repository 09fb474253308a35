namespace KgExport.Testing.Tests;

/// <summary>The public surface of KgExport.Testing, pinned as text (<see cref="PublicSurface"/>).</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_surface_is_approved() =>
        Approve.Text(PublicSurface.Of(typeof(Approve).Assembly), name: "PublicApi/KgExport.Testing.approved.txt");
}
