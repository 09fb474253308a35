using KgExport.Extraction.Findings;
using KgExport.Extraction.Gazetteer;
using KgExport.Extraction.Mentions;
using KgExport.Facts;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Quotations and their speakers: "X said, \"...\"", "\"...,\" X said", "According to KCNA, \"...\"", a quotation
/// alone in its sentence continuing the previous speaker, and short quoted phrases in reported speech ("he hoped for
/// \"fruitful cooperation\""). The medium is the channel or agency named with the verb ("wrote on his Telegram
/// channel", "told Reuters", "according to KCNA").
/// </summary>
public static class QuotePatterns
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "declared", "declares", "wrote", "writes", "told", "tells", "added", "adds", "stated", "states", "emphasised", "emphasized",
        "hoped", "refers", "called", "described", "claimed", "claiming", "insisted", "warned", "shouted",
    };

    public static void Apply(PatternContext c, List<QuoteFinding> quotes)
    {
        var a = c.A;
        var i = 0;
        while (i < a.Count)
        {
            if (a[i].Text != "\"" || !a.Sentence.InQuote[i])
            {
                i++;
                continue;
            }
            var open = i;
            var close = open + 1;
            while (close < a.Count && a[close].Text != "\"") close++;
            i = close + 1;
            if (close == open + 1) continue;
            var last = Math.Min(close, a.Count) - 1;
            var start = a[open].End;
            var end = close < a.Count ? a[close].Start : a[last].End;
            var text = a.Text[start..end].TrimEnd(',', ' ');
            var (speaker, medium, evidenceFirst) = Speaker(c, open, close, quotes);
            if (speaker is null) continue;
            var q = new QuoteFinding(speaker, text, medium, quotes.Count + 1) { Confidence = 0.8 };
            q.Evidence.Add(c.Evidence(Math.Min(evidenceFirst, open), Math.Min(close, a.Count - 1)));
            quotes.Add(q);
        }
    }

    private static (string? Speaker, string? Medium, int EvidenceFirst) Speaker(PatternContext c, int open, int close, List<QuoteFinding> quotes)
    {
        var a = c.A;
        // a speech verb before the quotation, outside quotes
        for (var v = open - 1; v >= 0; v--)
        {
            if (a.Sentence.InQuote[v] && a[v].Text != "\"") break;
            var w = a.Lower(v);
            if (w == "according" && a.Lower(v + 1) == "to" && a.StartingAt(v + 2) is { } source && Entity(c, source) is { } agency)
            {
                return (agency, c.Gazetteer.ById(agency)?.Kind == EntityType.NewsAgency ? agency : null, v);
            }
            if (!SpeechVerbs.Contains(w)) continue;
            if (ArgumentReader.Subject(a, v) is not { } subject || subject.Items.Count != 1 || Entity(c, subject.Items[0]) is not { } who) continue;
            return (who, Medium(c, v), subject.First);
        }
        // after it: "\"...,\" X said" / "\"...,\" said X"
        if (close + 2 < a.Count && a.StartingAt(close + 1) is { } after && SpeechVerbs.Contains(a.Lower(after.Last + 1)) && Entity(c, after) is { } speakerAfter)
        {
            return (speakerAfter, Medium(c, after.Last + 1), open);
        }
        // a sentence that is only a quotation continues the previous speaker
        if (open == 0 && close >= a.Count - 2 && quotes.Count > 0 && quotes[^1].Evidence.Count > 0 && quotes[^1].Evidence[^1].End >= a[0].Start - 3)
        {
            return (quotes[^1].Speaker, quotes[^1].Medium, open);
        }
        return (null, null, open);
    }

    private static string? Entity(PatternContext c, Mention m) => m.Kind switch
    {
        MentionKind.Person => m.Entities[0],
        MentionKind.Named or MentionKind.SingularReference when m.Entities.Count == 1 => m.Entities[0],
        _ => null,
    };

    /// <summary>"wrote on his Telegram channel" (the channel), "told Reuters" (the agency).</summary>
    private static string? Medium(PatternContext c, int verb)
    {
        var a = c.A;
        if (a.Lower(verb) is "told" or "tells" && a.StartingAt(verb + 1) is { } told && told.Entities.Count == 1 && c.Gazetteer.ById(told.Entities[0])?.Kind == EntityType.NewsAgency)
        {
            return told.Entities[0];
        }
        for (var k = verb + 1; k < a.Count && k <= verb + 8; k++)
        {
            if (a.Lower(k) == "telegram" && a.Lower(k + 1) is "channel" or "page" or "account" && ArgumentReader.Subject(a, verb) is { } s
                && s.Items.FirstOrDefault(m => m.Kind == MentionKind.Person) is { } person)
            {
                return person.Entities[0] + "-telegram-" + a.Lower(k + 1);
            }
        }
        return null;
    }
}
