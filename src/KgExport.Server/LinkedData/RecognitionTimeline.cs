using KgExport.Ontology;
using KgExport.Rdf;
using static KgExport.Server.LinkedData.StoreLookups;

namespace KgExport.Server.LinkedData;

/// <summary>A source a fact is told by: whom it is attributed to, and the article that cites it.</summary>
public sealed record SourceMention(string Name, Term Attribution, Iri? Article, string? Headline);

/// <summary>One recognition or withdrawal that involves the entity of a page, with its sources.</summary>
public sealed record TimelineEntry(
    Iri Act,
    bool Withdrawal,
    bool Government,
    Term Recogniser,
    string RecogniserName,
    Term Recognised,
    string RecognisedName,
    FactDateText? Date,
    IReadOnlyList<SourceMention> Sources)
{
    /// <summary>The other party, seen from the entity whose timeline this is.</summary>
    public Term Counterpart(Term entity) => Recogniser.Equals(entity) ? Recognised : Recogniser;

    public string CounterpartName(Term entity) => Recogniser.Equals(entity) ? RecognisedName : RecogniserName;

    /// <summary>Whether the entity is the one recognised (else it is the recogniser).</summary>
    public bool Received(Term entity) => Recognised.Equals(entity);
}

/// <summary>
/// Who recognised an entity or withdrew the recognition, or whom it recognised, when, and according to which
/// sources: read from <c>kg:RecognitionAct</c> nodes, the <c>kg:accordingTo</c> sources of the claims about them and the articles citing
/// them. Dated entries in date order, then the undated ones, each group by name.
/// </summary>
public sealed class RecognitionTimeline
{
    private RecognitionTimeline(Term entity, List<TimelineEntry> entries, int total)
    {
        Entity = entity;
        Entries = entries;
        Total = total;
    }

    public Term Entity { get; }

    public IReadOnlyList<TimelineEntry> Entries { get; }

    /// <summary>How many acts involve the entity (more than <see cref="Entries"/> when they were cut at the limit).</summary>
    public int Total { get; }

    public bool IsEmpty => Total == 0;

    public static RecognitionTimeline Read(Dataset dataset, Term entity, int limit)
    {
        var acts = Subjects(dataset, Terms.Recognised, entity).Concat(Subjects(dataset, Terms.Recogniser, entity))
            .OfType<Iri>().Distinct().Where(a => HasType(dataset, a, Terms.Class.RecognitionAct)).ToList();
        var entries = acts.Select(a => Entry(dataset, a))
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Earliest).ThenBy(e => e.Date?.Latest)
            .ThenBy(e => e.CounterpartName(entity), StringComparer.Ordinal).ThenBy(e => e.Act.Value, StringComparer.Ordinal)
            .ToList();
        return new RecognitionTimeline(entity, entries.Take(limit).ToList(), entries.Count);
    }

    private static TimelineEntry Entry(Dataset dataset, Iri act)
    {
        var recogniser = Object(dataset, act, Terms.Recogniser) ?? act;
        var recognised = Object(dataset, act, Terms.Recognised) ?? act;
        return new TimelineEntry(
            act,
            FactSentences.IsWithdrawal(dataset, act),
            AllGraphs(dataset, act, Terms.RecognitionKind, Terms.Value.GovernmentRecognition).Any(),
            recogniser,
            NameOf(dataset, recogniser),
            recognised,
            NameOf(dataset, recognised),
            FactSentences.DateOf(dataset, act),
            Sources(dataset, act));
    }

    /// <summary>Each source of the act with the article citing it; an act without sources is told by its article(s).</summary>
    private static List<SourceMention> Sources(Dataset dataset, Iri act)
    {
        var mentions = new List<SourceMention>();
        foreach (var source in ClaimObjects(dataset, act, Terms.AccordingTo))
        {
            var article = Object(dataset, source, Terms.CitedIn) as Iri;
            foreach (var by in Objects(dataset, source, Terms.WasAttributedTo))
            {
                mentions.Add(new SourceMention(ShortNameOf(dataset, by) ?? NameOf(dataset, by), by, article, HeadlineOf(dataset, article)));
            }
        }
        if (mentions.Count == 0)
        {
            foreach (var claim in ClaimsAbout(dataset, act))
            {
                foreach (var by in Objects(dataset, claim, Terms.WasAttributedTo))
                {
                    foreach (var article in Objects(dataset, claim, Terms.WasDerivedFrom).OfType<Iri>().DefaultIfEmpty())
                    {
                        mentions.Add(new SourceMention(ShortNameOf(dataset, by) ?? NameOf(dataset, by), by, article, HeadlineOf(dataset, article)));
                    }
                }
            }
        }
        // As the sentences name them: institutions before the people quoted.
        return mentions.Distinct().OrderBy(m => HasType(dataset, m.Attribution, Terms.Class.Person)).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Article?.Value, StringComparer.Ordinal).ToList();
    }

    private static string? HeadlineOf(Dataset dataset, Iri? article) =>
        article is null ? null : Objects(dataset, article, Terms.Headline).OfType<Literal>().Select(l => l.LexicalForm).Order(StringComparer.Ordinal).FirstOrDefault();
}
