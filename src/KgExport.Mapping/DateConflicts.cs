using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>Finds the facts of a dataset whose claims disagree on the date (every graph read, in IRI order).</summary>
public static class DateConflicts
{
    private static readonly HashSet<Iri> Read = [Terms.About, Terms.Date, Terms.EarliestDate, Terms.LatestDate, Terms.WasDerivedFrom, Terms.ArticleId];

    /// <summary>Whether <see cref="Find"/> reads the quad: a streaming export keeps only these.</summary>
    public static bool Reads(Quad quad) => Read.Contains(quad.Predicate);

    public static IReadOnlyList<DateConflict> Find(Dataset dataset, CancellationToken cancellationToken = default)
    {
        var byFact = new SortedDictionary<string, (Iri Fact, HashSet<ClaimedDate> Dates)>(StringComparer.Ordinal);
        foreach (var about in dataset.MatchAllGraphs(null, Terms.About, null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (about.Object is not Iri fact) continue;
            if (One(dataset, about.Subject, Terms.Date) is not Literal date
                || Day(One(dataset, about.Subject, Terms.EarliestDate)) is not { } earliest
                || Day(One(dataset, about.Subject, Terms.LatestDate)) is not { } latest) continue;
            var article = One(dataset, about.Subject, Terms.WasDerivedFrom) is { } a && One(dataset, a, Terms.ArticleId) is Literal id ? id.LexicalForm : "?";
            if (!byFact.TryGetValue(fact.Value, out var entry)) byFact[fact.Value] = entry = (fact, []);
            entry.Dates.Add(new ClaimedDate(article, date.LexicalForm, earliest, latest));
        }
        var conflicts = new List<DateConflict>();
        foreach (var (fact, dates) in byFact.Values)
        {
            var ordered = dates.OrderBy(d => d.Earliest).ThenBy(d => d.Latest).ThenBy(d => d.Article, StringComparer.Ordinal).ToList();
            // Ranges all overlap pairwise exactly when the latest start is on or before the earliest end.
            if (ordered.Max(d => d.Earliest) > ordered.Min(d => d.Latest)) conflicts.Add(new DateConflict(fact, ordered));
        }
        return conflicts;
    }

    private static Term? One(Dataset dataset, Term subject, Iri predicate) =>
        dataset.MatchAllGraphs(subject, predicate, null).Select(q => q.Object).OrderBy(t => t, TermComparer.Instance).FirstOrDefault();

    private static DateOnly? Day(Term? term) =>
        term is Literal l && DateOnly.TryParseExact(l.LexicalForm, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
