using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>IRIs of the SHACL vocabulary (and the few RDFS terms SHACL relies on).</summary>
public static class ShaclVocab
{
    /// <summary>The SHACL namespace, <c>http://www.w3.org/ns/shacl#</c>.</summary>
    public const string Namespace = "http://www.w3.org/ns/shacl#";

    /// <summary>The SHACL term <c>sh:</c><paramref name="local"/>.</summary>
    public static Iri Sh(string local) => new(Namespace + local);

    /// <summary><c>sh:NodeShape</c>.</summary>
    public static readonly Iri NodeShape = Sh("NodeShape");
    /// <summary><c>sh:PropertyShape</c>.</summary>
    public static readonly Iri PropertyShape = Sh("PropertyShape");
    /// <summary><c>sh:ValidationReport</c>.</summary>
    public static readonly Iri ValidationReport = Sh("ValidationReport");
    /// <summary><c>sh:ValidationResult</c>.</summary>
    public static readonly Iri ValidationResult = Sh("ValidationResult");

    /// <summary><c>sh:targetNode</c>.</summary>
    public static readonly Iri TargetNode = Sh("targetNode");
    /// <summary><c>sh:targetClass</c>.</summary>
    public static readonly Iri TargetClass = Sh("targetClass");
    /// <summary><c>sh:targetSubjectsOf</c>.</summary>
    public static readonly Iri TargetSubjectsOf = Sh("targetSubjectsOf");
    /// <summary><c>sh:targetObjectsOf</c>.</summary>
    public static readonly Iri TargetObjectsOf = Sh("targetObjectsOf");

    /// <summary><c>sh:path</c>.</summary>
    public static readonly Iri Path = Sh("path");
    /// <summary><c>sh:inversePath</c>.</summary>
    public static readonly Iri InversePath = Sh("inversePath");
    /// <summary><c>sh:alternativePath</c>.</summary>
    public static readonly Iri AlternativePath = Sh("alternativePath");
    /// <summary><c>sh:zeroOrMorePath</c>.</summary>
    public static readonly Iri ZeroOrMorePath = Sh("zeroOrMorePath");
    /// <summary><c>sh:oneOrMorePath</c>.</summary>
    public static readonly Iri OneOrMorePath = Sh("oneOrMorePath");
    /// <summary><c>sh:zeroOrOnePath</c>.</summary>
    public static readonly Iri ZeroOrOnePath = Sh("zeroOrOnePath");

    /// <summary><c>sh:severity</c>.</summary>
    public static readonly Iri Severity = Sh("severity");
    /// <summary><c>sh:message</c>.</summary>
    public static readonly Iri Message = Sh("message");
    /// <summary><c>sh:deactivated</c>.</summary>
    public static readonly Iri Deactivated = Sh("deactivated");
    /// <summary><c>sh:Violation</c>.</summary>
    public static readonly Iri Violation = Sh("Violation");
    /// <summary><c>sh:Warning</c>.</summary>
    public static readonly Iri Warning = Sh("Warning");
    /// <summary><c>sh:Info</c>.</summary>
    public static readonly Iri Info = Sh("Info");

    /// <summary><c>sh:conforms</c>.</summary>
    public static readonly Iri Conforms = Sh("conforms");
    /// <summary><c>sh:result</c>.</summary>
    public static readonly Iri Result = Sh("result");
    /// <summary><c>sh:focusNode</c>.</summary>
    public static readonly Iri FocusNode = Sh("focusNode");
    /// <summary><c>sh:resultPath</c>.</summary>
    public static readonly Iri ResultPath = Sh("resultPath");
    /// <summary><c>sh:value</c>.</summary>
    public static readonly Iri Value = Sh("value");
    /// <summary><c>sh:sourceShape</c>.</summary>
    public static readonly Iri SourceShape = Sh("sourceShape");
    /// <summary><c>sh:sourceConstraintComponent</c>.</summary>
    public static readonly Iri SourceConstraintComponent = Sh("sourceConstraintComponent");
    /// <summary><c>sh:resultSeverity</c>.</summary>
    public static readonly Iri ResultSeverity = Sh("resultSeverity");
    /// <summary><c>sh:resultMessage</c>.</summary>
    public static readonly Iri ResultMessage = Sh("resultMessage");

    /// <summary><c>sh:IRI</c>.</summary>
    public static readonly Iri Iri = Sh("IRI");
    /// <summary><c>sh:BlankNode</c>.</summary>
    public static readonly Iri BlankNode = Sh("BlankNode");
    /// <summary><c>sh:Literal</c>.</summary>
    public static readonly Iri Literal = Sh("Literal");
    /// <summary><c>sh:BlankNodeOrIRI</c>.</summary>
    public static readonly Iri BlankNodeOrIri = Sh("BlankNodeOrIRI");
    /// <summary><c>sh:BlankNodeOrLiteral</c>.</summary>
    public static readonly Iri BlankNodeOrLiteral = Sh("BlankNodeOrLiteral");
    /// <summary><c>sh:IRIOrLiteral</c>.</summary>
    public static readonly Iri IriOrLiteral = Sh("IRIOrLiteral");

    /// <summary><c>sh:sparql</c>.</summary>
    public static readonly Iri Sparql = Sh("sparql");
    /// <summary><c>sh:ConstraintComponent</c>.</summary>
    public static readonly Iri ConstraintComponent = Sh("ConstraintComponent");
    /// <summary><c>sh:parameter</c>.</summary>
    public static readonly Iri Parameter = Sh("parameter");

    /// <summary>The RDFS terms SHACL relies on (class membership, labels).</summary>
    public static class Rdfs
    {
        /// <summary>The RDFS namespace, <c>http://www.w3.org/2000/01/rdf-schema#</c>.</summary>
        public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";
        /// <summary><c>rdfs:Class</c>.</summary>
        public static readonly Iri Class = new(Namespace + "Class");
        /// <summary><c>rdfs:subClassOf</c>.</summary>
        public static readonly Iri SubClassOf = new(Namespace + "subClassOf");
        /// <summary><c>rdfs:label</c>.</summary>
        public static readonly Iri Label = new(Namespace + "label");
    }
}
