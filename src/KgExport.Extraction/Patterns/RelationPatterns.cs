using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Diplomatic relations broken off or established, read from the clause around a trigger:
/// a verb with relations as its object ("X severed diplomatic ties with Y", "X and Y established relations",
/// "X opened relations with Y"), relations as the subject of a passive or of "began" ("diplomatic relations between
/// X and Y were restored in 1990"), a noun ("the establishment of diplomatic relations between X and Y",
/// "announced a break in relations with Y", "the X–Y normalisation agreement was signed"), or a switch of
/// relations ("switched ties from Taipei to Beijing"). A severance answering a recognition ("in response to",
/// "for recognising") is linked to it and, without a date of its own, dated by it.
/// </summary>
public static class RelationPatterns
{
    private enum Family
    {
        Severance,
        Establishment,
    }

    private static readonly HashSet<string> Beginning = new(StringComparer.Ordinal) { "began", "begun", "started", "commenced", "resumed", "were", "was" };

    private static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal) { "agreement", "agreements", "deal", "accord", "accords", "treaty", "declaration", "communique", "communiqué", "protocol" };

    public static void Apply(PatternContext c)
    {
        var a = c.A;
        var sawRelations = false;
        for (var v = 0; v < a.Count; v++)
        {
            var w = a.Lower(v);
            if (Lexicon.RelationNouns.Contains(w)) sawRelations = true; // quoted or not: "them" may refer to them
            if (a.IsQuoted(v)) continue;
            if (Lexicon.Sever.Contains(w) || Lexicon.Establish.Contains(w) || Lexicon.Switch.Contains(w)) Verb(c, v);
            else if (w is "began" or "begun" or "started" or "commenced") Passive(c, v);
            else if (Lexicon.Ditch.Contains(w)) Ditch(c, v);
            if (Lexicon.SeverNouns.Contains(w) || Lexicon.EstablishNouns.Contains(w)) Nominal(c, v);
            else if (Lexicon.RelationNouns.Contains(w)) SignedFor(c, v);
        }
        if (sawRelations) c.Discourse.RelationsSentence = a.Sentence.Index;
        NoteRelationsPartner(c);
    }

    /// <summary>
    /// Remembers whose relations this sentence spoke of: the one partner of its severances, else the
    /// one state named after "relations/ties with" (in a decision, a call or a plan too: "the decision by several states
    /// to sever relations with Qatar").
    /// </summary>
    private static void NoteRelationsPartner(PatternContext c)
    {
        var a = c.A;
        var current = c.Findings.FromCurrentSentence;
        var partners = c.Findings.Severances.Where(x => current.Contains(x.Id)).Select(x => x.With).Distinct().ToList();
        if (partners is [var reported])
        {
            c.Discourse.RelationsPartner = (a.Sentence.Index, reported);
            return;
        }
        if (partners.Count == 0 && c.RelationsPartners(a.Count).Distinct().ToList() is [var named]) c.Discourse.RelationsPartner = (a.Sentence.Index, named);
    }

    /// <summary>The partner of relations the text spoke of in this sentence or the one before, when none of <paramref name="actors"/>.</summary>
    private static string? RecentPartner(PatternContext c, List<string> actors) =>
        c.Discourse.RelationsPartner is var (sentence, partner) && sentence >= c.A.Sentence.Index - 1 && !actors.Contains(partner) ? partner : null;

    /// <summary>"restored them", "broke them off": "them" are the relations just spoken of (in this sentence or the one before).</summary>
    private static bool ThemAreRelations(SentenceAnalysis a, int v, Discourse discourse) =>
        a.Lower(v + 1) == "them" && RelationsJustNamed(a, v, discourse);

    /// <summary>Whether relations or ties were named in the sentence before, or in this one before <paramref name="before"/>.</summary>
    private static bool RelationsJustNamed(SentenceAnalysis a, int before, Discourse discourse) =>
        discourse.RelationsSentence == a.Sentence.Index - 1 || Enumerable.Range(0, before).Any(i => Lexicon.RelationNouns.Contains(a.Lower(i)));

    private static Family? FamilyOf(string verb) =>
        Lexicon.Establish.Contains(verb) ? Family.Establishment : Lexicon.Sever.Contains(verb) ? Family.Severance : null;

    /// <summary>The relations noun after a verb (skipping "off", modifiers), or -1; -2 when the relations are not diplomatic ("economic ties").</summary>
    private static int RelationsAfter(SentenceAnalysis a, int k)
    {
        var n = 0;
        while (k < a.Count && n++ < 6 && !Lexicon.RelationNouns.Contains(a.Lower(k)))
        {
            // "political and diplomatic relations", "economic and diplomatic ties": the diplomatic ones among them
            if (a.Lower(k + 1) is "and" or "," && a.Lower(k + 2) is "diplomatic" or "consular" && a[k].Kind == Text.TokenKind.Word)
            {
                k += 2;
                continue;
            }
            if (Lexicon.OtherRelations.Contains(a.Lower(k))) return -2;
            // "ending six decades of ties", "after 70 years of diplomatic relations": how long the relations lasted
            if (DurationOf(a, k) is { } afterDuration)
            {
                k = afterDuration;
                continue;
            }
            // "severed his country's diplomatic relations with Moscow": the actor's own relations
            if (a.Lower(k) is "his" or "her" or "its" or "their" or "the" && a.Lower(k + 1) is "country" or "nation" or "government" or "country's" && a.Lower(k + 2) is "'s" or "'")
            {
                k += 3;
                continue;
            }
            // "severs “diplomatic relations” with Taiwan": scare quotes around the relations
            if (!Lexicon.RelationModifiers.Contains(a.Lower(k)) && !IsAgeModifier(a.Lower(k)) && !IsQuoteMark(a[k].Text)) return -1;
            k++;
        }
        return k < a.Count && Lexicon.RelationNouns.Contains(a.Lower(k)) ? k : -1;
    }

    /// <summary>A scare quote around the relations: "severs “diplomatic relations”", "severs 'diplomatic relations'".</summary>
    private static bool IsQuoteMark(string token) => token is "\"" or "'" or "\u2018" or "\u2019";

    /// <summary>"six decades of", "70 years of", "decades of": the index after "of", or null.</summary>
    private static int? DurationOf(SentenceAnalysis a, int k)
    {
        var unit = a.Lower(k) is "years" or "decades" or "months" ? k : a.Lower(k + 1) is "years" or "decades" or "months" && (a[k].Kind == Text.TokenKind.Number || a.Lower(k) is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "many" or "several") ? k + 1 : -1;
        return unit >= 0 && a.Lower(unit + 1) == "of" ? unit + 2 : null;
    }

    /// <summary>"decades-old", "70-year-old", "years-long": how old the relations are.</summary>
    private static bool IsAgeModifier(string w) =>
        w.EndsWith("-old", StringComparison.Ordinal) || w.EndsWith("-long", StringComparison.Ordinal) || w.EndsWith("-year", StringComparison.Ordinal);

    private static void Verb(PatternContext c, int v)
    {
        var a = c.A;
        var verb = a.Lower(v);
        var r = RelationsAfter(a, v + 1);
        if (r == -2) return;
        // "Panama broke with Taiwan": breaking with a state is breaking off relations with it
        if (r < 0 && verb is "broke" or "break" or "breaks" or "breaking" && a.Lower(v + 1) == "with" && (a.StartingAt(v + 2) ?? (a.Lower(v + 2) == "the" ? a.StartingAt(v + 3) : null)) is { Kind: MentionKind.Named } partner && c.Polities([partner]).Count == 1) r = v;
        var themRelations = false;
        if (r < 0 && ThemAreRelations(a, v, c.Discourse) && !Elided(c, v))
        {
            r = v + 1;
            themRelations = true;
        }
        if (r < 0)
        {
            if (!Elided(c, v)) Passive(c, v);
            return;
        }
        if (Governor.Govern(a, v) is not { } frame) return;
        var k = r + 1;
        if (IsQuoteMark(a[Math.Min(k, a.Count - 1)].Text)) k++;
        if (a.Lower(k) == "off") k++;
        var family = FamilyOf(verb);
        if (Lexicon.Switch.Contains(verb) && a.Lower(k) == "from")
        {
            Switch(c, v, k, frame);
            return;
        }
        // "switched ties to Beijing": relations with the new partner begin (the old one is not named)
        if (Lexicon.Switch.Contains(verb) && a.Lower(k) == "to" && !frame.Passive && c.Actor(frame) is { } switcher)
        {
            c.LastActor = switcher;
            var (news, _, newLast) = ArgumentReader.ListRight(a, k + 1);
            SwitchPartners(c, v, switcher, [], news, newLast);
            return;
        }
        if (family is null || frame.Passive) return;
        var (others, last) = Counterparts(c, k);
        var between = others.Count == 0 ? Between(c, k) : null;
        // "relations between X and Y" name both parties, whoever signed ("Mr A and Mr B exchanged notes to establish ...")
        if (c.Actor(frame) is not { } subject)
        {
            if (between is not { } named) return;
            Emit(c, family.Value, [(named.A, named.B)], c.Date(v), c.Evidence(v, Math.Max(last, r)), frame.Confidence * 0.9, v, both: true);
            return;
        }
        var direct = frame.Agents is not null || (!frame.FromPreviousClause && ArgumentReader.Subject(a, frame.Verb) is not null) || c.IsSentenceSubject(subject);
        // "X recognised Taiwan, prompting China to sever relations (with it)": the made party breaks with the one whose act made it
        var causer = frame.Caused ? c.SentenceActor() : null;
        c.LastActor = subject;
        var actors = c.Polities(subject.Items);
        var first = Math.Min(subject.First, v);
        var evidence = c.Evidence(first, Math.Max(last, r));
        var confidence = frame.Confidence * (subject.Items.Any(m => m.IsReference) ? 0.9 : 1.0);
        var date = c.Date(v, subject.First);
        if (between is { } pair) Emit(c, family.Value, [(pair.A, pair.B)], date, evidence, confidence, v, both: true);
        else if (causer is { } made && others.All(actors.Contains) && family == Family.Severance && (a.Lower(k) is not ("with" or "to") || a.Lower(k + 1) is "it" or "them" || a.StartingAt(k + 1) is { IsReference: true }))
        {
            var causers = c.Polities(made.Items);
            Emit(c, family.Value, [.. from x in actors from y in causers where x != y select (x, y)], date, c.Evidence(first, Math.Max(last, r)), confidence * 0.85, v, both: false);
        }
        else if (others.Count > 0)
        {
            Emit(c, family.Value, [.. from x in actors from y in others where x != y select (x, y)], date, evidence, confidence, v, both: false);
            MoreCounterparts(c, family.Value, actors, first, last, confidence, v);
            Again(c, family.Value, [.. from x in actors from y in others where x != y select (x, y)], first, last, confidence, v);
            if (family == Family.Severance) InFavourOf(c, actors, first, last, confidence, v);
            // "Egypt joined Saudi Arabia and Bahrain in cutting ties with Qatar": those joined did it too, when is not said
            if (frame.Followed is { } followed)
            {
                Emit(c, family.Value, [.. from x in c.Polities(followed) from y in others where x != y && !actors.Contains(x) select (x, y)], DateResolution.None, evidence, confidence * 0.85, v, both: false);
            }
        }
        else if (WithWhichAntecedent(c, subject.First) is { Count: > 0 } antecedents)
        {
            // "Uruguay becomes the 68th country with which Micronesia has established diplomatic relations"
            Emit(c, family.Value, [.. from x in actors from y in antecedents where x != y select (x, y)], date, c.Evidence(a.EndingAt(subject.First - 3)?.First ?? first, Math.Max(last, r)), confidence * 0.9, v, both: false);
        }
        else if (family == Family.Establishment && actors.Count == 1 && a.Lower(k) is not ("with" or "to") && ArgumentReader.Subject(a, frame.Verb) is null && !themRelations
            && c.Findings.Recognitions.Where(x => c.Findings.FromCurrentSentence.Contains(x.Id) && x.Recogniser == actors[0]).Select(x => x.Recognised).Distinct().ToList() is [var recognisedHere])
        {
            // "The U.S. recognized Montenegro on June 13, 2006, and established diplomatic relations on October 3": with the state it recognised
            Emit(c, family.Value, [(actors[0], recognisedHere)], date, evidence, confidence * 0.9, v, both: false);
        }
        else if (themRelations && c.LastPairs is { Count: > 0 } lastPairs && actors.Count == 1
            && lastPairs.Where(p => p.A == actors[0] || p.B == actors[0]).Select(p => p.A == actors[0] ? p.B : p.A).Distinct().ToList() is [var namedPartner])
        {
            // "restored relations with Israel in 2019, having severed them in 1972": the relations just named, with their partner
            Emit(c, family.Value, [(actors[0], namedPartner)], date, evidence, confidence * 0.9, v, both: false);
        }
        else if (actors.Count == 1 && a.Lower(k) is not ("with" or "to") && !AlsoCue(a, v, r) && !themRelations && OtherOfSentencePair(c, actors[0], v) is { } other)
        {
            // "Ukraine and Russia have had no diplomatic relations since 2022, when Kyiv broke off ties": the other of the two this sentence names
            // "Canada closed its embassy in Tehran ..., effectively severing diplomatic relations": the one state the clause before names
            Emit(c, family.Value, [(actors[0], other)], date, evidence, confidence * 0.8, v, both: false);
        }
        else if (actors.Count == 1 && a.Lower(k) is not ("with" or "to") && !AlsoCue(a, v, r) && c.Discourse.HeadlinePair is var (p1, p2) && (p1 == actors[0] || p2 == actors[0]) && !themRelations)
        {
            // "Egypt–Iran relations ... Iran broke off relations in 1980": the other of the two states the text is about
            Emit(c, family.Value, [(actors[0], p1 == actors[0] ? p2 : p1)], date, evidence, confidence * 0.8, v, both: false);
        }
        else if (between is null && family == Family.Severance && AlsoCue(a, v, r) && LastSeverancePartner(c, actors) is { } reported)
        {
            // "Saudi Arabia cut ties with Qatar. Bahrain also severed relations": the partner of the severance just reported
            Emit(c, family.Value, [.. from x in actors where x != reported select (x, reported)], date, evidence, confidence * 0.85, v, both: false);
        }
        else if (a.Lower(k) is not ("with" or "to") && !themRelations && a.StartingAt(k + 1) is not { Kind: MentionKind.Reciprocal } && RecentPartner(c, actors) is { } recent
            && (actors.Count >= 3 || OtherOfSentencePair(c, actors[0], v) is null))
        {
            // "... to sever diplomatic relations with Qatar. Saudi Arabia, Egypt and Bahrain announced that they were cutting ties. Mauritania
            // broke off relations on 7 June": with the state whose relations the text just spoke of
            Emit(c, family.Value, [.. from x in actors select (x, recent)], date, evidence, confidence * 0.75, v, both: false);
        }
        // "X and Y cut ties": with each other; three or more states that break off relations name no partner
        else if (actors.Count == 2 && direct && (a.Lower(k) is not ("with" or "to") || a.Lower(k + 1) == "effect" || a.StartingAt(k + 1) is { Kind: MentionKind.Reciprocal })) Emit(c, family.Value, [.. from x in actors from y in actors where string.CompareOrdinal(x, y) < 0 select (x, y)], date, evidence, confidence, v, both: true);
    }

    /// <summary>
    /// "X became the 13th country with which [subject] ...": the state the relative "with which" before the subject
    /// stands for (the subject of the copula before the noun), or an empty list.
    /// </summary>
    private static List<string> WithWhichAntecedent(PatternContext c, int subjectFirst)
    {
        var a = c.A;
        if (a.Lower(subjectFirst - 1) is not ("which" or "whom") || a.Lower(subjectFirst - 2) != "with") return [];
        var noun = subjectFirst - 3;
        if (a.Lower(noun) is not ("country" or "state" or "nation" or "member")) return [];
        for (var k = noun - 1; k >= Math.Max(0, noun - 5); k--)
        {
            if (a.Lower(k) is "becomes" or "became" or "become" or "is" or "was" or "remains")
            {
                var owner = k - 1;
                if (a.Lower(owner) == "has") owner--;
                return a.EndingAt(owner) is { Kind: MentionKind.Named } named ? c.Polities([named]) : [];
            }
            if (a.EndingAt(k) is not null || a.Lower(k) is "," or "and" or "of") return [];
        }
        return [];
    }

    /// <summary>
    /// The one state other than <paramref name="actor"/> that this sentence names before the trigger (by name, adjective or
    /// capital), when the sentence names exactly two; else null.
    /// </summary>
    private static string? OtherOfSentencePair(PatternContext c, string actor, int trigger)
    {
        var a = c.A;
        var named = a.Mentions.Where(m => m.Kind is MentionKind.Named or MentionKind.Adjective).SelectMany(m => c.Polities([new Mention(m.First, m.Last, MentionKind.Named) { Entities = m.Entities }])).Distinct().ToList();
        if (named.Count != 2 || !named.Contains(actor)) return null;
        var other = named[0] == actor ? named[1] : named[0];
        return a.Mentions.Any(m => m.Last < trigger && m.Entities.Contains(other)) ? other : null;
    }

    /// <summary>"also", "too", "as well", "likewise", "similarly" around the verb (to its relations noun and just after): the act repeats one just reported.</summary>
    private static bool AlsoCue(SentenceAnalysis a, int v, int relations)
    {
        var (first, last) = a.ClauseRange(v);
        for (var k = Math.Max(first, v - 3); k <= Math.Min(last, relations + 3); k++)
        {
            if (a.Lower(k) is "also" or "too" or "likewise" or "similarly" || (a.Lower(k) == "as" && a.Lower(k + 1) == "well")) return true;
        }
        return false;
    }

    /// <summary>The one state the severances reported so far broke with, when none of <paramref name="actors"/> is it; else null.</summary>
    private static string? LastSeverancePartner(PatternContext c, List<string> actors)
    {
        if (c.Findings.Severances.Count == 0) return null;
        var partner = c.Findings.Severances[^1].With;
        return actors.Contains(partner) ? null : partner;
    }

    /// <summary>"with India in 1968 and with Bangladesh in 1971": further counterparts, each with the date after it.</summary>
    private static void MoreCounterparts(PatternContext c, Family family, List<string> actors, int first, int last, double confidence, int trigger)
    {
        var a = c.A;
        var j = last + 1;
        if (a.DatedPhraseAt(j) is { } firstDate) j = firstDate.Last + 1;
        while (j < a.Count)
        {
            // "with Albania on 25 August 1992, with Andorra on 29 June 1995 and with Argentina ...": a comma or "and" before each
            var comma = a.Lower(j) == ",";
            if (comma) j++;
            if (a.Lower(j) == "and") j++;
            else if (!comma) return;
            if (a.Lower(j) != "with") return;
            var (more, _, moreLast) = ArgumentReader.ListRight(a, j + 1);
            var others = c.Polities(more);
            if (others.Count == 0) return;
            var date = Gapping.DateAt(c, moreLast + 1) ?? DateResolution.None;
            var end = a.DatedPhraseAt(moreLast + 1)?.Last ?? moreLast;
            Emit(c, family, [.. from x in actors from y in others where x != y select (x, y)], date, c.Evidence(first, end), confidence * 0.9, trigger, both: false);
            j = end + 1;
        }
    }

    /// <summary>"cut ties with Taiwan on Monday in favour of Beijing": relations with the favoured state begin as those with the other end.</summary>
    private static void InFavourOf(PatternContext c, List<string> actors, int first, int last, double confidence, int trigger)
    {
        var a = c.A;
        var k = last + 1;
        if (a.DatedPhraseAt(k) is { } dated) k = dated.Last + 1;
        if (a.Lower(k) != "in" || a.Lower(k + 1) is not ("favour" or "favor") || a.Lower(k + 2) != "of") return;
        var (news, _, newLast) = ArgumentReader.ListRight(a, k + 3);
        var favoured = c.Polities(news);
        Emit(c, Family.Establishment, [.. from x in actors from y in favoured where x != y select (x, y)], c.Date(trigger, first), c.Evidence(first, newLast), confidence * 0.85, trigger, both: false);
    }

    /// <summary>"severed relations with Iran in 2009 and again in 2018": the same act once more, on the date after "again".</summary>
    private static void Again(PatternContext c, Family family, List<(string A, string B)> pairs, int first, int last, double confidence, int trigger)
    {
        var a = c.A;
        var j = last + 1;
        if (a.DatedPhraseAt(j) is not { } firstDate) return;
        j = firstDate.Last + 1;
        while (j < a.Count)
        {
            if (a.Lower(j) == ",") j++;
            if (a.Lower(j) != "and" || a.Lower(j + 1) != "again" || a.DatedPhraseAt(j + 2) is not { } again) return;
            var date = Gapping.DateAt(c, j + 2) ?? DateResolution.None;
            Emit(c, family, pairs, date, c.Evidence(first, again.Last), confidence * 0.9, trigger, both: false);
            j = again.Last + 1;
        }
    }

    /// <summary>"X and Y established relations on <date>, and resumed (them) on <date>": a conjunct whose object is the last relation's.</summary>
    private static bool Elided(PatternContext c, int v)
    {
        var a = c.A;
        var k = v - 1;
        while (k >= 0 && ArgumentReader.IsVerbGroupWord(a.Lower(k)) && a.EndingAt(k) is null) k--;
        // "established relations with X in 1964, broke them off in 1966 and restored them in 1972": a list of conjuncts
        if (a.Lower(k) is not ("and" or "but" or ",") || c.LastPairs is not { Count: > 0 } pairs || FamilyOf(a.Lower(v)) is not { } family) return false;
        if (Governor.Govern(a, v) is not { Passive: false } frame) return false;
        var next = a.Lower(v + 1);
        if (a.StartingAt(v + 1) is not null && next is not "them" and not "it") return false;
        // after a comma only "them"/"it" continue the list ("..., broke them off in 1966"); anything else is a new phrase
        if (a.Lower(k) == "," && next is not "them" and not "it") return false;
        var date = c.Date(v, v);
        // "cut ties in 1981, restored them in 1991, broke them off again in 2009": each conjunct keeps the first one's
        // direction (a joint act stays joint; an establishment's "both" only carries that on)
        Emit(c, family, pairs, date, c.Evidence(k + 1, Math.Min(a.Count - 1, v + 4)), frame.Confidence * 0.85, v, both: !c.LastPairsDirected);
        return true;
    }

    /// <summary>"(diplomatic) relations between X and Y were restored", "relations with Y were severed by X", "diplomatic relations between X and Y began".</summary>
    private static void Passive(PatternContext c, int v)
    {
        var a = c.A;
        var family = FamilyOf(a.Lower(v));
        var beginning = a.Lower(v) is "began" or "begun" or "started" or "commenced";
        if (family is null && !beginning) return;
        if (beginning) family = Family.Establishment;
        // "Relations between Bolivia and Israel, severed in 2009, were restored": a reduced relative on the relations
        if (!beginning && a.Lower(v - 1) == "," && Lexicon.RelationNouns.Contains(a.Lower(RelationsBeforeComma(a, v - 1))) && !Governor.IsPassive(a, v))
        {
            var head = RelationsBeforeComma(a, v - 1);
            if (Between(c, head + 1) is { } reduced && Governor.Govern(a, v) is { } reducedFrame)
            {
                Emit(c, family!.Value, [(reduced.A, reduced.B)], c.Date(v, v), c.Evidence(head, Math.Min(a.Count - 1, a.DatedPhraseAt(v + 1)?.Last ?? v)), reducedFrame.Confidence * 0.8, v, both: true, agentless: true);
            }
            return;
        }
        if (!beginning && !Governor.IsPassive(a, v)) return;
        if (Governor.Govern(a, v) is not { } frame) return;
        // the relations noun before the verb group: "relations (between X and Y) were ..."
        var k = v - 1;
        while (k >= 0 && ArgumentReader.IsVerbGroupWord(a.Lower(k)) && a.EndingAt(k) is null) k--;
        // "Relations between X and Y, severed in 2009, were restored": past a reduced relative set off by commas
        if (a.Lower(k) == "," && ReducedRelativeStart(a, k) is { } relativeOpening) k = relativeOpening - 1;
        var end = k;
        var r = -1;
        for (var j = end; j >= Math.Max(0, end - 10); j--)
        {
            if (Lexicon.RelationNouns.Contains(a.Lower(j)))
            {
                r = j;
                break;
            }
            if (a.Lower(j) is "," or ";" or "which" or "that") break;
        }
        // "Relations between X and Y were severed in 1939. They were re-established in 1977."
        if (r < 0 && a.Lower(end) == "they" && RelationsJustNamed(a, end, c.Discourse) && c.Discourse.LastPair is { } earlierPair)
        {
            Emit(c, family!.Value, [earlierPair], c.Date(v, end), c.Evidence(end, v), frame.Confidence * 0.7, v, both: true, agentless: true);
            return;
        }
        if (r < 0) return;
        if (Lexicon.OtherRelations.Contains(a.Lower(r - 1))) return;
        var diplomatic = a.Lower(r - 1) is "diplomatic" or "formal" or "official" || a.Lower(r - 2) is "diplomatic";
        if (beginning && !diplomatic) return;
        var date = c.Date(v, r);
        var evidence = c.Evidence(Math.Max(0, r - (diplomatic ? 1 : 0)), v);
        // "relations between X and Y were restored", "ties were restored between X and Y in 2016"
        var afterVerb = a.Lower(v + 1) is "off" or "again" ? v + 2 : v + 1;
        if ((Between(c, r + 1) ?? (a.Lower(afterVerb) == "between" ? Between(c, afterVerb) : null)) is { } pair)
        {
            Emit(c, family!.Value, [(pair.A, pair.B)], date, evidence, frame.Confidence * 0.85, v, both: true, agentless: true);
            return;
        }
        // "X's relations with Y were severed", "relations with Y were severed by X"
        if (a.Lower(r + 1) is "with" or "to")
        {
            var (others, _, _) = ArgumentReader.ListRight(a, r + 2);
            var owner = a.Lower(r - 1) == "'s" ? a.EndingAt(r - 2) : a.Lower(r - 2) == "'s" ? a.EndingAt(r - 3) : null;
            var byAt = a.Lower(v + 1) == "off" ? v + 2 : v + 1;
            if (a.DatedPhraseAt(byAt) is { } dated) byAt = dated.Last + 1; // "were severed in 1980 by Iran"
            var by = a.Lower(byAt) == "by" ? ArgumentReader.ListRight(a, byAt + 1).Items : owner is null ? [] : [owner];
            // "X announced that its relations with Y were terminated": the pronoun's state is the sentence's actor
            if (by.Count == 0 && (a.Lower(r - 1) is "its" or "their" || a.Lower(r - 2) is "its" or "their")) by = c.SentenceActor()?.Items ?? [];
            var actors = c.Polities(by);
            var withs = c.Polities(others);
            Emit(c, family!.Value, [.. from x in actors from y in withs where x != y select (x, y)], date, evidence, frame.Confidence * 0.8, v, both: false);
            return;
        }
        // "X broke off relations with Y in 2019; ties were restored in 2022": the pair of the relations just reported
        var opener = r - (diplomatic ? 1 : 0) - 1;
        if (a.Lower(opener) == "the") opener--;
        if (a.Lower(opener) is ";" or "and" or "but" && c.LastPairs is { Count: > 0 } reported)
        {
            Emit(c, family!.Value, [.. reported], date, evidence, frame.Confidence * 0.75, v, both: true, agentless: true);
            return;
        }
        // "The UK recognised China in 1950, though full ambassadorial relations were only established in 1972": the
        // relations of the recogniser and the recognised of the clause before
        var contrast = r - 1;
        while (contrast >= 0 && Lexicon.RelationModifiers.Contains(a.Lower(contrast))) contrast--;
        if (a.Lower(contrast) is "though" or "although" or "but" or "while" or "whereas" && contrast > 0
            && c.Findings.Recognitions.LastOrDefault(f => f.Kind != RecognitionType.Withdrawal && c.Findings.FromCurrentSentence.Contains(f.Id)) is { } recognition)
        {
            Emit(c, family!.Value, [(recognition.Recogniser, recognition.Recognised)], date, evidence, frame.Confidence * 0.75, v, both: true, agentless: true);
            return;
        }
        // "Diplomatic relations were established in January 1976": the two states the text was just about
        // also a bare "Relations were established in 2009." opening a sentence, right after a sentence about the two
        var firstWord = 0;
        while (firstWord < a.Count && a[firstWord].Kind != Text.TokenKind.Word) firstWord++; // past a citation mark ("[12]")
        var opening = r == firstWord || (r == firstWord + 1 && a.Lower(firstWord) == "the");
        if ((diplomatic || opening) && c.Discourse.LastPair is { } last)
        {
            Emit(c, family!.Value, [last], date, evidence, 0.6, v, both: true, agentless: true);
        }
    }

    /// <summary>The relations noun of "relations between X and Y" ending right before the comma at <paramref name="comma"/>, or -1.</summary>
    private static int RelationsBeforeComma(SentenceAnalysis a, int comma)
    {
        for (var j = comma - 1; j >= Math.Max(0, comma - 12); j--)
        {
            if (Lexicon.RelationNouns.Contains(a.Lower(j))) return a.Lower(j + 1) == "between" ? j : -1;
            if (a.Lower(j) is "," or ";" or "." ) return -1;
        }
        return -1;
    }

    /// <summary>The comma opening ", severed in 2009," that the comma at <paramref name="close"/> ends (a participle and its date), or null.</summary>
    private static int? ReducedRelativeStart(SentenceAnalysis a, int close)
    {
        for (var j = close - 1; j >= Math.Max(1, close - 8); j--)
        {
            if (a.Lower(j) != ",") continue;
            var participle = a.Lower(j + 1);
            return (Lexicon.Sever.Contains(participle) || Lexicon.Establish.Contains(participle) || participle is "broken") && participle.EndsWith("ed", StringComparison.Ordinal) || participle is "broken" or "cut" ? j : null;
        }
        return null;
    }

    /// <summary>"switched (diplomatic) ties from Taipei to Beijing": relations with the first end, with the second begin.</summary>
    private static void Switch(PatternContext c, int v, int from, Frame frame)
    {
        var a = c.A;
        if (c.Actor(frame) is not { } subject) return;
        c.LastActor = subject;
        var (olds, _, oldLast) = ArgumentReader.ListRight(a, from + 1);
        if (a.Lower(oldLast + 1) != "to") return;
        var (news, _, last) = ArgumentReader.ListRight(a, oldLast + 2);
        SwitchPartners(c, v, subject, olds, news, last);
    }

    /// <summary>The subject's relations with the old partners end and with the new ones begin, dated by the clause.</summary>
    private static void SwitchPartners(PatternContext c, int v, (List<Mention> Items, int First) subject, List<Mention> olds, List<Mention> news, int last)
    {
        var actors = c.Polities(subject.Items);
        var evidence = c.Evidence(Math.Min(subject.First, v), last);
        var date = c.Date(v, subject.First);
        Emit(c, Family.Severance, [.. from x in actors from y in c.Polities(olds) where x != y select (x, y)], date, evidence, 0.85, v, both: false);
        Emit(c, Family.Establishment, [.. from x in actors from y in c.Polities(news) where x != y select (x, y)], date, evidence, 0.85, v, both: false);
    }

    /// <summary>"The Solomon Islands ditched Taipei for Beijing", "dropped Taiwan in favour of China": a switch of partners.</summary>
    private static void Ditch(PatternContext c, int v)
    {
        var a = c.A;
        if (a.StartingAt(v + 1) is not { Kind: MentionKind.Named }) return;
        var (olds, _, oldLast) = ArgumentReader.ListRight(a, v + 1);
        if (olds.Count == 0 || c.Polities(olds).Count == 0) return;
        var k = oldLast + 1;
        if (a.DatedPhraseAt(k) is { } date) k = date.Last + 1;
        if (a.Lower(k) == "for") k++;
        else if (a.Lower(k) == "in" && a.Lower(k + 1) is "favour" or "favor" && a.Lower(k + 2) == "of") k += 3;
        else
        {
            DitchedAfterEstablishing(c, v, olds, oldLast);
            return;
        }
        var (news, _, last) = ArgumentReader.ListRight(a, k);
        if (c.Polities(news).Count == 0 || Governor.Govern(a, v) is not { Passive: false } frame || c.Actor(frame) is not { } subject) return;
        c.LastActor = subject;
        SwitchPartners(c, v, subject, olds, news, last);
    }

    /// <summary>
    /// "Panama established diplomatic ties with China on Monday, ditching Taiwan": a trailing participle of leaving,
    /// after the clause in which its actor established relations with another state, severs the relations with the one
    /// left (alone, "dropped Taiwan" could mean anything).
    /// </summary>
    private static void DitchedAfterEstablishing(PatternContext c, int v, List<Mention> olds, int oldLast)
    {
        var a = c.A;
        if (a.Lower(v - 1) != "," || !a.Lower(v).EndsWith("ing", StringComparison.Ordinal)) return;
        // relations are read in token order, so an establishment of this sentence was reported before the participle
        var established = c.Findings.Establishments.LastOrDefault(e => c.Findings.FromCurrentSentence.Contains(e.Id));
        if (established is null || c.SentenceActor() is not { } actor) return;
        var severers = c.Polities(actor.Items).Where(x => x == established.First || x == established.Second).ToList();
        var left = c.Polities(olds).Where(x => x != established.First && x != established.Second).ToList();
        Emit(c, Family.Severance, [.. from x in severers from y in left select (x, y)], c.Date(v, actor.First), c.Evidence(actor.First, oldLast), 0.7, v, both: false);
    }

    /// <summary>
    /// "Israel and Somaliland signed an agreement for full diplomatic relations", "X signed a treaty on diplomatic relations
    /// with Y": an instrument of (diplomatic) relations that its parties signed establishes them.
    /// </summary>
    private static void SignedFor(PatternContext c, int r)
    {
        var a = c.A;
        var j = r - 1;
        while (j >= 0 && Lexicon.RelationModifiers.Contains(a.Lower(j)) && a.Lower(j) is not ("in" or "into")) j--;
        if (a.Lower(j) is not ("for" or "on") || !AgreementNouns.Contains(a.Lower(j - 1)) || a.Lower(r - 1) is not ("diplomatic" or "ambassadorial" or "relations") && a.Lower(r - 2) != "diplomatic") return;
        var v = j - 2;
        while (v >= 0 && a.Lower(v) is "a" or "an" or "the" or "joint" or "formal" or "historic") v--;
        v = BeforeDatesAndPlaces(a, v);
        if (a.Lower(v) is not ("signed" or "concluded") || Governor.Govern(a, v) is not { Passive: false } frame || c.Actor(frame) is not { } subject) return;
        var parties = c.Polities(subject.Items);
        var (others, last) = Counterparts(c, r + 1);
        List<(string, string)> pairs = others.Count > 0
            ? [.. from x in parties from y in others where x != y select (x, y)]
            : parties is [var x1, var y1] ? [(x1, y1)] : [];
        Emit(c, Family.Establishment, pairs, c.Date(v, subject.First), c.Evidence(subject.First, Math.Max(r, last)), frame.Confidence * 0.8, v, both: true);
    }

    /// <summary>"the establishment of diplomatic relations between X and Y", "X announced a break in relations with Y", "the X–Y normalisation agreement".</summary>
    private static void Nominal(PatternContext c, int n)
    {
        var a = c.A;
        var family = Lexicon.SeverNouns.Contains(a.Lower(n)) ? Family.Severance : Family.Establishment;
        var normalisation = family == Family.Establishment && a.Lower(n) is "normalisation" or "normalization";
        var signed = a.Lower(n + 1) is "signed" or "concluded" or "reached";
        var agreement = normalisation && (AgreementNouns.Contains(a.Lower(n + 1)) || (signed && Enumerable.Range(Math.Max(0, n - 5), 5).Any(x => AgreementNouns.Contains(a.Lower(x)))));
        int r;
        if (agreement) r = signed ? n : n + 1;
        else if (a.Lower(n + 1) is "of" or "in") r = RelationsAfter(a, n + 2);
        // "Egypt's breaking off of relations with Iran"
        else if (a.Lower(n) == "breaking" && a.Lower(n + 1) == "off" && a.Lower(n + 2) == "of") r = RelationsAfter(a, n + 3);
        else if (a.Lower(n) == "normalization" || a.Lower(n) == "normalisation") r = a.Lower(n + 1) == "of" ? RelationsAfter(a, n + 2) : -1;
        else return;
        if (r < 0 && !agreement) return;
        if (r < 0) r = n + 1;
        // the governing verb, if any: "announced a break", "signed the normalisation agreement", "after the establishment"
        var k = n - 1;
        while (k >= 0 && (a.Lower(k) is "the" or "a" or "an" or "its" or "their" or "full" or "formal" or "official" or "diplomatic" or "this" or "complete" || a.DateEndingAt(k) is not null))
        {
            // "announced on 30 September 2016 the severance of ...": a date between the verb and its object
            k = a.DateEndingAt(k) is null ? k - 1 : a.BeforeDate(k);
        }
        // "have decided upon mutual recognition and the establishment of ...": the verb governs both nouns
        if (k >= 2 && a.Lower(k) == "and" && a.Lower(k - 1) == "recognition")
        {
            k -= 2;
            while (k >= 0 && a.Lower(k) is "mutual" or "reciprocal" or "the" or "formal" or "official" or "diplomatic") k--;
        }
        // "signed a joint communique on the establishment of diplomatic relations": the instrument's signing is the act
        // "... a joint communique in Beijing (on) Tuesday on the establishment": a place and a date between them
        var instrument = BeforeDatesAndPlaces(a, k - 1);
        // "... a joint communique for the establishment": "for" names the instrument's purpose, as "on" its subject
        if (k >= 1 && a.Lower(k) is "on" or "for" && AgreementNouns.Contains(a.Lower(instrument)))
        {
            var j = instrument - 1;
            while (j >= 0 && a.Lower(j) is "a" or "the" or "joint" or "an" or "formal" or "official" or "another") j--;
            // "signed Sunday in Hong Kong a joint communique": a date and a place between the verb and the instrument
            j = BeforeDatesAndPlaces(a, j);
            if (j >= 0 && a.Lower(j) is "signed" or "sign" or "signs" or "issued" or "adopted" or "concluded") k = j;
        }
        // "have agreed to the establishment of diplomatic relations": the agreement is the act
        // "have agreed on / decided upon the establishment": so is the decision
        if (k >= 1 && Lexicon.AgreesOn(a.Lower(k - 1), a.Lower(k))) k--;
        if (!Stated(a, k) && !(agreement && signed)) return;
        var date = c.Date(n, k);
        var evidenceFirst = Math.Max(0, k);
        var pairs = new List<(string, string)>();
        var both = true;
        // "the Israel–Morocco normalisation agreement", "the X-Y agreement": two names joined by a dash before the noun
        if (agreement && a.EndingAt(n - 1) is { } second && a.Lower(second.First - 1) is "-" or "–" && a.EndingAt(second.First - 2) is { } firstName)
        {
            var p1 = c.Polities([firstName]);
            var p2 = c.Polities([second]);
            if (p1.Count == 1 && p2.Count == 1) pairs.Add((p1[0], p2[0]));
            evidenceFirst = firstName.First;
        }
        var (others, last) = Counterparts(c, r + 1);
        foreach (var between in BetweenAll(c, r + 1, agreement ? 12 : 4)) pairs.Add(between);
        List<string> actors = [];
        if (k >= 0 && a.Lower(k) == "'s" && a.EndingAt(k - 1) is { } owner)
        {
            actors = c.Polities([owner]);
            evidenceFirst = owner.First;
        }
        else if (k >= 0 && a.EndingAt(k) is { Kind: MentionKind.Adjective } adjective)
        {
            actors = c.Polities([new Mention(adjective.First, adjective.Last, MentionKind.Named) { Entities = adjective.Entities }]);
            evidenceFirst = adjective.First;
        }
        else if (k >= 0 && a.EndingAt(k) is null && Governor.Govern(a, k) is { } frame && !frame.Passive && c.Actor(frame) is { } subject)
        {
            actors = c.Polities(subject.Items);
            evidenceFirst = Math.Min(evidenceFirst, subject.First);
            c.LastActor = subject;
        }
        if (pairs.Count == 0 && others.Count > 0)
        {
            pairs.AddRange(from x in actors from y in others where x != y select (x, y));
            both = false;
        }
        // "X and Y signed a communique on the establishment of relations": the signatories are the parties
        if (pairs.Count == 0 && others.Count == 0 && actors.Count >= 2 && a.Lower(n + 1) == "of") pairs.AddRange(from x in actors from y in actors where string.CompareOrdinal(x, y) < 0 select (x, y));
        if (pairs.Count == 0) return;
        var evidence = c.Evidence(evidenceFirst, Math.Max(last, r));
        Emit(c, family, pairs, date, evidence, 0.75, n, both);
    }

    /// <summary>
    /// The token before up to three dates ("(on) Tuesday") and places ("in Beijing") that end at <paramref name="k"/>,
    /// read leftwards; <paramref name="k"/> itself when none ends there.
    /// </summary>
    private static int BeforeDatesAndPlaces(SentenceAnalysis a, int k)
    {
        for (var step = 0; step < 3 && k > 0; step++)
        {
            if (a.DateEndingAt(k) is not null) k = a.BeforeDate(k);
            else if (a.EndingAt(k) is { } place && a.Lower(place.First - 1) is "in" or "at") k = place.First - 2;
            else break;
        }
        return k;
    }

    /// <summary>Not a plan, a call or a negation: "talks on the establishment of relations", "no break in relations".</summary>
    private static bool Stated(SentenceAnalysis a, int k)
    {
        for (int j = k, seen = 0; j >= 0 && seen <= 3; j--, seen++)
        {
            // "Palau and Paraguay on Thursday signed": the date's "on" is no hedge
            if (a.DateEndingAt(j) is not null)
            {
                j = a.BeforeDate(j) + 1;
                continue;
            }
            var w = a.Lower(j);
            if (w is "no" or "not" or "without" or "for" or "towards" or "toward" or "on" or "enabling" or "enable" or "enables" or "pave" or "paving" or "paved"
                or "talks" or "negotiations" or "negotiating" or "discuss" or "discussed" or "discussing" or "possible" or "potential" or "future" or "threat"
                or "threatened" or "threatening" or "calls" or "called" or "urged" or "demanded" or "sought" or "seek" or "considering" or "consider" or "proposed"
                or "against" or "avoid" or "avoided" or "prevent" or "rule" or "ruled" or "if" or "would" or "could" or "may" or "might" or "will") return false;
        }
        return true;
    }

    /// <summary>"with Y (and Z)", "to Y": the other parties, and the last token read.</summary>
    private static (List<string> Others, int Last) Counterparts(PatternContext c, int k)
    {
        var a = c.A;
        if (a.Lower(k) is not ("with" or "to")) return ([], k - 1);
        var start = k + 1;
        // "with the mainland government of the People's Republic of China"
        for (var j = start; j < Math.Min(a.Count, start + 4); j++)
        {
            if (a.Lower(j) is "of" or "in" && Enumerable.Range(start, j - start).Any(x => ArgumentReader.GovernmentNouns.Contains(a.Lower(x))))
            {
                start = j + 1;
                break;
            }
            if (a.StartingAt(j) is not null) break;
        }
        var (items, _, last) = ArgumentReader.ListRight(c.A, start);
        return (c.Polities(items), last);
    }

    /// <summary>"between X and Y" right after the relations.</summary>
    private static (string A, string B)? Between(PatternContext c, int k) => BetweenAll(c, k, 1) is [var first, ..] ? first : null;

    /// <summary>Each "between X and Y" starting within <paramref name="window"/> tokens, and those that follow it ("signed between Israel and the UAE and between Israel and Bahrain").</summary>
    private static List<(string, string)> BetweenAll(PatternContext c, int k, int window)
    {
        var a = c.A;
        var result = new List<(string, string)>();
        for (var j = k; j < a.Count && j < k + window; j++)
        {
            if (a.Lower(j) != "between") continue;
            var (items, _, last) = ArgumentReader.ListRight(a, j + 1);
            var parties = c.Polities(items);
            if (parties.Count != 2) break;
            result.Add((parties[0], parties[1]));
            j = last;
            k = last + 1;
            window = 3; // "... and between X and Z"
        }
        return result;
    }

    private static void Emit(PatternContext c, Family family, List<(string A, string B)> pairs, DateResolution date, EvidenceSpan evidence, double confidence, int trigger, bool both, bool agentless = false)
    {
        if (pairs.Count == 0) return;
        c.LastPairs = pairs;
        c.LastPairsDirected = !both;
        var restoration = c.A.Lower(trigger) is var t && (t.StartsWith("re", StringComparison.Ordinal) && t is not "relations") || t.StartsWith("resum", StringComparison.Ordinal);
        var response = family == Family.Severance && IsResponse(c.A, trigger);
        foreach (var (px, py) in pairs)
        {
            var (x, y) = (Gazetteer.Gazetteer.AtDate(px, date.Date), Gazetteer.Gazetteer.AtDate(py, date.Date));
            if (x == y) continue;
            if (family == Family.Establishment)
            {
                var e = new EstablishmentFinding(x, y) { Date = date.Date, DateNote = date.Note, Confidence = Math.Round(confidence, 2), Restoration = restoration };
                e.Evidence.Add(evidence);
                c.Findings.Add(e);
                continue;
            }
            foreach (var (by, with) in both ? [(x, y), (y, x)] : new[] { (x, y) })
            {
                var f = new SeveranceFinding(by, with) { Date = date.Date, DateNote = date.Note, Confidence = Math.Round(both ? confidence * 0.9 : confidence, 2), Agentless = agentless };
                f.Evidence.Add(evidence);
                if (response) Answer(c, f);
                c.Findings.Add(f);
            }
        }
    }

    /// <summary>Links a severance to the recognitions by the other party it answers; without a date, dates it by them.</summary>
    private static void Answer(PatternContext c, SeveranceFinding f)
    {
        var answered = c.Findings.Recognitions.Where(r => r.Recogniser == f.With && r.Recognised != f.By && r.Kind != RecognitionType.Withdrawal).ToList();
        var here = answered.Where(r => c.Findings.FromCurrentSentence.Contains(r.Id)).ToList();
        if (here.Count > 0) answered = here;
        f.InResponseTo.AddRange(answered.Select(r => r.Id));
        if (f.Date is not null) return;
        var latest = answered.Select(r => r.Date?.AsDateOnly).Where(d => d is not null).Max();
        if (latest is not { } from || c.Published.Date?.AsDateOnly is not { } to || to < from || to.DayNumber - from.DayNumber > 31) return;
        if (PartialDate.CommonPrefix(from, to) is { } d)
        {
            f.Date = d;
            f.DateNote = $"no date in the text: a response to the recognition of {from:yyyy-MM-dd}, reported on {to:yyyy-MM-dd}";
        }
    }

    /// <summary>"In response to ...", "in retaliation ...", "for recognising ...", "over its recognition ..." in the clause.</summary>
    private static bool IsResponse(SentenceAnalysis a, int v)
    {
        var (first, last) = a.ClauseRange(v);
        if (a.Lower(first) == "," && a.Lower(first + 1) == "after" && a.Lower(first + 2) == "which") return true;
        for (var k = first; k <= last; k++)
        {
            var w = a.Lower(k);
            if ((w is "response" or "retaliation" or "reaction" or "protest") && a.Lower(k - 1) == "in") return true;
            if (w is "for" or "over" && (a.Lower(k + 1).StartsWith("recogni", StringComparison.Ordinal) || a.Lower(k + 2).StartsWith("recogni", StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
