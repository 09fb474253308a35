using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Tests;

/// <summary>The public surface of KgExport.Rdf and KgExport.Sparql, pinned as text (<see cref="PublicSurface"/>).</summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("KgExport.Rdf")]
    [InlineData("KgExport.Sparql")]
    public void Public_surface_is_approved(string assembly)
    {
        var asm = assembly == "KgExport.Rdf" ? typeof(Dataset).Assembly : typeof(QueryExecutor).Assembly;
        Approve.Text(PublicSurface.Of(asm), name: $"PublicApi/{assembly}.approved.txt");
    }
}
