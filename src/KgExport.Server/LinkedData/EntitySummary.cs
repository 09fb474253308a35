using KgExport.Ontology;
using KgExport.Rdf;
using static KgExport.Server.LinkedData.StoreLookups;

namespace KgExport.Server.LinkedData;

/// <summary>
/// The opening sentences of an entity's page: what it is, who recognised it (or withdrew), whom it recognised, each
/// with the date, drawn from its recognition timeline.
/// </summary>
public static class EntitySummary
{
    private const int NamesPerSentence = 12;

    private static readonly (Iri Class, string Phrase)[] Kinds =
    [
        (Terms.Class.BreakawayEntity, "a breakaway entity, a state with limited or no recognition"),
        (Terms.Class.State, "a state"),
        (Terms.Class.Region, "a region"),
        (Terms.Class.Person, "a person"),
        (Terms.Class.NewsAgency, "a news agency"),
        (Terms.Class.Embassy, "an embassy"),
        (Terms.Class.Organisation, "an organisation"),
        (Terms.Class.Channel, "a channel"),
        (Terms.Class.Platform, "a platform"),
        (Terms.Class.Article, "a news article"),
    ];

    public static IReadOnlyList<Sentence> Describe(Dataset dataset, Iri entity, RecognitionTimeline timeline)
    {
        var sentences = new List<Sentence>();
        var name = NameOf(dataset, entity);
        if (Kinds.FirstOrDefault(k => HasType(dataset, entity, k.Class)).Phrase is { } kind)
        {
            var s = new Sentence().Text(EnglishNames.AtStart(name) + " is " + kind);
            var wikidata = Objects(dataset, entity, Terms.SameAs).OfType<Iri>().Where(i => i.Value.StartsWith("http://www.wikidata.org/entity/", StringComparison.Ordinal))
                .OrderBy(i => i.Value, StringComparer.Ordinal).FirstOrDefault();
            if (wikidata is not null) s.Text(" (Wikidata ").Name(wikidata.Value["http://www.wikidata.org/entity/".Length..], wikidata).Text(")");
            sentences.Add(s.Text("."));
        }
        var e = timeline.Entries;
        Add(sentences, "Recognised by ", e.Where(x => x.Received(entity) && !x.Withdrawal).ToList(), entity);
        Add(sentences, "Recognition withdrawn by ", e.Where(x => x.Received(entity) && x.Withdrawal).ToList(), entity);
        Add(sentences, "It recognised ", e.Where(x => !x.Received(entity) && !x.Withdrawal).ToList(), entity);
        Add(sentences, "It withdrew its recognition of ", e.Where(x => !x.Received(entity) && x.Withdrawal).ToList(), entity);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string opening, List<TimelineEntry> entries, Iri entity)
    {
        if (entries.Count == 0) return;
        var shown = entries.Take(NamesPerSentence).ToList();
        var s = new Sentence().Text(opening);
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0) s.Text(i == shown.Count - 1 && shown.Count == entries.Count ? " and " : ", ");
            s.Name(EnglishNames.InSentence(shown[i].CounterpartName(entity)), shown[i].Counterpart(entity)).Text($" ({shown[i].Date?.Short ?? "no date given"})");
        }
        var more = entries.Count - shown.Count;
        if (more > 0) s.Text($", and {more} more in the timeline");
        sentences.Add(s.Text("."));
    }
}
