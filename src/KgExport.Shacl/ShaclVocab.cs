using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>IRIs of the SHACL vocabulary (and the few RDFS terms SHACL relies on).</summary>
public static class ShaclVocab
{
    public const string Namespace = "http://www.w3.org/ns/shacl#";

    public static Iri Sh(string local) => new(Namespace + local);

    public static readonly Iri NodeShape = Sh("NodeShape");
    public static readonly Iri PropertyShape = Sh("PropertyShape");
    public static readonly Iri ValidationReport = Sh("ValidationReport");
    public static readonly Iri ValidationResult = Sh("ValidationResult");

    public static readonly Iri TargetNode = Sh("targetNode");
    public static readonly Iri TargetClass = Sh("targetClass");
    public static readonly Iri TargetSubjectsOf = Sh("targetSubjectsOf");
    public static readonly Iri TargetObjectsOf = Sh("targetObjectsOf");

    public static readonly Iri Path = Sh("path");
    public static readonly Iri InversePath = Sh("inversePath");
    public static readonly Iri AlternativePath = Sh("alternativePath");
    public static readonly Iri ZeroOrMorePath = Sh("zeroOrMorePath");
    public static readonly Iri OneOrMorePath = Sh("oneOrMorePath");
    public static readonly Iri ZeroOrOnePath = Sh("zeroOrOnePath");

    public static readonly Iri Severity = Sh("severity");
    public static readonly Iri Message = Sh("message");
    public static readonly Iri Deactivated = Sh("deactivated");
    public static readonly Iri Violation = Sh("Violation");
    public static readonly Iri Warning = Sh("Warning");
    public static readonly Iri Info = Sh("Info");

    public static readonly Iri Conforms = Sh("conforms");
    public static readonly Iri Result = Sh("result");
    public static readonly Iri FocusNode = Sh("focusNode");
    public static readonly Iri ResultPath = Sh("resultPath");
    public static readonly Iri Value = Sh("value");
    public static readonly Iri SourceShape = Sh("sourceShape");
    public static readonly Iri SourceConstraintComponent = Sh("sourceConstraintComponent");
    public static readonly Iri ResultSeverity = Sh("resultSeverity");
    public static readonly Iri ResultMessage = Sh("resultMessage");

    public static readonly Iri Iri = Sh("IRI");
    public static readonly Iri BlankNode = Sh("BlankNode");
    public static readonly Iri Literal = Sh("Literal");
    public static readonly Iri BlankNodeOrIri = Sh("BlankNodeOrIRI");
    public static readonly Iri BlankNodeOrLiteral = Sh("BlankNodeOrLiteral");
    public static readonly Iri IriOrLiteral = Sh("IRIOrLiteral");

    public static readonly Iri Sparql = Sh("sparql");
    public static readonly Iri ConstraintComponent = Sh("ConstraintComponent");
    public static readonly Iri Parameter = Sh("parameter");

    public static class Rdfs
    {
        public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";
        public static readonly Iri Class = new(Namespace + "Class");
        public static readonly Iri SubClassOf = new(Namespace + "subClassOf");
        public static readonly Iri Label = new(Namespace + "label");
    }
}
