using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;
using KgExport.Extraction.Facts;

namespace KgExport.Extraction.Patterns;

/// <summary>Annexation: "X's (2014) annexation of Y", "the annexation of Y by X", "X annexed Y".</summary>
public static class AnnexationPatterns
{
    public static void Apply(PatternContext c)
    {
        var a = c.A;
        for (var i = 0; i < a.Count; i++)
        {
            if (a.IsQuoted(i)) continue;
            var w = a.Lower(i);
            if (w == "annexation" && a.Lower(i + 1) == "of") Nominal(c, i);
            else if (w is "annexed" or "annexes" or "annex") Verb(c, i);
        }
    }

    private static void Nominal(PatternContext c, int n)
    {
        var a = c.A;
        var annexed = Territory(c, n + 2, out var last);
        if (annexed is null) return;
        // possessor, with a year or adjectives between: "Russia's 2014 annexation"
        var k = n - 1;
        Dates.DateMention? inner = null;
        while (k >= 0 && k >= n - 4)
        {
            if (a.DateEndingAt(k) is { } d)
            {
                inner = d;
                k = d.First - 1;
                continue;
            }
            if (a.Lower(k) is "illegal" or "illegitimate" or "forcible" or "formal" or "de" or "facto" or "attempted" or "unrecognised" or "unrecognized") k--;
            else break;
        }
        List<string> annexers;
        int first;
        if (a.Lower(k) == "'s" && a.EndingAt(k - 1) is { } owner && owner.Kind != MentionKind.Adjective)
        {
            annexers = c.Polities([owner]);
            first = owner.First;
        }
        else if (a.Lower(last + 1) == "by" && a.StartingAt(last + 2) is { } agent)
        {
            annexers = c.Polities([agent]);
            first = n;
            last = agent.Last;
        }
        else if (a.EndingAt(k) is { Kind: MentionKind.Adjective } adjective)
        {
            annexers = [.. adjective.Entities]; // "the Russian annexation of Crimea"
            first = adjective.First;
        }
        else return;
        if (a.Lower(k - 2) is "no" or "not" || a.Lower(first - 1) is "no" or "against") return;
        var date = inner is not null ? Dates.DateAssigner.Resolve(a, inner, c.Published, c.Discourse) : c.Date(n);
        Emit(c, annexers.Where(x => c.Gazetteer.ById(x)?.IsPolity == true), annexed, date, c.Evidence(first, last), 0.85);
    }

    private static void Verb(PatternContext c, int v)
    {
        var a = c.A;
        if (!ArgumentReader.IsAsserted(a, v) || a.Lower(v - 1) is "was" or "were" or "been" or "is") return;
        if (ArgumentReader.Subject(a, v) is not { } subject) return;
        var annexed = Territory(c, v + 1, out var last);
        if (annexed is null) return;
        Emit(c, c.Polities(subject.Items), annexed, c.Date(v), c.ClauseEvidence(subject.First, v) is var e && e.End >= c.A[last].End ? e : c.Evidence(subject.First, last), 0.85);
    }

    private static string? Territory(PatternContext c, int k, out int last)
    {
        var a = c.A;
        if (a.Lower(k) == "the") k++;
        last = k;
        var m = a.StartingAt(k);
        if (m is null || m.Kind is MentionKind.Adjective or MentionKind.Person || m.Entities.Count != 1) return null;
        last = m.Last;
        var kind = c.Gazetteer.ById(m.Entities[0])?.Kind;
        return kind is Facts.EntityType.Region or Facts.EntityType.State or Facts.EntityType.BreakawayEntity ? m.Entities[0] : null;
    }

    private static void Emit(PatternContext c, IEnumerable<string> annexers, string annexed, Dates.DateResolution date, EvidenceSpan evidence, double confidence)
    {
        foreach (var x in annexers)
        {
            if (x == annexed) continue;
            var f = new AnnexationFinding(x, annexed) { Date = date.Date, DateNote = date.Note, Confidence = confidence };
            f.Evidence.Add(evidence);
            c.Findings.Add(f);
        }
    }
}
