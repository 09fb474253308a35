using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Recognition and its withdrawal, read from the clause around a trigger: the verb ("recognised", "derecognised"),
/// the noun ("X's recognition of Y", "announced its recognition", "withdrew its recognition"), or a switch
/// ("switched recognition from A to B"). The <see cref="Governor"/> decides whether the clause states the act and
/// whose act it is (control verbs, ordinals, participles, conjuncts, relative clauses); passive by-lists give each
/// recogniser its own date when the list does.
/// </summary>
public static class RecognitionPatterns
{
    private static readonly HashSet<string> NounModifiers = new(StringComparer.Ordinal)
    {
        "initial", "formal", "official", "diplomatic", "full", "de", "jure", "facto", "international", "first", "earlier", "mutual",
        "its", "their", "his", "her", "the", "a", "an", "this", "such", "unilateral", "explicit", "swift", "early", "immediate",
    };

    /// <summary>
    /// The People's Republic of China and the Republic of China (Taiwan) each claim to be China's government, so
    /// recognising either ("switched to recognise the PRC", "recognised Taipei") recognises a government of China.
    /// </summary>
    private static readonly HashSet<string> RivalGovernments = new(StringComparer.Ordinal) { "china", "taiwan" };

    private static readonly HashSet<string> GovernmentTitles = new(StringComparer.Ordinal)
    {
        "government", "authorities", "president", "leader", "representative", "representatives", "regime", "administration", "head",
        "government-in-exile",
    };

    public static void Apply(PatternContext c)
    {
        var a = c.A;
        for (var i = 0; i < a.Count; i++)
        {
            if (a.IsQuoted(i)) continue;
            var lower = a.Lower(i);
            if (Lexicon.Recognise.Contains(lower)) Verb(c, i, RecognitionType.State);
            else if (Lexicon.Derecognise.Contains(lower)) Verb(c, i, RecognitionType.Withdrawal);
            else if (lower == "recognition") Nominal(c, i);
            else if (lower is "acknowledged" or "acknowledges" or "acknowledge" && NamesIndependence(a, SkipAdverbs(a, i + 1))) Verb(c, i, RecognitionType.State);
            else if (lower is "restored" or "reinstated" or "renewed" or "restores" or "reinstates" or "renews" && a.Lower(i + 1) == "it" && RecognitionJustNamed(a, i)) Restored(c, i, RecognitionType.State);
            // "restored it in 2014 and withdrew it again in 2018": "it" is the recognition just spoken of
            else if (lower is "withdrew" or "withdraws" or "suspended" or "suspends" or "revoked" or "revokes" or "froze" or "freezes" or "rescinded" or "rescinds" && a.Lower(i + 1) == "it" && RecognitionJustNamed(a, i)) Restored(c, i, RecognitionType.Withdrawal);
        }
    }

    /// <summary>"the independence of X", "X's independence" at <paramref name="k"/>: what acknowledging recognises (sovereignty may be over a territory: a claim).</summary>
    private static bool NamesIndependence(SentenceAnalysis a, int k)
    {
        if (a.Lower(k) == "the" && a.Lower(k + 1) is "independence" or "statehood" && a.Lower(k + 2) == "of") return true;
        return a.StartingAt(k) is { Kind: MentionKind.Named } m && a.Lower(m.Last + 1) == "'s" && a.Lower(m.Last + 2) is "independence" or "statehood";
    }

    /// <summary>Whether a recognition (the noun) was named earlier in the sentence, so that "it" can be it.</summary>
    private static bool RecognitionJustNamed(SentenceAnalysis a, int before) =>
        Enumerable.Range(0, before).Any(k => a.Lower(k) == "recognition") && !Enumerable.Range(0, before).Any(k => Lexicon.RelationNouns.Contains(a.Lower(k)));

    /// <summary>
    /// "suspended the recognition in 2004 and restored it in 2006": the restorer recognises again what it recognised
    /// before; "withdrew it again" withdraws it again.
    /// </summary>
    private static void Restored(PatternContext c, int v, RecognitionType type)
    {
        var a = c.A;
        if (Governor.Govern(a, v) is not { Passive: false } frame || c.Actor(frame) is not { } subject) return;
        c.LastActor = subject;
        Emit(c, c.Polities(subject.Items), [], type, v, Math.Min(subject.First, v), v + 1, 0.8 * frame.Confidence / 0.9, null, null, c.PersonIn(subject.Items), true);
    }

    private static void Verb(PatternContext c, int v, RecognitionType type)
    {
        var a = c.A;
        if (InvertedOrdinal(c, v, type) || InvertedInclusion(c, v, type)) return;
        if (Governor.Govern(a, v) is not { } frame) return;
        if (frame.Passive)
        {
            var reduced = Governor.ReducedRelativeHead(a, v) is { } head ? ArgumentReader.ListLeft(a, head.Last) : ((List<Mention> Items, int First)?)null;
            if ((reduced ?? ArgumentReader.Subject(a, v) ?? PossessedIndependence(a, v) ?? c.ConjunctPatient(v)) is not { } patient) return;
            // every by-phrase of the clause: "by all 12 members of the EEC as well as by Austria, Canada and Norway"
            var agents = (Items: new List<(Mention Item, DateMention? Date)>(), Last: v);
            for (var by = FindBy(a, v, 10); by >= 0; by = FindBy(a, agents.Last, 25))
            {
                var list = DatedList.Read(a, by + 1);
                // "by 143 of the 193 UN member states, including Russia": the members named
                if (list.Items.Count == 0 && ArgumentReader.IncludedMembers(a, by + 1) is var included and >= 0) list = DatedList.Read(a, included);
                agents.Items.AddRange(list.Items);
                agents.Last = Math.Max(by + 1, list.Last);
            }
            if (agents.Items.Count == 0) return;
            var recognised = c.Polities(patient.Items);
            // "Libya's National Transitional Council was recognised": an institution, so its government
            var institution = ArgumentReader.GovernmentNouns.Contains(a.Lower(patient.Items[^1].Last)) && patient.Items[^1].Kind == MentionKind.Named;
            var kind = GovernmentAfter(a, patient.Items[^1].Last) || institution ? Promote(type) : type;
            // in a list whose members carry their own dates, an undated member takes none of theirs
            var clauseDate = agents.Items.Any(x => x.Date is not null) ? DateResolution.None : c.Date(v, patient.First);
            foreach (var (agent, dated) in agents.Items)
            {
                var date = dated is null ? clauseDate : DateAssigner.Resolve(a, dated, c.Published, c.Discourse);
                Emit(c, c.Polities([agent]), recognised, kind, v, patient.First, agents.Last, 0.85 * frame.Confidence / 0.9, frame.Ordinal, null, c.PersonIn([agent]), false, date);
            }
            return;
        }
        if (c.Actor(frame) is not { } subject) return;
        var reciprocalAt = SkipAdverbs(a, v + 1);
        var recognisers = c.Polities(subject.Items);
        c.LastActor = subject;
        if (a.StartingAt(reciprocalAt) is { Kind: MentionKind.Reciprocal } reciprocal)
        {
            // "recognised each other's territorial integrity / borders": a claim, not a state; "each other's independence" is one
            if (a.Lower(reciprocal.Last + 1) == "'s" && a.Lower(reciprocal.Last + 2) is not ("independence" or "sovereignty" or "statehood" or "existence")) return;
            foreach (var x in recognisers)
            {
                Emit(c, [x], recognisers.Where(y => y != x).ToList(), type, v, subject.First, reciprocalAt + 1, 0.85, null, null, null, false);
            }
            return;
        }
        var (objects, kind2, last, implicitObject) = Object(c, v + 1, type);
        // "Senegal, which Samoa recognised (on D), sent ...": the relative pronoun's antecedent is what is recognised
        if (objects.Count == 0 && RelativeAntecedent(a, subject.First) is { } antecedent)
        {
            objects = c.Polities([antecedent]);
            implicitObject = false;
        }
        var confidence = frame.Confidence * (subject.Items.Any(m => m.IsReference) ? 0.9 : 1.0);
        var own = Gapping.DateAt(c, last + 1);
        var gapped = Gapping.Read(c, own is null ? last + 1 : Gapping.DateEnd(a, last + 1) + 1);
        if (gapped.Count == 0) own = null;
        Emit(c, recognisers, objects, kind2, v, Math.Min(subject.First, v), last, confidence, frame.Ordinal, frame.Instrument, c.PersonIn(subject.Items), implicitObject, own);
        // "Slovenia joined Spain, Ireland and Norway in recognising Palestine": those joined recognised it too, when is not said
        if (frame.Followed is { } followed)
        {
            Emit(c, [.. c.Polities(followed).Where(x => !recognisers.Contains(x))], objects, kind2, v, Math.Min(subject.First, v), last, confidence * 0.85, null, null, null, implicitObject, DateResolution.None);
        }
        // "Russia recognised Croatia in February, Japan in March, and India in May 1992": the verb and object are shared
        foreach (var (item, date, end) in gapped)
        {
            Emit(c, c.Polities([item]), objects, kind2, v, item.First, end, confidence * 0.9, null, null, null, false, date);
        }
        foreach (var (co, coFirst, coLast) in CoAgents(a, v, last))
        {
            // "joining X, which had done so earlier": X acted before, at a time this clause does not give
            var date = a.Lower(coFirst) is "joining" or "like" ? DateResolution.None : null;
            Emit(c, c.Polities(co), objects, kind2, v, coFirst, coLast, confidence * 0.9, null, null, null, false, date);
        }
        // "After Syria and Russia, North Korea is the third ...": those before recognised it too
        if (frame.Ordinal is not null)
        {
            var (clauseFirst, _) = a.ClauseRange(frame.Verb);
            // "GENEVA, November 8, 2014 (AFP) - Following Oman and Spain, ...": past a dateline opening the sentence
            if (a.Lower(clauseFirst) is not ("after" or "following") && Enumerable.Range(clauseFirst, Math.Max(0, Math.Min(frame.Verb, clauseFirst + 16) - clauseFirst)).FirstOrDefault(d => a[d].Text is "-" or "--" && a.Dates.Any(x => x.Last < d), -1) is var dash and >= 0)
            {
                clauseFirst = dash + 1;
            }
            if (a.Lower(clauseFirst) is "after" or "following")
            {
                var (earlier, _, listLast) = ArgumentReader.ListRight(a, clauseFirst + 1);
                if (earlier.Count > 0 && a.Lower(listLast + 1) == ",")
                {
                    Emit(c, c.Polities(earlier), objects, kind2, v, clauseFirst, v, 0.8, null, null, null, implicitObject, DateResolution.None);
                }
            }
        }
    }

    /// <summary>"(X recognised Y in 2008.) Its recognition (of Y) was withdrawn in 2020": the pronoun's state withdraws.</summary>
    private static bool PassiveWithdrawal(PatternContext c, int n)
    {
        var a = c.A;
        // the owner: "Its recognition" at the start of a sentence (the last actor), or "Ghana's recognition"
        string? state;
        if (a.Lower(n - 1) is "its" or "their" && n - 1 == FirstWord(a)) state = c.Discourse.LastActor;
        else if (a.Lower(n - 1) is "'s" or "'" && a.EndingAt(n - 2) is { Kind: MentionKind.Named } owner && c.Polities([owner]) is [var named] && owner.First <= FirstWord(a) + 1) state = named;
        else return false;
        var k = n + 1;
        var objects = new List<string>();
        if (a.Lower(k) == "of")
        {
            var (items, _, last) = ArgumentReader.ListRight(a, k + 1);
            objects = c.Polities(items);
            k = last + 1;
        }
        // "Ghana's recognition of Kosovo on 23 January 2012 was withdrawn": the recognition's own date
        if (a.DatedPhraseAt(k) is { } own) k = own.Last + 1;
        var v = k;
        while (v < a.Count && a.Lower(v) is "was" or "were" or "has" or "have" or "had" or "been" or "later" or "subsequently" or "formally" or "officially") v++;
        if (v == k || !Lexicon.Withdraw.Contains(a.Lower(v)) || Governor.Govern(a, v) is not { Passive: true } frame) return false;
        if (state is null) return false;
        if (objects.Count == 0 && c.Findings.Recognitions.LastOrDefault(r => r.Recogniser == state)?.Recognised is { } earlier) objects = [earlier];
        Emit(c, [state], objects, RecognitionType.Withdrawal, v, n - 1, v, 0.7 * frame.Confidence / 0.9, null, null, null, false);
        return true;
    }

    /// <summary>The first word of the sentence after a leading date or adverbial set off by a comma.</summary>
    private static int FirstWord(SentenceAnalysis a)
    {
        var i = 0;
        for (var k = 0; k < Math.Min(a.Count, 8); k++)
        {
            if (a[k].Text == ",")
            {
                i = k + 1;
                break;
            }
        }
        return a.Lower(i) is "its" or "their" ? i : 0;
    }

    /// <summary>"Kosovo's independence was recognised by ...": the state whose independence is the passive's subject.</summary>
    private static (List<Mention> Items, int First)? PossessedIndependence(SentenceAnalysis a, int v)
    {
        var k = v - 1;
        while (k >= 0 && ArgumentReader.IsVerbGroupWord(a.Lower(k)) && a.EndingAt(k) is null) k--;
        if (a.Lower(k) is not ("independence" or "sovereignty" or "statehood") || a.Lower(k - 1) is not ("'s" or "'")) return null;
        var (items, first) = ArgumentReader.ListLeft(a, k - 2);
        return items.Count == 0 ? null : (items, first);
    }

    /// <summary>"X's recognition of Y", "recognition of Y by X", "X announced its recognition of Y", "X withdrew its recognition".</summary>
    private static void Nominal(PatternContext c, int n)
    {
        var a = c.A;
        if (PassiveWithdrawal(c, n) || Unrealised(a, n)) return;
        if (Mutual(c, n)) return;
        var k = n - 1;
        while (k >= 0 && NounModifiers.Contains(a.Lower(k)) && a.Lower(k) is not ("its" or "their" or "his" or "her" or "the" or "a")) k--;
        var hasOf = a.Lower(n + 1) is "of" or "to";
        // "won recognition from X in 2003, from Y in 2009", "received its first recognition from X": the subject recognised by each
        var receiver = a.Lower(k) is "its" or "their" ? k - 1 : k;
        if (a.Lower(n + 1) == "from" && a.Lower(receiver) is "won" or "wins" or "received" or "receives" or "gained" or "gains" or "obtained" or "secured" or "earned" or "got" or "enjoys" or "enjoyed" or "enjoy")
        {
            Received(c, n, receiver);
            return;
        }
        // "Recognition by China followed in 1975", "recognition from X came a day later": of what was just recognised
        if (a.Lower(n + 1) is "by" or "from" && NominalStated(a, n) && !Negated(a, n))
        {
            var (agents, _, lastAgent) = ArgumentReader.ListRight(a, n + 2);
            if (agents.Count > 0 && a.Lower(lastAgent + 1) is "followed" or "follows" or "came" or "comes" or "arrived")
            {
                Emit(c, c.Polities(agents), [], RecognitionType.State, n, n, lastAgent + 1, 0.7, null, null, c.PersonIn(agents), true);
                return;
            }
        }
        // "Recognition came from the United States, Turkey and France within hours": of what was just recognised
        if (a.Lower(n + 1) is "came" or "comes" or "followed" && a.Lower(n + 2) == "from" && NominalStated(a, n) && !Negated(a, n) && a.Lower(n - 1) is not ("'s" or "of"))
        {
            var (senders, _, lastSender) = ArgumentReader.ListRight(a, n + 3);
            if (senders.Count > 0)
            {
                Emit(c, c.Polities(senders), [], RecognitionType.State, n, n, lastSender, 0.7, null, null, c.PersonIn(senders), true);
                return;
            }
        }
        // "Turkey accorded Kosovo de jure recognition", "gave Israel full recognition": the indirect object is recognised
        if (a.EndingAt(k) is { Kind: MentionKind.Named } indirect && (a.Lower(indirect.First - 1) == "the" ? indirect.First - 2 : indirect.First - 1) is var gv
            && Lexicon.Grant.Contains(a.Lower(gv)) && Governor.Govern(a, gv) is { Passive: false } granted && c.Actor(granted) is { } granter)
        {
            Emit(c, c.Polities(granter.Items), c.Polities([indirect]), RecognitionType.State, n, Math.Min(granter.First, gv), n, 0.85 * granted.Confidence / 0.9, granted.Ordinal, null, c.PersonIn(granter.Items), false);
            return;
        }
        // "switched recognition from Taipei to Beijing"; "withdrew (its) recognition from Togo": from whom it is withdrawn
        if (a.Lower(n + 1) == "from")
        {
            if (WithdrawnFrom(c, n)) return;
            Switch(c, n);
            return;
        }
        // possessive or adjective owner: "Russia's initial recognition of ...", "Russian recognition of Abkhazia"
        var owner = a.Lower(k) == "'s" && a.EndingAt(k - 1) is { Kind: not MentionKind.Adjective } possessor ? possessor
            : a.EndingAt(k) is { Kind: MentionKind.Adjective } adjectiveOwner ? adjectiveOwner
            // "U.S. recognition of Montenegro was granted": a name modifying the noun, with what it recognised after it
            : hasOf && a.EndingAt(k) is { Kind: MentionKind.Named } modifier && a.Lower(modifier.First - 1) is not ("of" or "by" or "from" or "to" or "with" or "for") ? modifier
            : null;
        // "the withdrawal of the country's recognition of Y": a withdrawal, read below with its governing verb
        if (owner is not null && a.Lower(owner.First - 1) == "of" && a.Lower(owner.First - 2) is "withdrawal" or "revocation" or "suspension" or "cancellation" or "withdrawing" or "revoking") owner = null;
        if (owner is not null)
        {
            // "Japan's recognition followed in March": of what was just recognised
            if (!hasOf && a.Lower(n + 1) is "followed" or "follows" or "came" or "comes" && !Negated(a, owner.First) && NominalStated(a, owner.First))
            {
                Emit(c, c.Polities([owner]), [], RecognitionType.State, n, owner.First, n + 1, 0.7, null, null, null, true);
                return;
            }
            if (!hasOf || Negated(a, owner.First) || !NominalStated(a, owner.First)) return;
            var (objects, kind, last, _) = Object(c, n + 2, RecognitionType.State);
            Emit(c, c.Polities([owner]), objects, kind, n, owner.First, last, 0.75, null, null, null, false);
            // "Australia's recognition of Palestine today, alongside Canada and the United Kingdom, ...": they recognise it too
            foreach (var (co, coFirst, coLast) in CoAgents(a, n, last).Where(x => x.First > owner.Last))
            {
                Emit(c, c.Polities(co), objects, kind, n, coFirst, coLast, 0.7, null, null, null, false);
            }
            return;
        }
        // "recognition of Y by X"
        if (hasOf)
        {
            var (objs, kindBy, lastObj, _) = Object(c, n + 2, RecognitionType.State);
            // "Palestine hailed the recognition of its statehood by the UK": "its" is the sentence's subject
            if (objs.Count == 0 && a.Lower(n + 2) is "its" or "their" && a.Lower(n + 3) is "independence" or "statehood" or "sovereignty" && a.Lower(n + 4) == "by"
                && c.SentenceActor() is { } owner2 && owner2.First < n)
            {
                objs = c.Polities(owner2.Items);
                lastObj = n + 3;
            }
            if (objs.Count > 0 && a.Lower(lastObj + 1) == "by" && NominalStated(a, n) && !Negated(a, n))
            {
                var (agents, _, lastAgent) = ArgumentReader.ListRight(a, lastObj + 2);
                if (agents.Count == 0 && ArgumentReader.IncludedMembers(a, lastObj + 2) is var included and >= 0) (agents, _, lastAgent) = ArgumentReader.ListRight(a, included);
                Emit(c, c.Polities(agents), objs, kindBy, n, n, lastAgent, 0.75, null, null, c.PersonIn(agents), false);
                return;
            }
        }
        // a governing verb: "announced its recognition", "withdrew its recognition of both", "the withdrawal of its recognition"
        var v = k;
        // "the withdrawal of the country's recognition of Y": the possessor is the governing noun's, read through it
        if (a.Lower(v) == "'s" && a.EndingAt(v - 1) is { } governed && a.Lower(governed.First - 1) == "of") v = governed.First - 1;
        while (v >= 0 && a.Lower(v) is "its" or "their" or "his" or "her" or "the" or "a" or "formal" or "official" or "diplomatic" or "full" or "that" or "this" or "such") v--;
        var type = Lexicon.Grant.Contains(a.Lower(v)) ? RecognitionType.State
            : Lexicon.Withdraw.Contains(a.Lower(v)) ? RecognitionType.Withdrawal
            // "Honduras switched recognition to China": the government it now recognises
            : Lexicon.Switch.Contains(a.Lower(v)) && a.Lower(n + 1) == "to" ? RecognitionType.Government
            : (RecognitionType?)null;
        if (type is null && a.Lower(v) == "of" && a.Lower(v - 1) is "withdrawal" or "revocation" or "suspension" or "cancellation" or "withdrawing" or "revoking")
        {
            type = RecognitionType.Withdrawal;
            v -= 2;
            while (v >= 0 && a.Lower(v) is "the" or "a" or "its" or "formal" or "official") v--;
            if (a.Lower(v) == "'s" && a.EndingAt(v - 1) is { } withdrawer && !Negated(a, withdrawer.First) && NominalStated(a, withdrawer.First))
            {
                var (wo, _, wl, wi) = hasOf ? Object(c, n + 2, RecognitionType.Withdrawal) : ([], RecognitionType.Withdrawal, n, true);
                Emit(c, c.Polities([withdrawer]), wo, RecognitionType.Withdrawal, n, withdrawer.First, wl, 0.75, null, null, null, wi);
                return;
            }
            v = a.BeforeDate(v); // "announced on 24 January the withdrawal of ..."
            if (!Lexicon.Grant.Contains(a.Lower(v)) && a.Lower(v) is not ("made" or "completed" or "confirmed")) return;
        }
        if (type is null || v < 0 || Governor.Govern(a, v) is not { } frame || c.Actor(frame) is not { } subject) return;
        c.LastActor = subject;
        var (o, kind2, last2, implicit2) = hasOf ? Object(c, n + 2, type.Value) : ([], type.Value, n, true);
        Emit(c, c.Polities(subject.Items), o, kind2, n, Math.Min(subject.First, v), last2, 0.85 * frame.Confidence / 0.9, frame.Ordinal, null, c.PersonIn(subject.Items), implicit2);
    }

    /// <summary>
    /// "The governments of X and Y have decided upon mutual recognition", "X and Y announced mutual recognition": each
    /// of the two recognises the other, as the reciprocal verb does ("recognised each other").
    /// </summary>
    private static bool Mutual(PatternContext c, int n)
    {
        var a = c.A;
        if (a.Lower(n - 1) is not ("mutual" or "reciprocal") || a.Lower(n + 1) is "of" or "by") return false;
        // "a mutual recognition agreement (on qualifications)": the noun modifies another, as in trade and standards
        if (n + 1 < a.Count && a[n + 1].Kind == Text.TokenKind.Word && a.DatedPhraseAt(n + 1) is null && a.Dates.All(d => d.First != n + 1)
            && a.Lower(n + 1) is not ("and" or "as" or "effective" or "with" or "on" or "in" or "from" or "at" or "between" or "today" or "yesterday")) return false;
        var v = n - 2;
        while (v >= 0 && a.Lower(v) is "the" or "a" or "full" or "formal" or "official" or "diplomatic") v--;
        if (Lexicon.AgreesOn(a.Lower(v - 1), a.Lower(v))) v--;
        else if (!Lexicon.Grant.Contains(a.Lower(v)) && a.Lower(v) is not ("agreed" or "established" or "signed")) return false;
        if (Governor.Govern(a, v) is not { Passive: false } frame || c.Actor(frame) is not { } subject || c.Polities(subject.Items) is not [var x, var y]) return false;
        c.LastActor = subject;
        foreach (var (recogniser, recognised) in new[] { (x, y), (y, x) })
        {
            Emit(c, [recogniser], [recognised], RecognitionType.State, n, Math.Min(subject.First, v), n, 0.8 * frame.Confidence / 0.9, null, null, null, false);
        }
        return true;
    }

    /// <summary>
    /// "The first country to recognise Bangladesh was Bhutan, on 6 December 1971", "Among the first to recognise Kosovo
    /// were Costa Rica and Afghanistan": the ordinal phrase is the subject and the recognisers follow the copula.
    /// </summary>
    private static bool InvertedOrdinal(PatternContext c, int v, RecognitionType type)
    {
        var a = c.A;
        if (a.Lower(v - 1) != "to") return false;
        var k = v - 2;
        while (k >= 0 && k > v - 5 && a.Lower(k) is "country" or "countries" or "state" or "states" or "nation" or "nations" or "government" or "governments" or "un" or "member" or "members") k--;
        if (a.Lower(k) is not ("first" or "second" or "third" or "fourth" or "fifth" or "last" or "only")) return false;
        var ordinal = a.Lower(k) switch { "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, _ => (int?)null };
        if (a.Lower(k - 1) != "the") return false;
        var start = k - 1;
        if (a.Lower(start - 1) == "among")
        {
            start--;
            ordinal = null;
        }
        if (start != 0 && a.Lower(start - 1) is not ("," or "-")) return false; // after a leading adverbial or a dateline
        var (objects, kind, last, _) = Object(c, v + 1, type);
        if (objects.Count == 0 || a.Lower(last + 1) is not ("was" or "were" or "is" or "are")) return false;
        var (agents, _, agentsLast) = ArgumentReader.ListRight(a, last + 2);
        if (agents.Count == 0 || !ArgumentReader.IsAsserted(a, last + 1)) return false;
        var end = a.Lower(agentsLast + 1) == "," && a.DatedPhraseAt(agentsLast + 2) is { } dated ? dated.Last : agentsLast;
        Emit(c, c.Polities(agents), objects, kind, v, start, end, 0.85, ordinal, null, c.PersonIn(agents), false);
        return true;
    }

    /// <summary>
    /// "Those that have recognised Abkhazia include Russia and Syria", "States recognising Kosovo include Japan": a
    /// description of the recognisers as subject, the named ones after "include".
    /// </summary>
    private static bool InvertedInclusion(PatternContext c, int v, RecognitionType type)
    {
        var a = c.A;
        var k = v - 1;
        while (k >= 0 && a.Lower(k) is "have" or "has" or "had" or "formally" or "officially" or "already") k--;
        var described = a.Lower(v).EndsWith("ing", StringComparison.Ordinal) ? k : a.Lower(k) is "that" or "which" or "who" ? k - 1 : -1;
        if (described < 0 || a.Lower(described) is not ("those" or "countries" or "states" or "nations" or "governments")) return false;
        if (described > 0 && a.Lower(described - 1) is not ("the" or "," or "-") && !(described == 1 && a.Lower(0) == "the")) return false;
        var (objects, kind, last, _) = Object(c, v + 1, type);
        if (a.DatedPhraseAt(last + 1) is { } dated) last = dated.Last;
        if (objects.Count == 0 || a.Lower(last + 1) is not ("include" or "includes" or "included")) return false;
        var (agents, _, agentsLast) = ArgumentReader.ListRight(a, last + 2);
        if (agents.Count == 0 || !ArgumentReader.IsAsserted(a, last + 1)) return false;
        Emit(c, c.Polities(agents), objects, kind, v, Math.Max(0, described - 1), agentsLast, 0.8, null, null, c.PersonIn(agents), false);
        return true;
    }

    /// <summary>"Y won recognition from A in 2014, from B on 28 February 2009 and from C": Y recognised by each, at its date.</summary>
    private static void Received(PatternContext c, int n, int verb)
    {
        var a = c.A;
        if (Governor.Govern(a, verb) is not { Passive: false } frame || c.Actor(frame) is not { } subject) return;
        var recognised = c.Polities(subject.Items);
        var k = n + 1;
        while (a.Lower(k) == "from")
        {
            var list = DatedList.Read(a, k + 1);
            if (list.Items.Count == 0) break;
            // "In 1974 Bangladesh won recognition from Pakistan": a list without dates of its own takes the clause's
            var clauseDate = list.Items.Any(x => x.Date is not null) ? DateResolution.None : c.Date(n, subject.First);
            foreach (var (item, dated) in list.Items)
            {
                var date = dated is null ? clauseDate : DateAssigner.Resolve(a, dated, c.Published, c.Discourse);
                Emit(c, c.Polities([item]), recognised, RecognitionType.State, n, subject.First, list.Last, 0.8, null, null, null, false, date);
            }
            k = list.Last + 1;
            if (a.Lower(k) == ",") k++;
            if (a.Lower(k) == "and") k++;
        }
    }

    /// <summary>"X, which/whom ...": the named antecedent of an object relative pronoun right before the subject at <paramref name="subjectFirst"/>, or null.</summary>
    private static Mention? RelativeAntecedent(SentenceAnalysis a, int subjectFirst)
    {
        var k = subjectFirst - 1;
        if (a.Lower(k) is not ("which" or "whom")) return null;
        k--;
        if (a.Lower(k) == ",") k--;
        return a.EndingAt(k) is { Kind: MentionKind.Named } antecedent ? antecedent : null;
    }

    /// <summary>"Fiji withdrew (its) recognition from Togo": a withdrawal of the recognition of the state after "from".</summary>
    private static bool WithdrawnFrom(PatternContext c, int n)
    {
        var a = c.A;
        var v = n - 1;
        while (v >= 0 && a.Lower(v) is "its" or "their" or "the" or "diplomatic" or "formal" or "official") v--;
        if (v < 0 || !Lexicon.Withdraw.Contains(a.Lower(v))) return false;
        var (from, _, last) = ArgumentReader.ListRight(a, n + 2);
        // "withdrew recognition from Taipei and granted it to Beijing": a switch, read as one
        if (from.Count == 0 || a.Lower(last + 1) == "to" || Governor.Govern(a, v) is not { Passive: false } frame || c.Actor(frame) is not { } subject) return false;
        c.LastActor = subject;
        Emit(c, c.Polities(subject.Items), c.Polities(from), RecognitionType.Withdrawal, n, Math.Min(subject.First, v), last, 0.85 * frame.Confidence / 0.9, frame.Ordinal, null, c.PersonIn(subject.Items), false);
        return true;
    }

    /// <summary>"X switched (its diplomatic) recognition from A to B": B recognised as the government, A's recognition withdrawn.</summary>
    private static void Switch(PatternContext c, int n)
    {
        var a = c.A;
        var v = n - 1;
        while (v >= 0 && a.Lower(v) is "its" or "their" or "the" or "diplomatic" or "formal" or "official") v--;
        if (!Lexicon.Switch.Contains(a.Lower(v)) || Governor.Govern(a, v) is not { } frame || c.Actor(frame) is not { } subject) return;
        c.LastActor = subject;
        var (from, _, fromLast) = ArgumentReader.ListRight(a, n + 2);
        var to = new List<Mention>();
        var last = fromLast;
        if (a.Lower(fromLast + 1) == "to")
        {
            (to, _, last) = ArgumentReader.ListRight(a, fromLast + 2);
        }
        var actors = c.Polities(subject.Items);
        Emit(c, actors, c.Polities(to), RecognitionType.Government, n, Math.Min(subject.First, v), last, 0.85, null, null, c.PersonIn(subject.Items), false);
        Emit(c, actors, c.Polities(from), RecognitionType.Withdrawal, n, Math.Min(subject.First, v), last, 0.8, null, null, c.PersonIn(subject.Items), false);
    }

    /// <summary>
    /// What is recognised: "the independence of X", "X and Y", "X's independence", "Croatian independence", "both areas",
    /// "the declaration of independence" (the entity that declared it), a government ("the government of X", "the
    /// Libyan opposition council", "X's new government", "Y as interim president").
    /// </summary>
    private static (List<string> Objects, RecognitionType Kind, int Last, bool Implicit) Object(PatternContext c, int start, RecognitionType type)
    {
        var a = c.A;
        var k = SkipAdverbs(a, start);
        var kind = type;
        k = SkipStateAdjectives(a, k, false);
        // "the restored independence of", "the full sovereignty of"
        var restored = a.Lower(k) == "the" && a.Lower(k + 1) is "restored" or "renewed" or "full" or "complete" or "formal" && a.Lower(k + 2) is "independence" or "sovereignty" ? 1 : 0;
        if (a.Lower(k) == "the" && a.Lower(k + 1 + restored) is "independence" or "sovereignty" or "statehood" && a.Lower(k + 2 + restored) == "of") k += 3 + restored;
        else if (a.Lower(k) is "the" or "its" or "their" && a.Lower(k + 1) is "declaration" or "independence" or "declarations" && a.Lower(k + 2) is not "of" || (a.Lower(k + 1) is "declaration" && a.Lower(k + 2) == "of" && a.Lower(k + 3) == "independence"))
        {
            return ([], kind, Math.Min(a.Count - 1, k + 3), true);
        }
        var g0 = a.Lower(k + 1) is "new" or "interim" or "transitional" or "legitimate" or "military" or "provisional" ? k + 2 : k + 1;
        if (a.Lower(k) is "the" or "a" && a.Lower(g0) is "government" or "authorities" or "regime" or "leadership" && a.Lower(g0 + 1) is "of" or "in")
        {
            k = g0 + 2;
            kind = Promote(type);
        }
        if (a.Lower(k) is "the" or "a" or "an" && a.StartingAt(k) is null) k++; // but "the Gambia" is a name
        k = SkipStateAdjectives(a, k, true);
        // "the interim Montenegrin government", "the exiled Yemeni government": a government's adjective after its kind
        var governmentKind = k;
        while (a.StartingAt(governmentKind) is null && a.Lower(governmentKind) is "interim" or "provisional" or "transitional" or "exiled" or "legitimate" or "caretaker" or "military") governmentKind++;
        if (governmentKind > k && a.StartingAt(governmentKind) is { Kind: MentionKind.Adjective }) k = governmentKind;
        // "Croatian independence", "the Libyan opposition council", but not "Moroccan sovereignty over Western Sahara"
        if (a.StartingAt(k) is { Kind: MentionKind.Adjective } adjective)
        {
            var next = a.Lower(adjective.Last + 1);
            // "Croatian independence", "a Palestinian state"
            if (next is "independence" or "statehood" or "state" || (next == "sovereignty" && a.Lower(adjective.Last + 2) != "over"))
            {
                return ([.. adjective.Entities.Where(e => c.Gazetteer.ById(e)?.IsPolity == true)], kind, adjective.Last + 1, false);
            }
            for (var g = adjective.Last + 1; g <= adjective.Last + 3 && g < a.Count; g++)
            {
                if (GovernmentTitles.Contains(a.Lower(g)) || a.Lower(g) is "council" or "opposition" or "rebels")
                {
                    return ([.. adjective.Entities.Where(e => c.Gazetteer.ById(e)?.IsPolity == true)], Promote(type), g, false);
                }
                if (a.StartingAt(g) is not null || a[g].Kind != Text.TokenKind.Word) break;
            }
        }
        // "Guaidó as interim president": a person recognised as a state's leader
        if (a.StartingAt(k) is { Kind: MentionKind.Person } person && a.Lower(person.Last + 1) == "as")
        {
            var state = c.Persons.FirstOrDefault(p => p.Id == person.Entities[0])?.Of;
            for (var g = person.Last + 2; g < Math.Min(a.Count, person.Last + 9) && state is null; g++)
            {
                if (a.Lower(g) == "of" && a.StartingAt(g + 1) is { Kind: MentionKind.Named } of) state = of.Entities[0];
                else if (a.StartingAt(g) is { Kind: MentionKind.Named or MentionKind.Adjective } m2 && a.Lower(g + 1) is "president" or "leader" or "government") state = m2.Entities[0];
            }
            return state is null ? ([], kind, person.Last, false) : ([state], Promote(type), person.Last, false);
        }
        // "recognised Guaidó on 4 February": a leader known to act for a state, recognised as such (not "Putin's achievements")
        if (a.StartingAt(k) is { Kind: MentionKind.Person } leader && a.Lower(leader.Last + 1) is not ("'s" or "'" or "as")
            && c.Persons.FirstOrDefault(p => p.Id == leader.Entities[0]) is { Of: { } ledState, Office: null } && c.Gazetteer.ById(leader.Entities[0]) is not null)
        {
            return ([ledState], Promote(type), leader.Last, false);
        }
        // "Juan Guaidó as the constitutional interim President of Venezuela": a named leader recognised as a state's head
        if (a.StartingAt(k) is null && LeaderAs(c, k) is var (leaderState, leaderLast) && leaderState is not null) return ([leaderState], Promote(type), leaderLast, false);
        if (ApposedToGroup(a, k) is { } apposed && ArgumentReader.ListRight(a, apposed) is { Items.Count: > 0 } members && members.Items.All(m => m.Kind == MentionKind.Named))
        {
            return (c.Polities(members.Items), kind, members.Last, false);
        }
        var (items, _, last) = ArgumentReader.ListRight(a, k);
        // "Bolivia's territorial integrity", "Bolivia's claim to X", "the ROC as part of X": not the state itself
        if (a.Lower(last + 1) is "'s" or "'" or "sovereignty" or "claim" or "claims" || AsTerritory(a, last)) return ([], kind, last, false);
        if (GovernmentAfter(a, last)) kind = Promote(type);
        var objects = c.Polities(items.Where(m => m.Kind != MentionKind.Person));
        return (objects, kind, items.Count == 0 ? start : last, items.Count == 0 && a.StartingAt(k) is null && a.Lower(k) is "," or "." or "in" or "on" or "as" or "and" or "despite" or "");
    }

    /// <summary>
    /// Past the adjectives that describe a recognised state before its name, joined or not: "newly independent",
    /// "the independent and sovereign State of Palestine", "a free, sovereign and independent Croatia".
    /// </summary>
    private static int SkipStateAdjectives(SentenceAnalysis a, int k, bool allowNew)
    {
        static bool StateAdjective(string w, bool allowNew) => w is "newly" or "newly-independent" or "independent" or "sovereign" or "newly-formed" or "formed" or "free" or "democratic" || (allowNew && w == "new");
        while (a.StartingAt(k) is null && StateAdjective(a.Lower(k), allowNew))
        {
            k++;
            // "independent and sovereign", "free, sovereign": a conjunction or comma before another such adjective
            if (a.Lower(k) is "and" or "," && a.StartingAt(k + 1) is null && StateAdjective(a.Lower(k + 1), allowNew)) k++;
        }
        return k;
    }

    /// <summary>Nouns for the occasion of an act: "as part of a deal", "as part of the Abraham Accords".</summary>
    private static readonly HashSet<string> Occasions = new(StringComparer.Ordinal)
    {
        "deal", "deals", "agreement", "agreements", "accord", "accords", "process", "effort", "efforts", "package", "arrangement", "normalisation",
        "normalization", "plan", "initiative", "push", "campaign", "policy", "bargain", "settlement", "exchange", "treaty", "communique", "communiqué",
        "talks", "negotiations", "drive", "wave", "move", "moves", "trend", "series",
    };

    /// <summary>
    /// "the ROC as part of China", "Crimea as Russian territory": after the object, a claim about what it belongs to, so
    /// no state is recognised; "as part of a deal", "as part of the Abraham Accords" names the occasion instead.
    /// </summary>
    private static bool AsTerritory(SentenceAnalysis a, int last)
    {
        if (a.Lower(last + 1) != "as") return false;
        if (a.Lower(last + 2) == "part" && a.Lower(last + 3) == "of")
        {
            if (a.Lower(last + 4) is "a" or "an") return false;
            for (var g = last + 4; g < Math.Min(a.Count, last + 9); g++)
            {
                if (a.StartingAt(g) is { Kind: MentionKind.Named }) return true;
                if (Occasions.Contains(a.Lower(g))) return false;
            }
            return true;
        }
        return Enumerable.Range(last + 2, 4).Any(g => a.Lower(g) is "part" or "belonging" or "territory" or "capital" or "province" or "region" or "portion");
    }

    private static readonly HashSet<string> GroupHeads = new(StringComparer.Ordinal)
    {
        "regions", "republics", "territories", "provinces", "entities", "enclaves", "statelets", "oblasts",
        // "Somalia's breakaway region of Somaliland": one named after its owner's possessive
        "region", "republic", "territory", "province", "enclave", "statelet",
    };

    /// <summary>
    /// Where the names of a described group start: "the two breakaway regions of Georgia, Abkhazia and South Ossetia" and
    /// "Georgia's two breakaway regions, Abkhazia and South Ossetia" (names in apposition), "Georgia's breakaway regions
    /// of Abkhazia and South Ossetia" (names after "of" once the owner is given); or null. "the regions of Georgia" alone
    /// names only the owner, which is not what is recognised.
    /// </summary>
    private static int? ApposedToGroup(SentenceAnalysis a, int k)
    {
        var possessive = false;
        if (a.StartingAt(k) is { Kind: MentionKind.Named } owner && a.Lower(owner.Last + 1) == "'s")
        {
            possessive = true;
            k = owner.Last + 2;
        }
        else if (a.Lower(k) is "the" or "its" or "their") k++;
        var g = k;
        while (g < a.Count && g < k + 4 && !GroupHeads.Contains(a.Lower(g)) && a[g].Kind == Text.TokenKind.Word && (a.StartingAt(g) is null || a.StartingAt(g)!.Kind == MentionKind.PluralReference)) g++;
        if (g >= a.Count || !GroupHeads.Contains(a.Lower(g))) return null;
        if (a.Lower(g + 1) is "," or ":") return g + 2;
        if (a.Lower(g + 1) != "of") return null;
        if (possessive) return g + 2;
        return a.StartingAt(g + 2) is { Kind: MentionKind.Named } of && a.Lower(of.Last + 1) == "," ? of.Last + 2 : null;
    }

    /// <summary>"alongside A and B", "together with A", "in a coordinated announcement with A": others acting with the subject.</summary>
    private static IEnumerable<(List<Mention> Items, int First, int Last)> CoAgents(SentenceAnalysis a, int verb, int objectLast)
    {
        for (var k = 0; k < a.Count; k++)
        {
            var start = -1;
            if (a.Lower(k) is "alongside" or "joining") start = k + 1;
            // "Haiti, like Nepal, recognised Romania": Nepal did so too, when is not said
            else if (a.Lower(k) == "like" && a.Lower(k - 1) == ",") start = k + 1;
            else if (a.Lower(k) is "together" or "along" or "jointly" && a.Lower(k + 1) == "with") start = k + 2;
            else if (a.Lower(k) == "announcement" && a.Lower(k + 1) == "with" && a.Lower(k - 1) is "coordinated" or "joint") start = k + 2;
            // "The United Kingdom, together with France, recognised ...": between subject and verb too; never inside the object
            if (start < 0 || (k > verb && k <= objectLast)) continue;
            var (items, _, last) = ArgumentReader.ListRight(a, start);
            if (items.Count > 0) yield return (items, k, last);
        }
    }

    /// <summary>A capitalised name (not in the gazetteer) then "as ... president/leader of X" or "as X's ... president": X and the last token read.</summary>
    private static (string? State, int Last) LeaderAs(PatternContext c, int k)
    {
        var a = c.A;
        // "opposition leader Juan Guaidó as ...": a role before the name
        while (k < a.Count && k < a.Count - 1 && a.Lower(k) is "opposition" or "leader" or "politician" or "lawmaker" or "figure" or "chief" or "speaker" or "parliamentary" or "assembly" && !a[k].IsCapitalised) k++;
        var j = k;
        while (j < a.Count && j < k + 4 && a[j].IsCapitalised && a[j].Kind == Text.TokenKind.Word && a.StartingAt(j) is null) j++;
        if (j == k || a.Lower(j) != "as") return (null, k);
        for (var g = j + 1; g < Math.Min(a.Count, j + 9); g++)
        {
            if (a.Lower(g) is not ("president" or "leader" or "head" or "ruler" or "government" or "prime")) continue;
            var of = g + 1;
            while (of < a.Count && of <= g + 3 && a.Lower(of) != "of") of++;
            if (a.Lower(of) == "of" && a.StartingAt(of + 1 + (a.Lower(of + 1) == "the" ? 1 : 0)) is { Kind: MentionKind.Named } named && c.Gazetteer.ById(named.Entities[0])?.IsPolity == true) return (named.Entities[0], named.Last);
            for (var b = j + 1; b < g; b++)
            {
                if (a.StartingAt(b) is { Kind: MentionKind.Named or MentionKind.Adjective } m && c.Gazetteer.ById(m.Entities[0])?.IsPolity == true) return (m.Entities[0], g);
            }
            return (null, k);
        }
        return (null, k);
    }

    /// <summary>"X's government", "X as the (sole) legitimate government", "as the legitimate representative".</summary>
    private static bool GovernmentAfter(SentenceAnalysis a, int last)
    {
        var k = last + 1;
        if (a.Lower(k) == "'s") k++;
        if (a.Lower(k) is "new" or "interim" or "transitional") k++;
        if (a.Lower(k) is "government" or "regime" or "authorities") return true;
        if (a.Lower(last + 1) != "as") return false;
        for (var g = last + 2; g < Math.Min(a.Count, last + 7); g++)
        {
            if (GovernmentTitles.Contains(a.Lower(g))) return true;
        }
        return false;
    }

    private static RecognitionType Promote(RecognitionType type) => type == RecognitionType.State ? RecognitionType.Government : type;

    private static void Emit(
        PatternContext c,
        List<string> recognisers,
        List<string> recognised,
        RecognitionType kind,
        int trigger,
        int evidenceFirst,
        int evidenceLast,
        double confidence,
        int? ordinal,
        string? instrument,
        string? announcedBy,
        bool implicitObject,
        DateResolution? date = null)
    {
        // "announced their recognition", "withdrew its recognition": of the entity that declared independence,
        // else of the entity last said to be recognised
        if (recognised.Count == 0 && implicitObject && ImpliedObjects(c, recognisers, kind, trigger) is { Count: > 0 } implied)
        {
            recognised = implied;
            confidence -= 0.1;
        }
        if (recognisers.Count == 0 || recognised.Count == 0) return;
        date ??= c.Date(trigger, evidenceFirst);
        var evidence = c.Evidence(evidenceFirst, Math.Max(evidenceFirst, evidenceLast));
        foreach (var pr in recognisers)
        {
            var r = Gazetteer.Gazetteer.AtDate(pr, date.Date);
            foreach (var po in recognised)
            {
                var o = Gazetteer.Gazetteer.AtDate(po, date.Date);
                if (r == o) continue;
                var f = new RecognitionFinding(r, o, RivalGovernments.Contains(o) && kind == RecognitionType.State ? RecognitionType.Government : kind) { Ordinal = ordinal, Instrument = instrument, AnnouncedBy = announcedBy, Date = date.Date, DateNote = date.Note, Confidence = Math.Round(confidence, 2) };
                f.Evidence.Add(evidence);
                c.Findings.Add(f);
            }
        }
    }

    /// <summary>
    /// What "its recognition" is of: for a withdrawal, what the withdrawer was said to recognise, or the partner it was
    /// said to have relations with ("established relations with Abkhazia in 2011 but withdrew its recognition in 2014");
    /// else the entity that declared independence, else the one last said to be recognised.
    /// </summary>
    private static List<string> ImpliedObjects(PatternContext c, List<string> recognisers, RecognitionType kind, int trigger)
    {
        var withdrawal = kind == RecognitionType.Withdrawal;
        if (withdrawal && c.Findings.Recognitions.LastOrDefault(r => recognisers.Contains(r.Recogniser) && r.Kind != RecognitionType.Withdrawal) is { } last)
        {
            // "recognised Abkhazia and South Ossetia in 2011, but withdrew its recognition in 2014": every entity of that act
            var act = last.Evidence.FirstOrDefault();
            return [.. c.Findings.Recognitions
                .Where(r => recognisers.Contains(r.Recogniser) && r.Kind != RecognitionType.Withdrawal && r.Evidence.FirstOrDefault() == act)
                .Select(r => r.Recognised).Distinct()];
        }
        var implied = c.Discourse.DeclaredIndependence ?? c.Findings.Recognitions.LastOrDefault()?.Recognised
            ?? (withdrawal ? RelationsPartnerBefore(c, trigger) ?? EstablishedPartner(c, recognisers) : null);
        return implied is null ? [] : [implied];
    }

    /// <summary>The other party of the last establishment one of <paramref name="recognisers"/> took part in.</summary>
    private static string? EstablishedPartner(PatternContext c, List<string> recognisers) =>
        c.Findings.Establishments.LastOrDefault(e => recognisers.Contains(e.First) || recognisers.Contains(e.Second)) is { } e
            ? (recognisers.Contains(e.First) ? e.Second : e.First)
            : null;

    /// <summary>The state named after "relations with" earlier in the sentence (relations are read after recognitions).</summary>
    private static string? RelationsPartnerBefore(PatternContext c, int trigger) => c.RelationsPartners(trigger).LastOrDefault();

    /// <summary>"Recognition of Kosovo by Nigeria is still pending / was expected": the act the noun names has not happened.</summary>
    private static bool Unrealised(SentenceAnalysis a, int n)
    {
        var (_, clauseLast) = a.ClauseRange(n);
        for (var k = n + 1; k < Math.Min(clauseLast, n + 12); k++)
        {
            if (a.Lower(k) is not ("is" or "was" or "remains" or "remained" or "are" or "were")) continue;
            var next = a.Lower(k + 1) is "still" or "now" or "not" or "also" ? a.Lower(k + 2) : a.Lower(k + 1);
            return next is "pending" or "awaited" or "expected" or "unlikely" or "likely" or "possible" or "uncertain" or "conditional" or "under" or "planned" or "delayed" or "blocked" or "stalled" or "elusive";
        }
        return false;
    }

    /// <summary>A nominal act stated as background fact: not "calls for X's recognition", "sought recognition".</summary>
    private static bool NominalStated(SentenceAnalysis a, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var w = a.Lower(k);
            if (w is "for" or "seek" or "seeks" or "sought" or "seeking" or "sought" or "want" or "wants" or "urged" or "demanded" or "demand" or "no" or "not" or "without" or "against" or "oppose" or "opposed" or "opposes" or "possible" or "potential" or "future" or "any" or "prevent" or "block" or "blocked" or "win" or "gain" or "secure" or "obtain") return false;
        }
        return true;
    }

    private static int FindBy(SentenceAnalysis a, int v, int window)
    {
        var clause = a.ClauseOf[v];
        for (var k = v + 1; k < a.Count && k <= v + window && a.ClauseOf[k] == clause; k++)
        {
            if (a.Lower(k) == "by" && k > v) return k;
            if (a.Lower(k) == "that") return -1;
        }
        return -1;
    }

    private static int SkipAdverbs(SentenceAnalysis a, int k)
    {
        while (k < a.Count && (a.Lower(k) is "formally" or "officially" or "also" or "diplomatically" || (a.Lower(k).EndsWith("ly", StringComparison.Ordinal) && a.Lower(k) != "only" && a.StartingAt(k) is null))) k++;
        return k;
    }

    private static bool Negated(SentenceAnalysis a, int before)
    {
        for (var k = before - 1; k >= 0 && k >= before - 3; k--)
        {
            if (a.Lower(k) is "no" or "not" or "never" or "without") return true;
        }
        return false;
    }
}
