using KgExport.Ontology;
using KgExport.Rdf;
using static KgExport.Server.LinkedData.StoreLookups;

namespace KgExport.Server.LinkedData;

/// <summary>A quoted span of an article that shows a fact: the exact text, and the article it comes from.</summary>
public sealed record EvidenceQuote(string Exact, Iri? Article, string? Headline);

/// <summary>One page of a resource's statements: page numbers start at 1; <see cref="Size"/> rows of each list.</summary>
public sealed record ResourcePaging(int Page, int Size);

/// <summary>
/// What the store says about one IRI, across all graphs: its statements out and in, the labels of everything they
/// mention, and the evidence quotes behind it. Read once under the lock, then rendered as HTML or RDF. Read with a
/// <see cref="ResourcePaging"/> it holds one page of each list (a hub node can have millions of statements).
/// </summary>
public sealed class ResourceDescription
{
    private ResourceDescription(Iri subject) => Subject = subject;

    public Iri Subject { get; }

    /// <summary>The page held (1 when unpaged).</summary>
    public int Page { get; private init; } = 1;

    /// <summary>Whether a later page has more statements out or in.</summary>
    public bool HasNextPage { get; private set; }

    public List<Triple> Outgoing { get; } = [];

    public List<Triple> Incoming { get; } = [];

    public List<EvidenceQuote> Evidence { get; } = [];

    public Dictionary<Term, string> Labels { get; } = [];

    /// <summary>How many triples the named graph of this IRI holds (0 when it names no graph).</summary>
    public int GraphSize { get; private init; }

    public bool IsKnown => Outgoing.Count > 0 || Incoming.Count > 0 || GraphSize > 0;

    public string? Label => Labels.GetValueOrDefault(Subject);

    public List<Term> Types { get; } = [];

    /// <summary>The opening sentences: the fact told in English, or what an entity is and who recognised it.</summary>
    public List<Sentence> Summary { get; } = [];

    /// <summary>A title for a fact without a label: the fact as a noun phrase ("Russia's annexation of Crimea (2014)").</summary>
    public string? Title { get; private set; }

    /// <summary>The recognitions and withdrawals the resource takes part in (empty for a fact or an article).</summary>
    public RecognitionTimeline? Timeline { get; private set; }

    public static ResourceDescription Read(Dataset dataset, Iri subject, ResourcePaging? paging = null)
    {
        var d = new ResourceDescription(subject) { Page = paging?.Page ?? 1, GraphSize = dataset.HasGraph(subject) ? dataset.Estimate(null, null, null, subject) : 0 };
        d.Outgoing.AddRange(d.PageOf(Distinct(AllGraphs(dataset, subject, null, null)), paging));
        d.Incoming.AddRange(d.PageOf(Distinct(AllGraphs(dataset, null, null, subject)), paging));
        d.Types.AddRange(Objects(dataset, subject, Terms.Type).OrderBy(t => t, TermComparer.Instance).Take(paging?.Size ?? int.MaxValue));
        foreach (var term in d.Outgoing.SelectMany(t => new[] { t.Predicate, t.Object }).Concat(d.Incoming.SelectMany(t => new[] { t.Subject, t.Predicate })).Concat(d.Types).Append(subject).Distinct())
        {
            if (term is Iri && LabelOf(dataset, term) is { } label) d.Labels[term] = label;
        }
        // Evidence, the summary and the timeline belong to the resource, not to a page: shown on the first.
        if (d.Page > 1) return d;
        // Sentences and the timeline are for the HTML page (read with paging), not for RDF.
        if (paging is not null)
        {
            d.Summary.AddRange(FactSentences.Describe(dataset, subject));
            if (FactSentences.NounPhrase(dataset, subject) is { } phrase) d.Title = char.ToUpperInvariant(phrase[0]) + phrase[1..];
        }
        if (paging is not null && d.Summary.Count == 0)
        {
            var timeline = RecognitionTimeline.Read(dataset, subject, paging.Size);
            if (!timeline.IsEmpty) d.Timeline = timeline;
            d.Summary.AddRange(EntitySummary.Describe(dataset, subject, timeline));
        }
        // A fact's evidence is its claims'; a claim's (or source's) is its own.
        var evidenceHolders = ClaimsAbout(dataset, subject).Prepend(subject);
        foreach (var evidence in evidenceHolders.SelectMany(h => Objects(dataset, h, Terms.Evidence)).Distinct().Take(paging?.Size ?? int.MaxValue))
        {
            foreach (var span in Objects(dataset, evidence, Terms.Oa.HasTarget))
            {
                var article = Objects(dataset, span, Terms.Oa.HasSource).OfType<Iri>().FirstOrDefault();
                var headline = article is null ? null : Objects(dataset, article, Terms.Headline).OfType<Literal>().FirstOrDefault()?.LexicalForm;
                foreach (var selector in Objects(dataset, span, Terms.Oa.HasSelector))
                {
                    foreach (var exact in Objects(dataset, selector, Terms.Oa.Exact).OfType<Literal>())
                    {
                        d.Evidence.Add(new EvidenceQuote(exact.LexicalForm, article, headline));
                    }
                }
            }
        }
        var unique = d.Evidence.Distinct().OrderBy(e => e.Exact, StringComparer.Ordinal).ToList();
        d.Evidence.Clear();
        d.Evidence.AddRange(unique);
        return d;
    }

    private List<Triple> PageOf(List<Triple> all, ResourcePaging? paging)
    {
        if (paging is null) return all;
        var skip = (long)(paging.Page - 1) * paging.Size;
        if (all.Count > skip + paging.Size) HasNextPage = true;
        return skip >= all.Count ? [] : all.GetRange((int)skip, (int)Math.Min(paging.Size, all.Count - skip));
    }

    /// <summary>The statements as quads in the default graph, for Turtle / JSON-LD.</summary>
    public IEnumerable<Quad> Quads() => Outgoing.Concat(Incoming).Distinct().Select(t => t.InGraph(null));

    private static List<Triple> Distinct(IEnumerable<Quad> quads) =>
        quads.Select(q => new Triple(q.Subject, q.Predicate, q.Object)).Distinct()
            .OrderBy(t => t.Predicate, TermComparer.Instance).ThenBy(t => t.Subject, TermComparer.Instance).ThenBy(t => t.Object, TermComparer.Instance).ToList();
}
