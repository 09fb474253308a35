using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>The object of a changed statement: a term, or a blank node shown as the description it carries.</summary>
public abstract record DiffValue;

/// <summary>An IRI or a literal (or a blank node that cannot be shown nested, by its stable label).</summary>
public sealed record TermValue(Term Term) : DiffValue;

/// <summary>
/// A blank node that only this statement refers to, shown as its properties (Turtle's <c>[ p o ; ... ]</c>), so a
/// reviewer sees what it says rather than a label that means nothing outside one file.
/// </summary>
public sealed record BlankNodeValue(IReadOnlyList<BlankNodeProperty> Properties) : DiffValue;

/// <summary>One property of a <see cref="BlankNodeValue"/>.</summary>
public sealed record BlankNodeProperty(Iri Predicate, DiffValue Value);
