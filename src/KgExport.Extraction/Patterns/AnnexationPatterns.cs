using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Annexation: "X annexed Y (and Z)", "Y was (later illegally) annexed by X", "Y was incorporated into X",
/// "X's (2014) annexation of Y", "the annexation of Y by X", "X declared its annexation of Y". The
/// <see cref="Governor"/> decides whether the clause states it and who acts.
/// </summary>
public static class AnnexationPatterns
{
    private static readonly HashSet<string> NounModifiers = new(StringComparer.Ordinal)
    {
        "illegal", "illegitimate", "forcible", "formal", "de", "facto", "unrecognised", "unrecognized", "unilateral", "subsequent", "full",
        "military", "its", "their", "the",
    };

    public static void Apply(PatternContext c)
    {
        var a = c.A;
        DateLawActs(c);
        for (var i = 0; i < a.Count; i++)
        {
            if (a.IsQuoted(i)) continue;
            var w = a.Lower(i);
            if (w == "annexation" && a.Lower(i + 1) == "of") Nominal(c, i);
            else if (Lexicon.Annex.Contains(w)) Verb(c, i);
            else if (w is "extended" or "extends" or "applied" or "applies" or "imposed" or "imposes") ExtendedLaw(c, i);
            else if (w is "declared" or "declares" or "proclaimed" or "proclaims" or "made" or "makes") DeclaredProvince(c, i);
            else if (w is "became" or "becomes") BecamePart(c, i);
            else if (w == "annexation" && a.Lower(i + 1) == "by") PossessedNominal(c, i);
        }
    }

    private static void Nominal(PatternContext c, int n)
    {
        var a = c.A;
        var (annexed, last) = Territories(c, n + 2);
        if (annexed.Count == 0) return;
        var k = n - 1;
        Dates.DateMention? inner = null;
        while (k >= 0 && k >= n - 5)
        {
            if (a.DateEndingAt(k) is { } d)
            {
                inner = d;
                k = d.First - 1;
                continue;
            }
            if (NounModifiers.Contains(a.Lower(k)) && a.Lower(k) is not ("its" or "their" or "the")) k--;
            // "Iraq's invasion and annexation of Kuwait": a noun coordinated before it shares its owner
            else if (a.Lower(k) == "and" && a.Lower(k - 1) is "invasion" or "occupation" or "conquest" or "seizure" or "capture") k -= 2;
            else break;
        }
        List<string> annexers;
        int first;
        if (a.Lower(k) == "'s" && a.EndingAt(k - 1) is { } owner && owner.Kind != MentionKind.Adjective)
        {
            annexers = c.Polities([owner]);
            first = owner.First;
        }
        else if (a.Lower(last + 1) == "by" && (a.StartingAt(last + 2) ?? (a.Lower(last + 2) == "the" ? a.StartingAt(last + 3) : null)) is { } agent)
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
        else
        {
            // "Russia declared its annexation of ...": the governing verb's subject
            var v = k;
            while (v >= 0 && a.Lower(v) is "its" or "their" or "the" or "a") v--;
            // "announced on 30 September the annexation of ..."
            inner ??= a.DateEndingAt(v);
            v = a.BeforeDate(v);
            if (v < 0 || a.Lower(v) is not ("declared" or "announced" or "proclaimed" or "completed" or "formalised" or "formalized" or "carried" or "finalised" or "finalized")) return;
            if (Governor.Govern(a, v) is not { } frame || c.Actor(frame) is not { } subject) return;
            annexers = c.Polities(subject.Items);
            first = subject.First;
        }
        if (a.Lower(k - 2) is "no" or "not" || a.Lower(first - 1) is "no" or "against" or "recognise" or "recognize" || !Stated(a, first)) return;
        var date = inner is not null ? Dates.DateAssigner.Resolve(a, inner, c.Published, c.Discourse) : c.Date(n, first);
        Emit(c, annexers.Where(x => c.Gazetteer.ById(x)?.IsPolity == true), annexed, date, c.Evidence(first, last), 0.8);
    }

    private static void Verb(PatternContext c, int v)
    {
        var a = c.A;
        if (Governor.Govern(a, v) is not { } frame) return;
        // "integrated" annexes only in the passive with a state after "into": "East Timor was integrated into Indonesia"
        if (a.Lower(v) == "integrated" && !frame.Passive) return;
        if (frame.Passive)
        {
            if (ArgumentReader.Subject(a, v) is not { } patient) return;
            var annexedP = Territories(c, patient.Items);
            if (annexedP.Count == 0) return;
            var k = v + 1;
            // "was annexed in 1898 by the United States": a date between the verb and its agent
            if (a.DatedPhraseAt(k) is { } dated) k = dated.Last + 1;
            if (a.Lower(k) is "by" or "into" && a.Lower(k) is var prep && !(a.Lower(v) == "integrated" && prep == "by"))
            {
                var (agents, _, last) = ArgumentReader.ListRight(a, k + 1);
                // "integrated into Russia's economy": a thing of the state, not the state
                if (a.Lower(last + 1) is "'s" or "'") return;
                Emit(c, c.Polities(agents), annexedP, c.Date(v, patient.First), c.Evidence(patient.First, last), frame.Confidence * (prep == "by" ? 0.95 : 0.85));
            }
            return;
        }
        if (c.Actor(frame) is not { } subject) return;
        var (annexed, lastT) = Territories(c, v + 1);
        if (annexed.Count == 0) return;
        c.LastActor = subject;
        Emit(c, c.Polities(subject.Items), annexed, c.Date(v, subject.First), c.Evidence(Math.Min(subject.First, v), lastT), frame.Confidence);
    }

    private static readonly HashSet<string> LawNouns = new(StringComparer.Ordinal)
    {
        "law", "laws", "jurisdiction", "administration", "sovereignty", "rule", "legislation",
    };

    private static readonly HashSet<string> ProvinceNouns = new(StringComparer.Ordinal)
    {
        "province", "governorate", "region", "oblast", "territory", "state", "district", "county", "prefecture", "republic",
    };

    /// <summary>"Israel extended its laws, jurisdiction and administration to the Golan Heights": what annexing a territory is.</summary>
    private static void ExtendedLaw(PatternContext c, int v)
    {
        var a = c.A;
        var k = v + 1;
        // whose law: "its"/"their" (the subject's), or named: "Israel's government and laws", "Israeli law"
        Mention? owner = null;
        if (a.Lower(k) is "its" or "their") k++;
        else
        {
            // "the Republic of Fiji's laws"
            if (a.Lower(k) == "the" && a.StartingAt(k) is null) k++;
            if (a.StartingAt(k) is not { Kind: MentionKind.Named or MentionKind.Adjective } named || named.Entities.Count != 1) return;
            owner = named;
            k = named.Last + 1;
            if (a.Lower(k) is "'s" or "'") k++;
            else if (named.Kind == MentionKind.Named) return;
        }
        var nouns = 0;
        while (k < a.Count && (LawNouns.Contains(a.Lower(k)) || a.Lower(k) is "," or "and" or "full" or "civil" or "national" or "government"))
        {
            if (LawNouns.Contains(a.Lower(k))) nouns++;
            k++;
        }
        if (nouns == 0 || a.Lower(k) is not ("to" or "over")) return;
        var (annexed, last) = Territories(c, k + 1);
        // a whole state given another's laws is annexed too ("Iraq extended its laws to Kuwait"), but not the owner itself
        if (owner is not null) annexed.RemoveAll(owner.Entities.Contains);
        if (annexed.Count == 0 || Governor.Govern(a, v) is not { Passive: false } frame) return;
        if (owner is not null)
        {
            // "the law which applies Israel's government and laws to the Golan Heights": the owner of the laws annexes
            var date = c.Date(v, owner.First);
            var acts = Emit(c, [.. owner.Entities.Where(e => c.Gazetteer.ById(e)?.IsPolity == true)], annexed, date, c.Evidence(v, last), frame.Confidence * 0.8);
            if (date.Date is null && acts.Count > 0) c.Discourse.UndatedLawActs = (a.Sentence.Index, acts);
            return;
        }
        if (c.Actor(frame) is not { } subject) return;
        Emit(c, c.Polities(subject.Items), annexed, c.Date(v, subject.First), c.Evidence(Math.Min(subject.First, v), last), frame.Confidence * 0.85);
    }

    /// <summary>
    /// "Sikkim became the 22nd state of India in 1975", "Crimea became part of Russia": a territory that becomes a
    /// constituent part of a state is incorporated into it.
    /// </summary>
    private static void BecamePart(PatternContext c, int v)
    {
        var a = c.A;
        var k = v + 1;
        if (a.Lower(k) is "the" or "a" or "an") k++;
        if (Governor.IsOrdinalWord(a.Lower(k))) k++;
        if (a.Lower(k) is "constituent" or "federal" or "autonomous" or "integral") k++;
        if (a.StartingAt(k) is { Kind: MentionKind.Adjective }) return; // "became the first Russian region": no state named after "of"
        if (!(a.Lower(k) == "part" || ProvinceNouns.Contains(a.Lower(k))) || a.Lower(k + 1) != "of") return;
        var at = a.Lower(k + 2) == "the" && a.StartingAt(k + 2) is null ? k + 3 : k + 2;
        if (a.StartingAt(at) is not { Kind: MentionKind.Named } owner || c.Polities([owner]) is not [var annexer] || c.Gazetteer.ById(annexer)?.Kind != Facts.EntityType.State) return;
        if (ArgumentReader.Subject(a, v) is not { } subject || Governor.Govern(a, v) is not { Passive: false } frame) return;
        var annexed = Territories(c, subject.Items);
        annexed.Remove(annexer);
        if (annexed.Count == 0) return;
        Emit(c, [annexer], annexed, c.Date(v, subject.First), c.Evidence(subject.First, owner.Last), frame.Confidence * 0.8);
    }

    /// <summary>"Kuwait's annexation by Iraq in 1990": the possessor is annexed, the by-phrase annexes.</summary>
    private static void PossessedNominal(PatternContext c, int n)
    {
        var a = c.A;
        if (a.Lower(n - 1) is not ("'s" or "'") || a.EndingAt(n - 2) is not { Kind: MentionKind.Named } patient) return;
        var at = a.Lower(n + 2) == "the" && a.StartingAt(n + 2) is null ? n + 3 : n + 2;
        if (a.StartingAt(at) is not { Kind: MentionKind.Named } agent) return;
        var annexed = Territories(c, [patient]);
        if (annexed.Count == 0 || !Stated(a, patient.First) || a.Lower(patient.First - 1) is "no" or "against" or "recognise" or "recognize") return;
        Emit(c, c.Polities([agent]).Where(x => c.Gazetteer.ById(x)?.IsPolity == true), annexed, c.Date(n, patient.First), c.Evidence(patient.First, agent.Last), 0.8);
    }

    /// <summary>"Iraq declared Kuwait its 19th province": a state made a province of another is annexed.</summary>
    private static void DeclaredProvince(PatternContext c, int v)
    {
        var a = c.A;
        if (Governor.IsPassive(a, v))
        {
            DeclaredProvinceOf(c, v);
            return;
        }
        var at = a.StartingAt(v + 1) is null && a.Lower(v + 1) == "the" ? v + 2 : v + 1;
        if (a.StartingAt(at) is not { Kind: MentionKind.Named } annexedMention || annexedMention.Entities.Count != 1) return;
        var k = annexedMention.Last + 1;
        if (a.Lower(k) == "as") k++;
        if (a.Lower(k) is not ("its" or "their" or "a" or "an" or "the")) return;
        var found = Enumerable.Range(k + 1, 3).Any(j => ProvinceNouns.Contains(a.Lower(j))); // "its 19th province"
        if (!found || Governor.Govern(a, v) is not { Passive: false } frame || c.Actor(frame) is not { } subject) return;
        var annexed = Territories(c, [annexedMention]);
        Emit(c, c.Polities(subject.Items), annexed, c.Date(v, subject.First), c.Evidence(Math.Min(subject.First, v), Math.Min(a.Count - 1, k + 3)), frame.Confidence * 0.85);
    }

    /// <summary>"Kuwait was proclaimed the 19th governorate of Iraq": the state after "of" annexes the subject.</summary>
    private static void DeclaredProvinceOf(PatternContext c, int v)
    {
        var a = c.A;
        var k = v + 1;
        if (a.Lower(k) is "as") k++;
        if (a.Lower(k) is not ("the" or "a" or "an")) return;
        k++;
        if (Governor.IsOrdinalWord(a.Lower(k)) || a[k].Kind == Text.TokenKind.Number) k++;
        if (!ProvinceNouns.Contains(a.Lower(k)) || a.Lower(k + 1) != "of") return;
        var at = a.Lower(k + 2) == "the" && a.StartingAt(k + 2) is null ? k + 3 : k + 2;
        if (a.StartingAt(at) is not { Kind: MentionKind.Named } owner || c.Polities([owner]) is not [var annexer] || c.Gazetteer.ById(annexer)?.Kind != Facts.EntityType.State) return;
        if (ArgumentReader.Subject(a, v) is not { } subject || Governor.Govern(a, v) is not { } frame) return;
        var annexed = Territories(c, subject.Items);
        annexed.Remove(annexer);
        Emit(c, [annexer], annexed, c.Date(v, subject.First), c.Evidence(subject.First, owner.Last), frame.Confidence * 0.8);
    }

    /// <summary>Regions and states listed from <paramref name="k"/> ("the Golan Heights", "Crimea and Sevastopol").</summary>
    private static (List<string> Territories, int Last) Territories(PatternContext c, int k)
    {
        var a = c.A;
        while (a.StartingAt(k) is null && a.Lower(k) is "the" or "formally" or "officially" or "de" or "facto" or "also") k++;
        // "(an undefined) area in and around X", "parts of X": only named regions inside a state, never the whole state
        var partitive = false;
        for (var p = k; p < Math.Min(a.Count, k + 6) && a.StartingAt(p) is null; p++)
        {
            if (!Partitives.Contains(a.Lower(p))) continue;
            // the first named region within a few tokens ("areas in and around four Ukrainian oblasts, Donetsk, ...")
            for (var q = p + 1; q < Math.Min(a.Count, p + 9) && a.Lower(q) is not ("by" or "from" or "." or ";"); q++)
            {
                if (a.StartingAt(q) is { Kind: MentionKind.Named } m && m.Entities.Count == 1 && c.Gazetteer.ById(m.Entities[0])?.Kind is Facts.EntityType.Region or Facts.EntityType.BreakawayEntity)
                {
                    k = q;
                    partitive = true;
                    break;
                }
            }
            break;
        }
        // "four Ukrainian regions: Donetsk, Luhansk, ...": a described group named by the list after its colon
        for (var p = k; !partitive && p < Math.Min(a.Count, k + 6); p++)
        {
            if (a.StartingAt(p) is { Kind: not (MentionKind.Adjective or MentionKind.PluralReference) }) break;
            if (a.Lower(p) == ":" && a.StartingAt(p + 1) is { Kind: MentionKind.Named })
            {
                k = p + 1;
                break;
            }
        }
        if (TerritoryReferent(c, k) is { } referent) return ([referent], k);
        var (items, _, last) = ArgumentReader.ListRight(a, k);
        var found = Territories(c, items);
        if (partitive) found.RemoveAll(e => c.Gazetteer.ById(e)?.Kind is not (Facts.EntityType.Region or Facts.EntityType.BreakawayEntity));
        return (found, last);
    }

    private static readonly HashSet<string> Partitives = new(StringComparer.Ordinal)
    {
        "area", "areas", "part", "parts", "portion", "portions", "territory", "territories", "swathes", "swaths",
        "half", "halves", "third", "thirds", "two-thirds", "quarter", "most", "bulk", "rest", "remainder",
    };

    /// <summary>Common nouns that refer back to a region already named ("annexed the territory", "the peninsula").</summary>
    private static readonly HashSet<string> TerritoryNouns = new(StringComparer.Ordinal)
    {
        "territory", "region", "peninsula", "enclave", "province", "island", "islands", "archipelago", "heights", "strip",
    };

    /// <summary>
    /// "in 1981 it annexed the territory", "effectively annexing the peninsula": a definite territory noun with no name
    /// after it means the region named last, earlier in this sentence or in the text before.
    /// </summary>
    private static string? TerritoryReferent(PatternContext c, int k)
    {
        var a = c.A;
        if (a.StartingAt(k) is not null || !TerritoryNouns.Contains(a.Lower(k)) || a.Lower(k - 1) != "the") return null;
        if (a.Lower(k + 1) is "of" or "'s" || a.StartingAt(k + 1) is not null) return null;
        foreach (var m in a.Mentions.Where(m => m.Last < k - 1 && m.Kind == MentionKind.Named && m.Entities.Count == 1).Reverse())
        {
            if (c.Gazetteer.ById(m.Entities[0])?.Kind == Facts.EntityType.Region) return m.Entities[0];
        }
        return c.Discourse.LastRegion;
    }

    private static List<string> Territories(PatternContext c, List<Mention> items) =>
        [.. items.Where(m => m.Kind is not (MentionKind.Adjective or MentionKind.Person) && m.Entities.Count == 1)
            .Select(m => m.Entities[0])
            .Where(e => c.Gazetteer.ById(e)?.Kind is Facts.EntityType.Region or Facts.EntityType.State or Facts.EntityType.BreakawayEntity)
            .Distinct()];

    /// <summary>Not "opposed X's annexation of Y", "calls for the annexation".</summary>
    private static bool Stated(SentenceAnalysis a, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (a.Lower(k) is "for" or "against" or "oppose" or "opposed" or "opposes" or "possible" or "potential" or "planned" or "proposed" or "future" or "threatened" or "no" or "not") return false;
        }
        return true;
    }

    private static List<AnnexationFinding> Emit(PatternContext c, IEnumerable<string> annexers, List<string> annexed, Dates.DateResolution date, EvidenceSpan evidence, double confidence)
    {
        var made = new List<AnnexationFinding>();
        foreach (var x in annexers)
        {
            foreach (var y in annexed)
            {
                if (x == y) continue;
                var f = new AnnexationFinding(x, y) { Date = date.Date, DateNote = date.Note, Confidence = Math.Round(confidence, 2) };
                f.Evidence.Add(evidence);
                c.Findings.Add(f);
                made.Add(f);
            }
        }
        return made;
    }

    /// <summary>
    /// "The Golan Heights Law ... applies Israel's laws to the Golan Heights. It was ratified by the Knesset on December 14,
    /// 1981.": the law the sentence before spoke of took effect when it was passed, and so did the annexation it made.
    /// </summary>
    private static void DateLawActs(PatternContext c)
    {
        var a = c.A;
        if (c.Discourse.UndatedLawActs is not { } pending || pending.Sentence != a.Sentence.Index - 1) return;
        c.Discourse.UndatedLawActs = null;
        var k = a.Lower(0) == "it" ? 1 : -1;
        if (k < 0 || a.Lower(k) != "was") return;
        k++;
        while (a.Lower(k) is "formally" or "officially" or "finally" or "then" or "later") k++;
        if (a.Lower(k) is not ("passed" or "ratified" or "adopted" or "enacted" or "approved") || Governor.Govern(a, k) is null) return;
        var date = c.Date(k, 0);
        if (date.Date is null) return;
        foreach (var act in pending.Acts.Where(x => x.Date is null))
        {
            act.Date = date.Date;
            act.DateNote = $"the date the law was {a[k].Text}: {date.Date}";
            act.Evidence.Add(c.Evidence(0, Math.Min(a.Count - 1, k + 1)));
        }
    }
}
