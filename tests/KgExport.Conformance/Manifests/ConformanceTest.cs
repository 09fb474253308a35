using KgExport.Rdf;

namespace KgExport.Conformance;

/// <summary>
/// One test entry of a W3C manifest. <see cref="Action"/> and <see cref="Result"/> are the mf:action / mf:result
/// terms (IRIs, or blank nodes whose details are in <see cref="Manifest"/>); <see cref="Value"/> and
/// <see cref="Values"/> read any other property of the entry.
/// </summary>
public sealed record ConformanceTest(
    string Id,
    IReadOnlyList<string> Types,
    string Name,
    Term Node,
    Term? Action,
    Term? Result,
    Dataset Manifest,
    string ManifestPath,
    TestLocations Locations)
{
    /// <summary>The single object of a property of this test (or of <paramref name="subject"/>), or null.</summary>
    public Term? Value(string predicateIri, Term? subject = null) =>
        Manifest.Match(subject ?? Node, new Iri(predicateIri), null, null).Select(q => q.Object).FirstOrDefault();

    /// <summary>Every object of a property of this test (or of <paramref name="subject"/>), in a stable order.</summary>
    public IReadOnlyList<Term> Values(string predicateIri, Term? subject = null) =>
        [.. Manifest.Match(subject ?? Node, new Iri(predicateIri), null, null).Select(q => q.Object).Order(TermComparer.Instance)];

    /// <summary>The local file behind an IRI of the manifest (e.g. an action document).</summary>
    public string LocalPath(Term iri) => iri is Iri i
        ? Locations.ToLocalPath(i.Value)
        : throw new InvalidOperationException($"{Id}: expected a file IRI, found {iri}");

    public string ActionPath => LocalPath(Action ?? throw new InvalidOperationException($"{Id}: no mf:action"));

    public string ResultPath => LocalPath(Result ?? throw new InvalidOperationException($"{Id}: no mf:result"));

    /// <summary>The base IRI for parsing the action: its published IRI (the manifest's mf:assumedTestBase view).</summary>
    public string ActionBaseIri => Action is Iri i ? i.Value : throw new InvalidOperationException($"{Id}: mf:action is not an IRI");

    public override string ToString() => Id;
}
