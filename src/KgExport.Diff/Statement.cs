using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>One removed or added statement about a named node, its object possibly a nested blank node.</summary>
internal readonly record struct Statement(GraphKey Graph, Term Subject, Iri Predicate, DiffValue Value);
