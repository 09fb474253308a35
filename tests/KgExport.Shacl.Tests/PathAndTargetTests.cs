using KgExport.Rdf;
using static KgExport.Shacl.Tests.ShaclFixture;

namespace KgExport.Shacl.Tests;

public class PathAndTargetTests
{
    private static List<string> Values(string path, string data, string focus = "a")
    {
        var ds = Parse(data + $"\nex:S a sh:PropertyShape ; sh:path {path} .");
        var shape = (PropertyShape)ShapesGraph.Load(ds).Shapes.Single(s => s.Node.Equals(Iri("S")));
        return [.. shape.PropertyPath.Evaluate(new DataGraph(ds), Iri(focus)).Select(Short).Order(StringComparer.Ordinal)];
    }

    private const string Chain = "ex:a ex:p ex:b . ex:b ex:p ex:c . ex:c ex:p ex:a . ex:b ex:q ex:d .";

    [Fact]
    public void Predicate_and_inverse()
    {
        Assert.Equal(["ex:b"], Values("ex:p", Chain));
        Assert.Equal(["ex:c"], Values("[ sh:inversePath ex:p ]", Chain));
    }

    [Fact]
    public void Sequence_and_alternative()
    {
        Assert.Equal(["ex:d"], Values("( ex:p ex:q )", Chain));
        Assert.Equal(["ex:b", "ex:c"], Values("[ sh:alternativePath ( ex:p [ sh:inversePath ex:p ] ) ]", Chain));
    }

    [Fact]
    public void Transitive_paths_stop_on_cycles()
    {
        Assert.Equal(["ex:a", "ex:b", "ex:c"], Values("[ sh:zeroOrMorePath ex:p ]", Chain));
        Assert.Equal(["ex:a", "ex:b", "ex:c"], Values("[ sh:oneOrMorePath ex:p ]", Chain));
        Assert.Equal(["ex:d"], Values("[ sh:oneOrMorePath ex:q ]", Chain, focus: "b"));
        Assert.Equal(["ex:b", "ex:d"], Values("[ sh:zeroOrOnePath ex:q ]", Chain, focus: "b"));
        Assert.Equal(["ex:a"], Values("[ sh:zeroOrMorePath ex:nothing ]", Chain));
    }

    [Fact]
    public void Inverse_of_a_sequence_walks_backwards()
    {
        Assert.Equal(["ex:a"], Values("[ sh:inversePath ( ex:p ex:q ) ]", Chain, focus: "d"));
    }

    [Fact]
    public void Result_path_is_written_back_as_rdf()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:a ; sh:property [ sh:path ( [ sh:inversePath ex:p ] [ sh:zeroOrMorePath ex:q ] ) ; sh:maxCount 0 ] .
            ex:b ex:p ex:a .
            """);
        var result = Assert.Single(report.Results);
        Assert.Equal("^<http://example.org/p>/<http://example.org/q>*", result.Path!.ToString());
        var quads = report.ToQuads();
        var pathNode = quads.Single(q => q.Predicate.Equals(ShaclVocab.ResultPath)).Object;
        Assert.IsType<BlankNode>(pathNode);
        Assert.Contains(quads, q => q.Subject.Equals(pathNode) && q.Predicate.Equals(Vocab.Rdf.First));
        Assert.Contains(quads, q => q.Predicate.Equals(ShaclVocab.InversePath) && q.Object.Equals(Iri("p")));
        Assert.Contains(quads, q => q.Predicate.Equals(ShaclVocab.ZeroOrMorePath) && q.Object.Equals(Iri("q")));
    }

    [Fact]
    public void Targets_class_with_subclasses_implicit_class_subjects_and_objects_of()
    {
        var data = """
            ex:Dog rdfs:subClassOf ex:Animal .
            ex:rex a ex:Dog . ex:tom a ex:Cat . ex:k a ex:Kennel .
            ex:rex ex:owner ex:ann .
            """;
        var shapes = """
            ex:AnimalShape sh:targetClass ex:Animal ; sh:nodeKind sh:BlankNode .
            ex:Kennel a rdfs:Class, sh:NodeShape ; sh:nodeKind sh:BlankNode .
            ex:OwnsShape sh:targetSubjectsOf ex:owner ; sh:nodeKind sh:BlankNode .
            ex:OwnerShape sh:targetObjectsOf ex:owner ; sh:nodeKind sh:BlankNode .
            """;
        var report = Validate(data, shapes);
        Assert.Equal(
            ["ex:ann NodeKind ex:ann", "ex:k NodeKind ex:k", "ex:rex NodeKind ex:rex", "ex:rex NodeKind ex:rex"],
            Summary(report));
        Assert.Equal(
            ["ex:AnimalShape", "ex:Kennel", "ex:OwnerShape", "ex:OwnsShape"],
            report.Results.Select(r => Short(r.SourceShape)).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Target_node_need_not_occur_in_the_data()
    {
        var report = Validate("ex:x ex:p 1 .", "ex:S sh:targetNode ex:ghost ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .");
        Assert.Equal(["ex:ghost MinCount -"], Summary(report));
    }
}
