using KgExport.Rdf;
using static KgExport.Shacl.Tests.ShaclFixture;

namespace KgExport.Shacl.Tests;

public class ReportAndShapesGraphTests
{
    [Fact]
    public void Severity_and_messages_come_from_the_shape()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:severity sh:Warning ;
                sh:message "Needs a date"@en, "Потрібна дата"@uk ;
                sh:property [ sh:path ex:date ; sh:minCount 1 ; sh:severity sh:Info ] ;
                sh:class ex:Event .
            """);
        var warning = report.Results.Single(r => r.Component.Equals(ClassConstraint.Iri));
        Assert.Equal(ShaclVocab.Warning, warning.Severity);
        Assert.Equal(["Needs a date@en", "Потрібна дата@uk"], warning.Messages.Select(m => m.LexicalForm + "@" + m.Language).Order(StringComparer.Ordinal).ToList());
        var info = report.Results.Single(r => r.Component.Equals(MinCountConstraint.Iri));
        Assert.Equal(ShaclVocab.Info, info.Severity);
        Assert.Single(info.Messages);
        Assert.False(report.Conforms);
        Assert.Equal(1, report.CountOf(ShaclVocab.Warning));
    }

    [Fact]
    public void Deactivated_shapes_report_nothing_and_accept_every_node()
    {
        var report = Validate("""
            ex:Off sh:deactivated true ; sh:class ex:Never .
            ex:S sh:targetNode ex:x ; sh:node ex:Off .
            ex:T sh:targetNode ex:x ; sh:deactivated true ; sh:class ex:Never .
            """);
        Assert.True(report.Conforms);
    }

    [Fact]
    public void Rdf_report_has_the_spec_shape()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:p ; sh:datatype xsd:integer ] .
            ex:x ex:p "a" .
            """);
        var g = new Dataset(report.ToQuads());
        var root = Assert.Single(g.Match(null, Vocab.Rdf.Type, ShaclVocab.ValidationReport, null)).Subject;
        Assert.Contains(g.Match(root, ShaclVocab.Conforms, null, null), q => q.Object.Equals(Literal.Typed("false", Vocab.Xsd.Boolean)));
        var result = Assert.Single(g.Match(root, ShaclVocab.Result, null, null)).Object;
        Term One(Iri p) => Assert.Single(g.Match(result, p, null, null)).Object;
        Assert.Equal(ShaclVocab.ValidationResult, One(Vocab.Rdf.Type));
        Assert.Equal(Iri("x"), One(ShaclVocab.FocusNode));
        Assert.Equal(Iri("p"), One(ShaclVocab.ResultPath));
        Assert.Equal(new Literal("a"), One(ShaclVocab.Value));
        Assert.IsType<BlankNode>(One(ShaclVocab.SourceShape));
        Assert.Equal(DatatypeConstraint.Iri, One(ShaclVocab.SourceConstraintComponent));
        Assert.Equal(ShaclVocab.Violation, One(ShaclVocab.ResultSeverity));
        Assert.IsType<Literal>(One(ShaclVocab.ResultMessage));
    }

    [Fact]
    public void Conforming_report_is_a_single_true()
    {
        var report = Validate("ex:S sh:targetNode ex:x ; sh:nodeKind sh:IRI .");
        Assert.True(report.Conforms);
        var quads = report.ToQuads();
        Assert.Equal(2, quads.Count);
        Assert.Contains(quads, q => q.Predicate.Equals(ShaclVocab.Conforms) && q.Object.Equals(Literal.Typed("true", Vocab.Xsd.Boolean)));
    }

    [Theory]
    [InlineData("ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:p ; sh:minCount \"one\" ] .", "sh:minCount must be a non-negative xsd:integer")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:minLenght 3 .", "unknown SHACL parameter sh:minLenght")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:property [ sh:path [ ex:p ex:q ] ] .", "is not a well-formed property path")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:p, ex:q ] .", "exactly one sh:path")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:in ex:notAList .", "not a well-formed RDF list")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:property ex:NoPath .", "has no sh:path")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:nodeKind sh:Thing .", "sh:nodeKind must be one of")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:pattern \"(\" .", "not a valid regular expression")]
    [InlineData("ex:S sh:targetNode ex:x ; sh:datatype \"xsd:string\" .", "sh:datatype must be an IRI")]
    public void Ill_formed_shapes_are_rejected_with_a_clear_message(string shapes, string expected)
    {
        var e = Assert.Throws<ShapesGraphException>(() => ShapesGraph.Load(Parse(shapes)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("shape ", e.Message, StringComparison.Ordinal);
        Assert.False(e.IsUnsupportedFeature);
    }

    [Fact]
    public void Sparql_constraints_report_each_solution_with_message_templates()
    {
        var report = Validate("""
            ex:S sh:targetNode ex:a, ex:b ; sh:sparql ex:NoSelfRecognition .
            ex:NoSelfRecognition sh:message "{$this} recognises itself"@en ; sh:select '''
                SELECT $this ?value WHERE { $this <http://example.org/recognises> ?value . FILTER (?value = $this) }''' .
            ex:a ex:recognises ex:a, ex:c .
            ex:b ex:recognises ex:c .
            """);
        var result = Assert.Single(report.Results);
        Assert.Equal(Iri("a"), result.FocusNode);
        Assert.Equal(Iri("a"), result.Value);
        Assert.Equal(SparqlConstraint.Iri, result.Component);
        Assert.Equal(Iri("NoSelfRecognition"), result.SourceConstraint);
        Assert.Equal("http://example.org/a recognises itself", Assert.Single(result.Messages).LexicalForm);
    }

    [Fact]
    public void Sparql_queries_that_defeat_pre_binding_are_rejected()
    {
        var e = Assert.Throws<ShapesGraphException>(() => ShapesGraph.Load(Parse("""
            ex:S sh:targetNode ex:x ; sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o MINUS { $this ?p 1 } }" ] .
            """)));
        Assert.Contains("MINUS", e.Message, StringComparison.Ordinal);
        Assert.False(e.IsUnsupportedFeature);
    }

    [Fact]
    public void Validation_observes_cancellation()
    {
        var ds = Parse("ex:S sh:targetClass ex:C ; sh:nodeKind sh:IRI . ex:a a ex:C .");
        var validator = new ShapeValidator(ShapesGraph.Load(ds));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(ds, null, cts.Token));
    }

    [Fact]
    public void A_named_graph_can_be_the_data_graph()
    {
        var shapes = Parse("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .");
        var data = new Dataset();
        var g = Iri("g");
        data.Add(Iri("a"), Vocab.Rdf.Type, Iri("C"), g);
        data.Add(Iri("b"), Vocab.Rdf.Type, Iri("C"));
        var validator = new ShapeValidator(ShapesGraph.Load(shapes));
        Assert.Equal(["ex:a MinCount -"], Summary(validator.Validate(data, g)));
        Assert.Equal(["ex:b MinCount -"], Summary(validator.Validate(data)));
    }
}
