using static KgExport.Shacl.Tests.ShaclFixture;

namespace KgExport.Shacl.Tests;

public class ShapeConstraintTests
{
    [Fact]
    public void Equals_and_disjoint_compare_with_another_property()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:a ; sh:equals ex:b ; sh:disjoint ex:c ] .
            ex:x ex:a 1, 2 ; ex:b 2, 3 ; ex:c 2 .
            """);
        Assert.Equal(["ex:x Disjoint 2", "ex:x Equals 1", "ex:x Equals 3"], Summary(report));
    }

    [Fact]
    public void LessThan_and_lessThanOrEquals_fail_incomparable_pairs()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:start ; sh:lessThan ex:end ] ,
                [ sh:path ex:low ; sh:lessThanOrEquals ex:high ] .
            ex:x ex:start "2022-02-21"^^xsd:date, "2022-03-01"^^xsd:date ; ex:end "2022-02-24"^^xsd:date ;
                 ex:low 5, "x" ; ex:high 5 .
            """);
        Assert.Equal(["ex:x LessThan 2022-03-01", "ex:x LessThanOrEquals x"], Summary(report));
    }

    [Fact]
    public void Not_and_or_xone()
    {
        var report = Validate("""
            ex:HasName sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            ex:HasLabel sh:property [ sh:path rdfs:label ; sh:minCount 1 ] .
            ex:S sh:targetNode ex:none, ex:name, ex:both ;
                sh:or ( ex:HasName ex:HasLabel ) ;
                sh:xone ( ex:HasName ex:HasLabel ) ;
                sh:not ex:HasLabel .
            ex:name ex:name "n" .
            ex:both ex:name "n" ; rdfs:label "l" .
            """);
        Assert.Equal(["ex:both Not ex:both", "ex:both Xone ex:both", "ex:none Or ex:none", "ex:none Xone ex:none"], Summary(report));
    }

    [Fact]
    public void And_requires_every_member()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x, ex:y ; sh:and ( [ sh:class ex:A ] [ sh:class ex:B ] ) .
            ex:x a ex:A, ex:B . ex:y a ex:A .
            """);
        Assert.Equal(["ex:y And ex:y"], Summary(report));
    }

    [Fact]
    public void Node_reports_the_value_and_property_reports_the_nested_results()
    {
        var report = Validate("""
            ex:State sh:class ex:Country .
            ex:S sh:targetNode ex:act ;
                sh:property [ sh:path ex:recogniser ; sh:node ex:State ] ,
                            [ sh:path ex:recognised ; sh:property [ sh:path ex:name ; sh:minCount 1 ] ] .
            ex:act ex:recogniser ex:russia, ex:bob ; ex:recognised ex:dpr .
            ex:russia a ex:Country .
            """);
        Assert.Equal(["ex:act Node ex:bob", "ex:dpr MinCount -"], Summary(report));
        var nested = report.Results.Single(r => r.Component.Equals(MinCountConstraint.Iri));
        Assert.Equal("<http://example.org/name>", nested.Path!.ToString());
    }

    [Fact]
    public void Qualified_value_shapes_count_conforming_values_and_honour_disjointness()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:hand ;
                sh:property [ sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Thumb ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ; sh:qualifiedValueShapesDisjoint true ] ,
                            [ sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Finger ] ; sh:qualifiedMinCount 4 ; sh:qualifiedValueShapesDisjoint true ] .
            ex:hand ex:digit ex:d1, ex:d2, ex:d3, ex:d4, ex:d5 .
            ex:d1 a ex:Thumb, ex:Finger . ex:d2 a ex:Finger . ex:d3 a ex:Finger . ex:d4 a ex:Finger . ex:d5 a ex:Finger .
            """);
        // d1 is both, so with disjointness it counts for neither: 0 thumbs, 4 fingers.
        Assert.Equal(["ex:hand QualifiedMinCount -"], Summary(report));
    }

    [Fact]
    public void Closed_allows_declared_and_ignored_properties_only()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ;
                sh:property [ sh:path ex:name ] .
            ex:x a ex:Thing ; ex:name "x" ; ex:extra 42 .
            """);
        Assert.Equal(["ex:x Closed 42"], Summary(report));
        Assert.Equal("<http://example.org/extra>", report.Results[0].Path!.ToString());
    }

    [Fact]
    public void Recursive_shapes_over_cyclic_data_terminate()
    {
        var report = Validate("""
            ex:Person sh:targetNode ex:a ; sh:property [ sh:path ex:knows ; sh:node ex:Person ] ;
                sh:property [ sh:path ex:name ; sh:minCount 1 ] .
            ex:a ex:knows ex:b ; ex:name "a" . ex:b ex:knows ex:a ; ex:name "b" .
            """);
        Assert.True(report.Conforms);
    }
}
