using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Patterns;

/// <summary>What a fact pattern needs while reading one sentence.</summary>
public sealed class PatternContext(
    SentenceAnalysis analysis,
    Discourse discourse,
    PublicationDate published,
    GazetteerTable gazetteer,
    List<Person> persons,
    FindingSet findings)
{
    public SentenceAnalysis A { get; } = analysis;
    public Discourse Discourse { get; } = discourse;
    public PublicationDate Published { get; } = published;
    public GazetteerTable Gazetteer { get; } = gazetteer;
    public List<Person> Persons { get; } = persons;
    public FindingSet Findings { get; } = findings;

    /// <summary>The states and breakaway entities a list of mentions stands for (a person stands for the state whose office they hold).</summary>
    public List<string> Polities(IEnumerable<Mention> mentions)
    {
        var result = new List<string>();
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Adjective || m.Kind == MentionKind.Reciprocal) continue;
            foreach (var id in m.Entities)
            {
                var polity = m.Kind == MentionKind.Person ? Persons.FirstOrDefault(p => p.Id == id)?.Of : id;
                if (polity is not null && Gazetteer.ById(polity)?.IsPolity == true && !result.Contains(polity)) result.Add(polity);
            }
        }
        return result;
    }

    /// <summary>Entities of any kind a list of mentions stands for (for annexed regions).</summary>
    public List<string> Entities(IEnumerable<Mention> mentions) =>
        mentions.Where(m => m.Kind is not (MentionKind.Adjective or MentionKind.Person or MentionKind.Reciprocal)).SelectMany(m => m.Entities).Distinct().ToList();

    public string? PersonIn(IEnumerable<Mention> mentions) =>
        mentions.FirstOrDefault(m => m.Kind == MentionKind.Person)?.Entities.FirstOrDefault();

    public EvidenceSpan Evidence(int first, int last)
    {
        var (start, end) = A.Span(first, last);
        return new EvidenceSpan(start, end, A.Text[start..end]);
    }

    /// <summary>Evidence from <paramref name="first"/> to the end of the clause holding <paramref name="trigger"/>.</summary>
    public EvidenceSpan ClauseEvidence(int first, int trigger)
    {
        var (_, last) = A.ClauseRange(trigger);
        return Evidence(first, last);
    }

    public DateResolution Date(int trigger, int subjectFirst = -1) => DateAssigner.Resolve(A, trigger, Published, Discourse, subjectFirst);
}
