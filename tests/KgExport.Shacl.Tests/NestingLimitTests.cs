using KgExport.Rdf;
using static KgExport.Shacl.Tests.ShaclFixture;

namespace KgExport.Shacl.Tests;

/// <summary>
/// Shapes graphs and data that would make the validator recurse thousands deep (property paths, shapes that refer to
/// shapes, a recursive shape over a long chain) are a <see cref="ShapesGraphException"/>, never a stack overflow.
/// </summary>
public sealed class NestingLimitTests
{
    private const int Hostile = 20_000;

    private static string Lines(int count, Func<int, string> line) => string.Concat(Enumerable.Range(0, count).Select(line));

    private static string InversePaths(int depth) =>
        "ex:S sh:targetNode ex:x ; sh:property ex:P .\nex:P sh:path _:p0 ; sh:minCount 1 .\n"
        + Lines(depth, i => $"_:p{i} sh:inversePath _:p{i + 1} .\n") + $"_:p{depth} sh:inversePath ex:q .\n";

    private static string ShapeChain(int length) =>
        "ex:S0 sh:targetNode ex:x .\n" + Lines(length, i => $"ex:S{i} sh:node ex:S{i + 1} .\n") + $"ex:S{length} sh:class ex:C .\n";

    private static string RecursiveShapeOverChain(int length) =>
        "ex:S sh:targetNode ex:n0 ; sh:property [ sh:path ex:next ; sh:node ex:S ] .\n"
        + Lines(length, i => $"ex:n{i} ex:next ex:n{i + 1} .\n");

    [Fact]
    public void A_property_path_nested_20000_deep_is_refused()
    {
        var e = Assert.Throws<ShapesGraphException>(() => Validate(InversePaths(Hostile)));
        Assert.Equal(Iri("P"), e.Shape);
        Assert.Equal($"sh:path nesting deeper than {NestingLimit.Max} levels", e.Reason);
    }

    [Fact]
    public void Shapes_that_refer_to_shapes_20000_deep_are_refused()
    {
        var e = Assert.Throws<ShapesGraphException>(() => Validate(ShapeChain(Hostile)));
        Assert.Equal($"shapes nesting deeper than {NestingLimit.Max} levels", e.Reason);
    }

    [Fact]
    public void A_recursive_shape_over_a_chain_20000_long_stops_at_the_limit()
    {
        var e = Assert.Throws<ShapesGraphException>(() => Validate(RecursiveShapeOverChain(Hostile)));
        Assert.Contains($"nests shapes deeper than {NestingLimit.Max} levels", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deepest_paths_shapes_and_recursion_the_limit_allows_run_on_a_small_stack()
    {
        Assert.Equal(["ex:x MinCount -"], Summary(SmallStack.Run(() => Validate(InversePaths(NestingLimit.Max - 2)))));
        Assert.Equal(["ex:x Node ex:x"], Summary(SmallStack.Run(() => Validate(ShapeChain(NestingLimit.Max - 1)))));
        // Two checks per node of the chain: the property shape, then the node shape for the next node.
        Assert.True(SmallStack.Run(() => Validate(RecursiveShapeOverChain(NestingLimit.Max / 2 - 1))).Conforms);
    }
}
