using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Server.LinkedData;

/// <summary>
/// The reads the linked-data pages make, across all graphs: over a union default graph one index lookup per
/// pattern, else every stored graph.
/// </summary>
internal static class StoreLookups
{
    public static IEnumerable<Quad> AllGraphs(Dataset dataset, Term? subject, Term? predicate, Term? @object) =>
        dataset.DefaultGraphIsUnion ? dataset.Match(subject, predicate, @object, null) : dataset.MatchAllGraphs(subject, predicate, @object);

    public static IEnumerable<Term> Objects(Dataset dataset, Term subject, Iri predicate) =>
        AllGraphs(dataset, subject, predicate, null).Select(q => q.Object).Distinct();

    public static IEnumerable<Term> Subjects(Dataset dataset, Iri predicate, Term @object) =>
        AllGraphs(dataset, null, predicate, @object).Select(q => q.Subject).Distinct();

    public static Term? Object(Dataset dataset, Term subject, Iri predicate) =>
        Objects(dataset, subject, predicate).OrderBy(t => t, TermComparer.Instance).FirstOrDefault();

    /// <summary>The claims articles make about a fact (kg:about), in IRI order.</summary>
    public static IEnumerable<Term> ClaimsAbout(Dataset dataset, Term fact) =>
        Subjects(dataset, Terms.About, fact).OrderBy(t => t, TermComparer.Instance);

    /// <summary>What the claims about a fact say with <paramref name="predicate"/> (its dates, sources, ordinals), each value once.</summary>
    public static IEnumerable<Term> ClaimObjects(Dataset dataset, Term fact, Iri predicate) =>
        ClaimsAbout(dataset, fact).SelectMany(c => Objects(dataset, c, predicate)).Distinct();

    /// <summary>The first (in term order) of what the claims about a fact say with <paramref name="predicate"/>, or null.</summary>
    public static Term? ClaimObject(Dataset dataset, Term fact, Iri predicate) =>
        ClaimObjects(dataset, fact, predicate).OrderBy(t => t, TermComparer.Instance).FirstOrDefault();

    public static bool HasType(Dataset dataset, Term subject, Iri type) =>
        AllGraphs(dataset, subject, Terms.Type, type).Any();

    /// <summary>The English label (else any label) of a term, or null.</summary>
    public static string? LabelOf(Dataset dataset, Term term)
    {
        var labels = Objects(dataset, term, Terms.Label).OfType<Literal>().OrderBy(l => l.LexicalForm, StringComparer.Ordinal).ToList();
        return (labels.FirstOrDefault(l => string.Equals(l.Language, "en", StringComparison.OrdinalIgnoreCase)) ?? labels.FirstOrDefault())?.LexicalForm;
    }

    /// <summary>
    /// How a source is named in "according to ...": the short form readers know when the term has an
    /// all-capitals alternative label of two to six letters ("KCNA" for the Korean Central News Agency), else its label.
    /// </summary>
    public static string? ShortNameOf(Dataset dataset, Term term)
    {
        var acronym = Objects(dataset, term, Terms.AltLabel).OfType<Literal>().Select(l => l.LexicalForm)
            .Where(s => s.Length is >= 2 and <= 6 && s.All(c => c is >= 'A' and <= 'Z'))
            .OrderBy(s => s, StringComparer.Ordinal).FirstOrDefault();
        return acronym ?? LabelOf(dataset, term);
    }

    /// <summary>The label, else the IRI's last segment (so a sentence always has a name to show).</summary>
    public static string NameOf(Dataset dataset, Term term) =>
        LabelOf(dataset, term) ?? (term is Iri iri ? LastSegment(iri.Value) : NTriplesFormatter.Format(term));

    private static string LastSegment(string iri)
    {
        var cut = iri.LastIndexOfAny(['/', '#']);
        return cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..] : iri;
    }
}
