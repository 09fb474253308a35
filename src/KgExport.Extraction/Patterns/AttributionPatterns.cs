using KgExport.Extraction.Findings;
using KgExport.Extraction.Gazetteer;
using KgExport.Extraction.Mentions;
using KgExport.Facts;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Whom a sentence credits: "according to KCNA", "the North's official news agency", "the news agency KCNA
/// confirmed on Thursday that ...", "X wrote on his Telegram channel". The facts of the sentence are attributed to
/// those sources, or to the article's publisher when the sentence names none.
/// </summary>
public static class AttributionPatterns
{
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "confirmed", "confirms", "reported", "reports", "said", "says", "announced", "announces", "stated", "quoted",
    };

    public static void Apply(PatternContext c, SourceRegistry sources, string? publisherSource)
    {
        var a = c.A;
        var found = new List<string>();
        for (var i = 0; i < a.Count; i++)
        {
            if (a.IsQuoted(i)) continue;
            var w = a.Lower(i);
            if (w == "according" && a.Lower(i + 1) == "to")
            {
                var k = i + 2;
                while (k < a.Count && a[k].Text is not ("," or ".") && a.ClauseOf[k] == a.ClauseOf[i])
                {
                    if (Agency(c, k, out var last) is { } agency)
                    {
                        // "According to KCNA" whole; an agency later in the list by its own words
                        found.Add(sources.Add("src-" + agency, SourceType.AgencyReport, agency, agency, null, c.Evidence(k == i + 2 ? i : k, last)));
                        k = last + 1;
                    }
                    else k++;
                }
            }
            else if (ReportingVerbs.Contains(w) && ArgumentReader.Subject(a, i) is { } subject)
            {
                var agencyMention = subject.Items.FirstOrDefault(m => m.Entities.Count == 1 && c.Gazetteer.ById(m.Entities[0])?.Kind == EntityType.NewsAgency);
                if (agencyMention is null) continue;
                var agency = agencyMention.Entities[0];
                var date = c.Date(i).Date;
                var from = subject.First;
                while (from > 0)
                {
                    if (a.EndingAt(from - 1) is { Kind: MentionKind.Adjective } adjective) from = adjective.First;
                    else if (a.Lower(from - 1) is "the" or "official" or "state" or "news" or "agency") from--;
                    else break;
                }
                found.Add(sources.Add("src-" + agency, SourceType.AgencyReport, agency, agency, date, c.Evidence(from, DateEnd(a, i))));
            }
            else if (w == "wrote" && a.Lower(i + 1) == "on" && a.Lower(i + 2) is "his" or "her" or "its" or "their" && a.Lower(i + 3) == "telegram" && a.Lower(i + 4) is "channel" or "page" or "account")
            {
                if (ArgumentReader.Subject(a, i) is not { } writer) continue;
                var person = writer.Items.FirstOrDefault(m => m.Kind == MentionKind.Person)?.Entities[0];
                if (person is null) continue;
                var name = c.Persons.First(p => p.Id == person).Name;
                var channel = person + "-telegram-" + a.Lower(i + 4);
                if (!sources.Channels.Any(e => e.Id == channel))
                {
                    sources.Channels.Add(new ExtractedEntity(channel, name + "'s Telegram " + a.Lower(i + 4), EntityType.Channel, null, [], "telegram", person));
                }
                var personFirst = a.Mentions.First(m => m.Kind == MentionKind.Person && m.Entities[0] == person).First;
                found.Add(sources.Add("src-" + channel, SourceType.Post, person, channel, null, c.Evidence(personFirst, i + 4)));
            }
        }
        var credited = found.Count > 0 ? found.Distinct().ToList() : publisherSource is null ? [] : [publisherSource];
        foreach (var id in c.Findings.FromCurrentSentence)
        {
            if (c.Findings.Find(id) is not { } f) continue;
            foreach (var s in credited)
            {
                if (!f.AttributedTo.Contains(s)) f.AttributedTo.Add(s);
            }
        }
    }

    /// <summary>The news agency named at token <paramref name="k"/>: by name, or "the North's official news agency".</summary>
    private static string? Agency(PatternContext c, int k, out int last)
    {
        var a = c.A;
        last = k;
        if (a.StartingAt(k) is null && a.Lower(k) == "the") k++;
        if (a.StartingAt(k) is { } m && m.Entities.Count == 1)
        {
            var entry = c.Gazetteer.ById(m.Entities[0]);
            if (entry?.Kind == EntityType.NewsAgency)
            {
                last = m.Last;
                return entry.Id;
            }
            if (entry?.IsPolity == true || m.Kind == MentionKind.SingularReference)
            {
                // "the North's official news agency", "the official North Korean news agency"
                var j = m.Last + 1;
                if (a.Lower(j) == "'s") j++;
                while (a.Lower(j) is "official" or "state" or "state-run") j++;
                if (a.Lower(j) == "news" && a.Lower(j + 1) == "agency" && c.Gazetteer.AgencyOf(m.Entities[0]) is { } agency)
                {
                    last = j + 1;
                    return agency.Id;
                }
            }
        }
        if (a.Lower(k) is "official" or "state" && a.StartingAt(k + 1) is { Kind: MentionKind.Adjective } adjective && a.Lower(adjective.Last + 1) == "news" && a.Lower(adjective.Last + 2) == "agency"
            && c.Gazetteer.AgencyOf(adjective.Entities[0]) is { } byAdjective)
        {
            last = adjective.Last + 2;
            if (a.StartingAt(last + 1) is { } named && named.Entities.Count == 1 && named.Entities[0] == byAdjective.Id) last = named.Last;
            return byAdjective.Id;
        }
        return null;
    }

    /// <summary>The reporting verb and a date right after it ("confirmed on Thursday").</summary>
    private static int DateEnd(SentenceAnalysis a, int verb) =>
        a.Lower(verb + 1) == "on" && a.Dates.FirstOrDefault(d => d.First == verb + 2) is { } d ? d.Last : verb;
}
