using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>One sh:ValidationResult. <see cref="Path"/> and <see cref="Value"/> are null where the spec has none.</summary>
public sealed record ValidationResult(
    Term FocusNode,
    PropertyPath? Path,
    Term? Value,
    Term SourceShape,
    Iri Component,
    Iri Severity,
    IReadOnlyList<Literal> Messages)
{
    /// <summary>The sh:sparql node a SHACL-SPARQL result came from (sh:sourceConstraint); null otherwise.</summary>
    public Term? SourceConstraint { get; init; }
}
