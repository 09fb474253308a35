using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// How a trigger is governed: whether its clause states the act as having happened, and whose act it is.
/// A trigger may be a finite verb ("recognised"), an infinitive under a control verb, an ordinal or a decision
/// ("decided to be the first to recognise", "made the decision to withdraw"), a purpose clause ("exchanged notes
/// to establish"), a causative ("causing Ukraine to sever"), or a participle ("signed decrees recognising",
/// "after breaking off relations with X, Y ..."). The chain is followed up to the finite verb whose subject acts;
/// each link is checked for negation, modality, conditions, questions and denial.
/// </summary>
public static class Governor
{
    /// <summary>Control verbs whose infinitive happened when they did ("decided to recognise").</summary>
    private static readonly HashSet<string> Factive = new(StringComparer.Ordinal)
    {
        "decided", "decides", "opted", "opts", "chose", "chooses", "voted", "votes", "moved", "moves", "proceeded", "proceeds",
        "went", "managed", "manages", "switched", "switches", "rushed", "hastened", "became", "becomes",
        "continued", "used", "formally",
    };

    /// <summary>"Malta was quick to recognise Kosovo": adjectives of speed whose infinitive happened; the copula is not a passive.</summary>
    private static readonly HashSet<string> QuickAdjectives = new(StringComparer.Ordinal)
    {
        "quick", "quicker", "quickest", "swift", "swifter", "swiftest", "prompt", "fast",
        // a speaker's performative: "I am pleased to formally recognise", "we are proud to establish"
        "pleased", "proud", "honoured", "honored", "delighted", "glad", "happy",
    };

    /// <summary>Predicates whose infinitive is only planned, wished, asked for or refused ("plans to recognise").</summary>
    private static readonly HashSet<string> NonFactive = new(StringComparer.Ordinal)
    {
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "intention", "intentions", "want", "wants", "wanted",
        "hope", "hopes", "hoped", "hoping", "seek", "seeks", "sought", "seeking", "aim", "aims", "aimed", "threaten", "threatens",
        "threatened", "threatening", "threat", "threats", "promise", "promises", "promised", "pledge", "pledged", "pledges", "vow", "vowed",
        "vows", "expect", "expects", "expected", "likely", "unlikely", "ready", "prepared", "willing", "urge", "urges", "urged", "urging",
        "call", "calls", "called", "calling", "ask", "asks", "asked", "asking", "refuse", "refuses", "refused", "refusal", "decline",
        "declines", "declined", "fail", "fails", "failed", "failure", "reluctant", "reluctance", "hesitant", "consider", "considers",
        "considered", "considering", "propose", "proposes", "proposed", "proposal", "offer", "offers", "offered", "try", "tries", "tried",
        "attempt", "attempts", "attempted", "bid", "push", "pushed", "pressure", "pressured", "lobby", "lobbied", "encourage", "encouraged",
        "encourages", "invite", "invited", "due", "set", "poised", "about", "able", "unable", "need", "needs", "needed", "going", "supposed",
        "agree", "agreed", "agrees", "agreement", "effort", "efforts", "campaign", "pressing", "demand", "demands", "demanded", "wish",
        "wishes", "wished", "prefer", "prefers", "preferred", "reason", "right", "authority", "power", "chance", "opportunity", "way",
        "move", "moves", "order", "time", "resolution", "law", "bill", "motion", "appeal", "appeals", "appealed",
    };

    /// <summary>Nouns of decision whose infinitive happened when a governing verb made or announced it ("took action to sever").</summary>
    private static readonly HashSet<string> DecisionNouns = new(StringComparer.Ordinal)
    {
        "decision", "decisions", "action", "step", "steps", "measure", "measures",
    };

    private static readonly HashSet<string> DecisionVerbs = new(StringComparer.Ordinal)
    {
        "made", "makes", "took", "takes", "taken", "announced", "announces", "adopted", "implemented", "carried",
    };

    /// <summary>Verbs that make their object act ("causing Ukraine to sever").</summary>
    private static readonly HashSet<string> Causative = new(StringComparer.Ordinal)
    {
        "causing", "caused", "prompting", "prompted", "leading", "led", "forcing", "forced", "compelling", "compelled",
    };

    /// <summary>Finite verbs a purpose clause may hang from ("exchanged notes to establish relations").</summary>
    private static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
    {
        "exchanged", "signed", "issued", "sent", "adopted", "published", "passed", "delivered", "released", "held", "met", "took", "used",
        "concluded", "reached", "announced", "declared", "approved", "enacted", "promulgated", "ratified", "endorsed",
    };

    /// <summary>Verbs of denial and doubtful report: what they govern is not stated as fact.</summary>
    private static readonly HashSet<string> Denial = new(StringComparer.Ordinal)
    {
        "denied", "denies", "deny", "denying", "dismissed", "dismisses", "refuted", "refutes", "claimed", "claims", "claiming", "alleged",
        "alleges", "rumoured", "rumored", "falsely", "speculated", "speculation", "rumours", "rumors", "whether", "doubt", "doubts",
        "questioned", "disputed", "disputes",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "are", "was", "were", "been", "be", "being", "got", "am" };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
        ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["last"] = 0, ["latest"] = 0, ["only"] = 0, ["next"] = 0,
    };

    private static readonly HashSet<string> OrdinalNouns = new(StringComparer.Ordinal)
    {
        "nation", "nations", "country", "countries", "state", "states", "government", "governments", "member", "members", "un", "foreign",
        "european", "african", "asian", "arab", "western", "country's", "power", "powers", "sovereign", "independent",
        "eu", "nato", "g7", "g20", "commonwealth", "latin", "american", "caribbean", "pacific", "muslim", "islamic", "nordic", "major", "non-aligned",
    };

    /// <summary>
    /// The governing frame of the trigger at <paramref name="trigger"/>, or null when the clause does not state the
    /// act as having happened.
    /// </summary>
    public static Frame? Govern(SentenceAnalysis a, int trigger) => Govern(a, trigger, 0);

    private static Frame? Govern(SentenceAnalysis a, int t, int depth)
    {
        if (depth > 4 || a.IsQuoted(t) || IsDoubted(a, t)) return null;
        // "would sever ties with X and instead recognise Y", "decided to recognise X and establish relations": a bare
        // verb coordinated with an earlier one shares its auxiliary or infinitive marker, so that verb governs it
        if (SharedVerbGroup(a, t) is { } head) return Govern(a, head, depth + 1);
        if (a.Lower(t).EndsWith("ing", StringComparison.Ordinal) && !IsProgressive(a, t)) return Participle(a, t, depth);
        // "..., having severed them in 1972", "Having recognised Kosovo, Fiji ...": a perfect participle is read as one
        var h = SkipAdverbsLeft(a, t - 1);
        if (h >= 0 && a.Lower(h) is "first" or "previously" or "already" or "once") h--;
        if (h >= 0 && a.Lower(h) == "having") return Participle(a, h, depth);
        var k = SkipAdverbsLeft(a, t - 1);
        if (a.Lower(k) == "to")
        {
            if (!ArgumentReader.IsAsserted(a, t, allowInfinitive: true)) return null;
            return Infinitive(a, k, depth);
        }
        // "the 13th state that has withdrawn its recognition": an ordinal antecedent of a relative pronoun
        var r = t - 1;
        while (r >= 0 && ArgumentReader.IsVerbGroupWord(a.Lower(r)) && a.EndingAt(r) is null) r--;
        if (a.Lower(r) is "that" or "which" or "who" && OrdinalBefore(a, r - 1) is { } relative) return relative;
        if (!ArgumentReader.IsAsserted(a, t)) return null;
        return new Frame(t, IsPassive(a, t), 0.9, null, null, -1);
    }

    /// <summary>
    /// "Recognising Somaliland, Israel became ...": the participle's object ends at the comma (not "Recognising Kosovo
    /// would be a mistake, Serbia said"), and the subject after it is no parenthetical speaker ("..., Spain said, is").
    /// </summary>
    private static bool OpeningParticiplePhrase(SentenceAnalysis a, int participle, int comma, int subjectLast)
    {
        var (objects, _, objectLast) = ArgumentReader.ListRight(a, participle + 1);
        if (objects.Count == 0 || objectLast + 1 != comma) return false;
        return !(a.Lower(subjectLast + 1) is "said" or "says" or "argued" or "argues" or "insisted" or "believes" or "noted" && a.Lower(subjectLast + 2) == ",");
    }

    /// <summary>
    /// "The decision to sever ties with Qatar was taken by Bahrain": the agent of the passive that takes the decision,
    /// later in the clause of the infinitive at <paramref name="to"/>; null when the clause has none.
    /// </summary>
    private static Frame? TakenBy(SentenceAnalysis a, int to)
    {
        var (_, clauseLast) = a.ClauseRange(to);
        for (var k = to + 2; k + 2 <= clauseLast && k < to + 20; k++)
        {
            if (a.Lower(k) is not ("was" or "were") || a.Lower(k + 1) is not ("taken" or "made" or "announced" or "adopted") || a.Lower(k + 2) != "by") continue;
            if (!ArgumentReader.IsAsserted(a, k + 1)) return null;
            var (items, _, _) = ArgumentReader.ListRight(a, k + 3);
            return items.Count == 0 ? null : new Frame(k + 1, false, 0.8, null, items, k + 3);
        }
        return null;
    }

    /// <summary>"X decided to recognise", "X was the first to recognise", "causing X to sever", "took action to sever".</summary>
    private static Frame? Infinitive(SentenceAnalysis a, int to, int depth)
    {
        if (OrdinalBefore(a, to - 1) is { } ordinal) return ordinal;
        // "the second country, after India, to recognise": a parenthetical between the ordinal's noun and its infinitive
        if (a.Lower(to - 1) == "," && ParentheticalOpening(a, to - 1) is { } open && OrdinalBefore(a, open - 1) is { } interrupted) return interrupted;
        // "a decision on June 13 to sever": a date between the governor and its infinitive
        var g = a.BeforeDate(SkipAdverbsLeft(a, to - 1));
        // "has decided, with immediate effect, to terminate": a parenthetical between the governor and its infinitive
        if (a.Lower(g) == "," && ParentheticalOpening(a, g) is { } opening) g = SkipAdverbsLeft(a, opening - 1);
        var w = a.Lower(g);
        // "X and Y agreed to restore relations" reports the restoration, unless the text says the agreement is not in force
        if (w is "agreed" or "agree" or "agrees" && (Lexicon.Establish.Contains(a.Lower(to + 1)) || CoordinatedEstablish(a, to)) && !Enumerable.Range(0, a.Count).Any(i => a.Lower(i) is "unratified" or "ratify" or "ratified" or "yet"))
        {
            return Lower(Govern(a, g, depth + 1), 0.85);
        }
        if (NonFactive.Contains(w)) return null;
        if (QuickAdjectives.Contains(w) && BeForms.Contains(a.Lower(g - 1))) return Lower(Govern(a, g, depth + 1), 0.95) is { } quick ? quick with { Passive = false } : null;
        if (Factive.Contains(w) || (w == "on" && a.Lower(g - 1) is "went" or "go" or "goes")) return Lower(Govern(a, w == "on" ? g - 1 : g, depth + 1), 0.95);
        if (DecisionNouns.Contains(w) && a.Lower(g - 1) == "'s" && a.EndingAt(g - 2) is { Kind: not MentionKind.Adjective } owner)
        {
            // "Kazakhstan's decision to recognise Taiwan angered Spain": the decision's owner acts
            if (IsDoubted(a, g) || !ArgumentReader.IsAsserted(a, owner.First)) return null;
            var (items, first) = ArgumentReader.ListLeft(a, g - 2);
            return new Frame(g, false, 0.8, null, items, first);
        }
        if (DecisionNouns.Contains(w))
        {
            var j = g - 1;
            var n = 0;
            while (j >= 0 && n++ < 3 && (a.Lower(j) is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" || (a.EndingAt(j) is null && a[j].Kind == Text.TokenKind.Word && !DecisionVerbs.Contains(a.Lower(j))))) j--;
            if (DecisionVerbs.Contains(a.Lower(j))) return Lower(Govern(a, j, depth + 1), 0.9);
            return a.Lower(j + 1) == "the" ? TakenBy(a, to) : null;
        }
        // "the decision by (the Government of) Niger to sever ties": the decision's agent acts
        if (a.EndingAt(g) is { Kind: not MentionKind.Adjective })
        {
            var (items, first) = ArgumentReader.ListLeft(a, g);
            var p = first - 1;
            if (a.Lower(p) == "of" && ArgumentReader.Rulers.Contains(a.Lower(p - 1)))
            {
                p -= 2;
                if (a.Lower(p) == "the") p--;
            }
            // "the decisions made by Saudi Arabia, Egypt and Bahrain to sever relations": a participle between them
            var decision = a.Lower(p) == "by" && a.Lower(p - 1) is "made" or "taken" && DecisionNouns.Contains(a.Lower(p - 2)) ? p - 2 : p - 1;
            // a definite decision that was taken ("the decision by Niger"), not "any decision by X", "warned against the decision"
            // ("the positive decision of Norway", "the historic decision by"): up to two modifiers after the article
            var article = decision - 1;
            while (article > decision - 3 && article > 0 && a[article].Kind == Text.TokenKind.Word && !a[article].IsCapitalised && a.EndingAt(article) is null
                && a.Lower(article) is not ("the" or "this" or "that" or "any" or "a" or "no" or "possible" or "potential" or "future" or "expected" or "planned" or "proposed")) article--;
            var definite = a.Lower(article) is "the" or "this" or "that" && a.Lower(article - 1) is not ("against" or "feared" or "fears" or "fear" or "oppose" or "opposes" or "opposed" or "prevent" or "prevented" or "block" or "blocked" or "avoid");
            if (definite && a.Lower(p) is "by" or "of" && DecisionNouns.Contains(a.Lower(decision)) && !IsDoubted(a, decision) && ArgumentReader.IsAsserted(a, decision))
            {
                return items.Count == 0 ? null : new Frame(g, false, 0.8, null, items, first);
            }
        }
        // "the agreement between China and Honduras to restore relations": the parties to a definite agreement act
        if (a.EndingAt(g) is { Kind: MentionKind.Named } && ArgumentReader.ListLeft(a, g) is { Items.Count: >= 2 } parties
            && a.Lower(parties.First - 1) == "between" && a.Lower(parties.First - 2) is "agreement" or "accord" or "deal" && a.Lower(parties.First - 3) == "the"
            && !IsDoubted(a, parties.First - 2) && ArgumentReader.IsAsserted(a, parties.First - 2))
        {
            return new Frame(g, false, 0.75, null, parties.Items, parties.First);
        }
        // "causing Ukraine to sever": the mention before "to" acts
        if (a.EndingAt(g) is { } agent && agent.Kind != MentionKind.Adjective)
        {
            var (items, first) = ArgumentReader.ListLeft(a, g);
            var c = first - 1;
            if (a.Lower(c) == "the") c--;
            if (!Causative.Contains(a.Lower(c))) return null;
            var causer = Govern(a, c, depth + 1);
            return causer is null ? null : new Frame(causer.Verb, false, causer.Confidence * 0.9, null, items, first) { Caused = true };
        }
        // a purpose clause: "exchanged Notes to establish diplomatic relations"
        var (clauseFirst, _) = a.ClauseRange(to);
        for (var j = to - 1; j >= Math.Max(clauseFirst, to - 8); j--)
        {
            if (NonFactive.Contains(a.Lower(j))) return null;
            if (ActionVerbs.Contains(a.Lower(j))) return Lower(Govern(a, j, depth + 1), 0.8);
        }
        return null;
    }

    /// <summary>"agreed to recognise each other and (to) establish relations": an establishing infinitive joined to the one after <paramref name="to"/>.</summary>
    private static bool CoordinatedEstablish(SentenceAnalysis a, int to)
    {
        var (_, clauseLast) = a.ClauseRange(to);
        for (var k = to + 2; k < Math.Min(clauseLast, to + 10); k++)
        {
            if (a.Lower(k) is not ("and" or "or")) continue;
            var v = a.Lower(k + 1) == "to" ? k + 2 : k + 1;
            if (Lexicon.Establish.Contains(a.Lower(v))) return true;
        }
        return false;
    }

    /// <summary>The comma opening a short parenthetical that the comma at <paramref name="close"/> ends, or null.</summary>
    private static int? ParentheticalOpening(SentenceAnalysis a, int close)
    {
        var open = close - 1;
        while (open >= 0 && open > close - 8 && a.Lower(open) != ",") open--;
        return open >= 0 && a.Lower(open) == "," ? open : null;
    }

    /// <summary>"(is|was|became) the third (UN member) state to ...": the copula's subject acts; the ordinal is kept.</summary>
    private static Frame? OrdinalBefore(SentenceAnalysis a, int k) => OrdinalBefore(a, k, 0);

    private static Frame? OrdinalBefore(SentenceAnalysis a, int k, int depth)
    {
        if (MemberOf(a, k, depth) is { } member) return member;
        // "the first EU member in western Europe to recognise": a place phrase after the ordinal's noun
        for (var p = k; p >= Math.Max(1, k - 4); p--)
        {
            if (a.Lower(p) is "in" or "outside" or "from" or "after" or "besides" && OrdinalNouns.Contains(a.Lower(p - 1)))
            {
                k = p - 1;
                break;
            }
        }
        var nouns = 0;
        while (k >= 0 && nouns < 3 && (OrdinalNouns.Contains(a.Lower(k)) || (a.Lower(k) == "state" && nouns == 0))) { k--; nouns++; }
        if (a.StartingAt(k) is null && a.EndingAt(k) is { Kind: MentionKind.Adjective } adjective) { k = adjective.First - 1; nouns++; }
        // "the first Muslim-majority country", "the first non-aligned nation": words between the ordinal and its noun
        if (nouns > 0 && !Ordinals.ContainsKey(a.Lower(k)) && OrdinalNumber(a.Lower(k)) is null)
        {
            for (var g = k; g >= Math.Max(0, k - 3); g--)
            {
                if (Ordinals.ContainsKey(a.Lower(g)) || OrdinalNumber(a.Lower(g)) is not null)
                {
                    k = g;
                    break;
                }
                if (a[g].Kind != Text.TokenKind.Word && a[g].Text != "-") break;
            }
        }
        var word = a.Lower(k);
        int? number = Ordinals.TryGetValue(word, out var o) ? o : OrdinalNumber(word);
        if (number is null) return null;
        k--;
        if (a.Lower(k) is "the" or "a") k--;
        if (a.Lower(k) == "of" && a.Lower(k - 1) == "one") k -= 2;
        // "was among the first to recognise": one of the first, so no exact ordinal
        if (a.Lower(k) == "among")
        {
            k--;
            number = 0;
        }
        while (k >= 0 && a.Lower(k) is "now" or "also" or "only" or "just" or "thus" or "thereby" or "officially" or "formally") k--;
        if (a.Lower(k) is not ("is" or "was" or "are" or "were" or "became" or "becomes" or "become" or "'s" or "be" or "been" or "as")) return null;
        // "As the first country to recognise Kosovo, the United States ...": opening the sentence, the apposition is the
        // subject's after the comma that closes it; elsewhere ("..., as the first state to recognise") it is read by its own verb
        if (a.Lower(k) == "as") return k == 0 ? OpeningApposition(a, k, number) : TrailingApposition(a, k, number);
        // "decided to be the first country to recognise": the copula is itself an infinitive under a control verb
        if (a.Lower(k) == "be" && a.Lower(k - 1) == "to")
        {
            return depth < 3 && Infinitive(a, k - 1, depth + 1) is { } governed ? governed with { Ordinal = number == 0 ? null : number } : null;
        }
        if (!ArgumentReader.IsAsserted(a, k)) return null;
        return new Frame(k, false, 0.9, number == 0 ? null : number, null, -1);
    }

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "countries", "states", "nations", "members", "governments", "un", "powers",
    };

    /// <summary>
    /// "Kosovo thanked Japan, as the first Asian state to recognise it": after a comma, the apposition describes the name
    /// right before the comma, which acts; anything else before the comma leaves it to its own verb (null).
    /// </summary>
    private static Frame? TrailingApposition(SentenceAnalysis a, int asAt, int? number)
    {
        if (a.Lower(asAt - 1) != "," || a.EndingAt(asAt - 2) is not { Kind: MentionKind.Named } named || !ArgumentReader.IsAsserted(a, named.First)) return null;
        return new Frame(asAt, false, 0.8, number == 0 ? null : number, [named], named.First);
    }

    /// <summary>The subject after the comma that ends a sentence-opening "As the first ... to recognise Y," phrase, as its frame.</summary>
    private static Frame? OpeningApposition(SentenceAnalysis a, int asAt, int? number)
    {
        for (var comma = asAt + 1; comma < a.Count; comma++)
        {
            if (a[comma].Text != "," || a.IsInDate(comma)) continue;
            var (items, _, last) = ArgumentReader.ListRight(a, comma + 1);
            // "As the first ..., X would gain influence": a hypothetical
            if (items.Count == 0 || Modals.Contains(a.Lower(last + 1)) || !ArgumentReader.IsAsserted(a, Math.Min(a.Count - 1, last + 1))) return null;
            return new Frame(asAt, false, 0.85, number == 0 ? null : number, items, comma + 1);
        }
        return null;
    }

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
        "dozen", "dozens", "several", "many", "some", "hundred", "hundreds", "scores",
    };

    /// <summary>
    /// A named member of an aggregate: "X is one of 105 countries that have recognised Y", "X became one of 60 UN
    /// members to recognise Y", "X joined the 80 countries that recognise Y", "X, one of 140 states to recognise Y,".
    /// The aggregate itself names nobody; its named member acts.
    /// </summary>
    private static Frame? MemberOf(SentenceAnalysis a, int k, int depth)
    {
        if (a.Lower(k) is "that" or "which" or "who") k--;
        var nouns = 0;
        while (k >= 0 && nouns < 3 && (GroupNouns.Contains(a.Lower(k)) || (nouns > 0 && a.EndingAt(k) is null && a[k].Kind == Text.TokenKind.Word && !char.IsAsciiDigit(a.Lower(k)[0]) && !NumberWords.Contains(a.Lower(k)) && a.Lower(k) is not ("the" or "of" or "among" or "a")))) { k--; nouns++; }
        if (nouns == 0 || k < 0) return null;
        // "one of 35 countries that", "among the countries that", "one of the states which": a bare "countries that" names nobody
        // "among dozens of countries that": a vague count before "of"
        if (a.Lower(k) == "of" && NumberWords.Contains(a.Lower(k - 1))) k--;
        var counted = char.IsAsciiDigit(a.Lower(k)[0]) || NumberWords.Contains(a.Lower(k));
        if (counted) k--;
        if (a.Lower(k) is "the" || (counted && a.Lower(k) == "a")) k--;
        else if (!counted) return null;
        if (a.Lower(k) == "of" && a.Lower(k - 1) == "one") k -= 2;
        else if (a.Lower(k) == "among") k--;
        else if (a.Lower(k) is not ("joined" or "joins" or "join")) return null;
        if (a.Lower(k) == ",")
        {
            // an apposition: "X, one of 140 states to recognise Y, ..."
            if (a.EndingAt(k - 1) is null or { Kind: MentionKind.Adjective }) return null;
            var (items, first) = ArgumentReader.ListLeft(a, k - 1);
            return new Frame(k - 1, false, 0.85, null, items, first);
        }
        if (a.Lower(k) is not ("is" or "was" or "are" or "were" or "became" or "becomes" or "become" or "joined" or "joins" or "join" or "remains" or "remained" or "remain" or "be" or "been")) return null;
        if (!ArgumentReader.IsAsserted(a, k)) return null;
        return new Frame(k, false, 0.85, null, null, -1);
    }

    /// <summary>"first", "22nd", "thirteenth": an ordinal written as a word or a number.</summary>
    public static bool IsOrdinalWord(string w) => Ordinals.ContainsKey(w) || OrdinalNumber(w) is not null;

    private static int? OrdinalNumber(string w)
    {
        if (w.Length < 3 || !char.IsAsciiDigit(w[0])) return null;
        var digits = w.TakeWhile(char.IsAsciiDigit).Count();
        var suffix = w[digits..];
        return suffix is "st" or "nd" or "rd" or "th" && int.TryParse(w[..digits], out var n) ? n : null;
    }

    /// <summary>
    /// A participle: "signed decrees recognising X" (the signer acts), "X ..., thus ending ties with Y" (the clause's
    /// subject acts), "after breaking off relations with Y, X established ..." (the main clause's subject acts).
    /// </summary>
    private static Frame? Participle(SentenceAnalysis a, int t, int depth)
    {
        var prev = a.Lower(t - 1);
        // "Georgia responded by breaking off relations", "reacted on 29 August by severing ties": the act is the manner
        // of the finite verb before "by", whose subject acts
        if (prev == "by" && MannerVerbBefore(a, t - 2) is { } manner) return Lower(Govern(a, manner, depth + 1), 0.95);
        // "Bahrain and Sudan followed Saudi Arabia in severing relations", "joined Spain in recognising": the followers
        // act at the sentence's date (the one they followed acted before, when the text does not say)
        // "Egypt joined Saudi Arabia, Bahrain and the UAE in cutting ties": the followed, a list, acted too (when, not said)
        if (prev == "in" && a.EndingAt(a.BeforeDate(t - 2)) is { Kind: MentionKind.Named } && ArgumentReader.ListLeft(a, a.BeforeDate(t - 2)) is { Items.Count: > 0 } followed
            && a.Lower(followed.First - 1) is "followed" or "follows" or "joined" or "joins" or "join"
            && ArgumentReader.Subject(a, followed.First - 1) is { } followers && ArgumentReader.IsAsserted(a, followed.First - 1))
        {
            return new Frame(t, false, 0.85, null, followers.Items, followers.First) { Followed = followed.Items };
        }
        if (prev is "after" or "before" or "upon" or "following" or "since" && t - 1 > 0 && (a.Lower(t - 2) is not ("," or "\"" or "and" or "but") || (a.Lower(t - 2) == "," && !MainClauseAfter(a, t))))
        {
            // "El Salvador established relations with China after cutting ties with Taipei": the participle phrase
            // follows its main clause, whose subject acts
            return new Frame(t, false, 0.85, null, null, -1) { FromPreviousClause = true };
        }
        // "Recognising Somaliland, Israel became the first ...": a participle opening the sentence has the main subject as agent
        if (prev is "after" or "before" or "upon" or "following" or "since" or "by" || (t == 0 && (a.Lower(t) == "having" || a[t].IsCapitalised)))
        {
            // the agent is the subject of the main clause after the comma
            var comma = t + 1;
            while (comma < a.Count && (a[comma].Text != "," || a.IsInDate(comma))) comma++; // not the comma of "April 30, 2018"
            if (comma >= a.Count) return null;
            var (items, _, last) = ArgumentReader.ListRight(a, comma + 1);
            if (items.Count == 0 || !ArgumentReader.IsAsserted(a, Math.Min(a.Count - 1, last + 1))) return null;
            if (t == 0 && a.Lower(t) != "having" && !OpeningParticiplePhrase(a, t, comma, last)) return null;
            return new Frame(t, false, 0.85, null, items, comma + 1);
        }
        // "Zelensky announced the decision of severing his country's relations with Moscow": as "the decision to sever"
        if (prev == "of" && DecisionNouns.Contains(a.Lower(t - 2)))
        {
            var j = t - 3;
            while (j >= 0 && a.Lower(j) is "the" or "a" or "its" or "their" or "his" or "her" or "this") j--;
            j = a.BeforeDate(j);
            return DecisionVerbs.Contains(a.Lower(j)) ? Lower(Govern(a, j, depth + 1), 0.9) : null;
        }
        // "The decree recognising the independence of Abkhazia was signed by President Medvedev": whoever signed it acts
        if (Lexicon.Instruments.Contains(prev) && SignedBy(a, t) is { } signers) return signers;
        // "..., formally restoring diplomatic relations": an adverb between the comma and the participle
        if (prev is "formally" or "officially" or "thus" or "thereby" or "effectively" && a.Lower(t - 2) == ",") prev = ",";
        if (prev is "thus" or "thereby" or "effectively" || (prev == "," && a.Lower(t - 2) is not "and"))
        {
            // the subject of the clause before: the caller falls back to the sentence's actor
            return new Frame(t, false, 0.8, null, null, -1) { FromPreviousClause = true };
        }
        var (clauseFirst, _) = a.ClauseRange(t);
        for (var k = t - 1; k >= Math.Max(clauseFirst, t - 8); k--)
        {
            if (!Lexicon.Instruments.Contains(a.Lower(k))) continue;
            for (var j = k - 1; j >= Math.Max(clauseFirst, k - 3); j--)
            {
                if (ActionVerbs.Contains(a.Lower(j))) return Lower(Govern(a, j, depth + 1), 0.95) is { } issued ? issued with { Instrument = a[k].Lower } : null;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a comma after the participle phrase at <paramref name="t"/> opens a clause with its own subject ("In 2018,
    /// after cutting ties with Taipei, El Salvador established ..."); "..., after ending its relationship with Taiwan."
    /// ends the sentence and belongs to the clause before.
    /// </summary>
    private static bool MainClauseAfter(SentenceAnalysis a, int t)
    {
        for (var k = t + 1; k < a.Count; k++)
        {
            if (a.Lower(k) is ";" or ".") return false;
            if (a[k].Text == "," && !a.IsInDate(k)) return ArgumentReader.ListRight(a, k + 1).Items.Count > 0;
        }
        return false;
    }

    /// <summary>"(was|were) signed/issued/adopted by X" after an instrument's participle at <paramref name="t"/>: X's frame, or null.</summary>
    private static Frame? SignedBy(SentenceAnalysis a, int t)
    {
        for (var k = t + 1; k + 1 < a.Count && k < t + 16; k++)
        {
            if (a.Lower(k) is not ("signed" or "issued" or "adopted" or "approved" or "promulgated") || a.Lower(k + 1) != "by" || !BeForms.Contains(a.Lower(SkipAdverbsLeft(a, k - 1)))) continue;
            var (items, _, _) = ArgumentReader.ListRight(a, k + 2);
            return items.Count > 0 && ArgumentReader.IsAsserted(a, k) ? new Frame(t, false, 0.85, null, items, k + 2) : null;
        }
        return null;
    }

    /// <summary>
    /// The finite verb of response or manner just before "by" ("responded", "retaliated", "reacted on 29 August",
    /// "followed suit"), or null: a noun or a name there ("a decision by ...", "recognised by") is no such verb.
    /// </summary>
    private static int? MannerVerbBefore(SentenceAnalysis a, int k)
    {
        k = SkipAdverbsLeft(a, a.BeforeDate(SkipAdverbsLeft(a, k)));
        if (a.Lower(k) == "suit") k--;
        if (k < 0 || a.EndingAt(k) is not null) return null;
        return a.Lower(k) is "responded" or "responds" or "reacted" or "reacts" or "retaliated" or "retaliates" or "answered" or "followed" or "follows"
            or "protested" or "protests" or "acted" or "acts" ? k : null;
    }

    /// <summary>"they were re-establishing ties": a progressive is a finite verb.</summary>
    private static bool IsProgressive(SentenceAnalysis a, int t)
    {
        var k = SkipAdverbsLeft(a, t - 1);
        return a.Lower(k) is "is" or "are" or "was" or "were" or "been";
    }

    /// <summary>A denial or a doubtful report governs the trigger ("denied that it had recognised", "claimed that"), or the sentence asks.</summary>
    private static bool IsDoubted(SentenceAnalysis a, int t)
    {
        if (a.Count > 0 && a[a.Count - 1].Text == "?") return true;
        var (clauseFirst, _) = a.ClauseRange(t);
        // an inverted condition ("Should X recognise Y, ...", "Had X recognised Y"), "neither X nor Y has recognised"
        if (a[clauseFirst].Text is "Should" or "Had" or "Were" or "Unless") return true;
        for (var k = clauseFirst; k < t; k++)
        {
            if (a.Lower(k) is "neither" or "nor") return true;
            // "demanded that X sever", "urged that": a wish, not an act
            if (a.Lower(k) == "that" && k > 0 && (NonFactive.Contains(a.Lower(k - 1)) || a.Lower(k - 1) is "insisted" or "insists" or "recommended" or "suggested" or "suggests" or "requested" or "requests" or "proposed")) return true;
        }
        for (var k = t - 1; k >= 0; k--)
        {
            if (Denial.Contains(a.Lower(k)) && !IsAttributive(a, k)) return true;
            // "rejected reports that it had recognised", "dismissed claims": the report rejected is no fact
            if (a.Lower(k) is "rejected" or "rejects" or "reject" or "rejecting" or "refuted" && a.Lower(k + 1 + (a.Lower(k + 1) == "the" ? 1 : 0)) is "reports" or "report" or "claims" or "claim" or "suggestions" or "allegations" or "rumours" or "rumors" or "speculation") return true;
            if (k < clauseFirst && a.Lower(k) is ";" or "but") break;
        }
        // "... recognised Y, a claim the minister denied" / "this never happened" later in the sentence
        for (var k = t + 1; k < a.Count; k++)
        {
            // "..., but Serbia's claim that Togo had done the same was denied": a denial of another clause
            if (a.Lower(k) is ";" or "but" or "while" or "whereas") break;
            if (a.Lower(k) is "denied" or "denies" or "disputed" && a.Lower(k - 1) is not ("that" or "who" or "which") && !IsAttributive(a, k)) return true;
            if (a.Lower(k) == "never" && a.Lower(k + 1) is "happened" or "occurred" or "took") return true;
        }
        return false;
    }

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "should", "may", "might", "must", "can", "shall", "'ll", "'d", "to",
    };

    /// <summary>
    /// For a bare verb after "and"/"or" ("and instead recognise"), the first verb of the coordination when that one
    /// follows a modal or "to" in the same clause chain: the verb whose frame both share. Null otherwise.
    /// </summary>
    private static int? SharedVerbGroup(SentenceAnalysis a, int t)
    {
        var w = a.Lower(t);
        if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))) return null;
        var k = t - 1;
        while (k >= 0 && a.EndingAt(k) is null && a.Lower(k) is "instead" or "also" or "then" or "immediately" or "formally" or "officially" or "to") k--;
        if (a.Lower(k) is not ("and" or "or")) return null;
        for (var j = k - 1; j >= 0 && j >= k - 20; j--)
        {
            var x = a.Lower(j);
            if (x is ";" or "." or ":" || a[j].Text == "\"") return null;
            if (!Modals.Contains(x)) continue;
            var head = SkipAdverbsRight(a, j + 1);
            if (head >= k || a.StartingAt(head) is not null || a[head].Kind != Text.TokenKind.Word) return null;
            var h = a.Lower(head);
            return h.EndsWith("ed", StringComparison.Ordinal) || h.EndsWith("ing", StringComparison.Ordinal) || h is "be" or "have" or "not" ? null : head;
        }
        return null;
    }

    private static int SkipAdverbsRight(SentenceAnalysis a, int k)
    {
        while (k < a.Count && a.StartingAt(k) is null && a.Lower(k) is var w && (w is "formally" or "officially" or "also" or "then" or "finally" or "immediately" or "soon" || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && w is not "only"))) k++;
        return k;
    }

    /// <summary>A participle used as an adjective ("after a disputed referendum", "the alleged plot"), not a verb of report.</summary>
    private static bool IsAttributive(SentenceAnalysis a, int k) =>
        a.Lower(k - 1) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "these" or "those" or "hotly" or "widely" or "internationally" or "much";

    public static bool IsPassive(SentenceAnalysis a, int v)
    {
        if (a.Lower(v).EndsWith("ing", StringComparison.Ordinal)) return false; // "they were re-establishing ties": progressive
        if (ReducedRelativeHead(a, v) is not null) return true;
        for (var k = v - 1; k >= 0 && k >= v - 4; k--)
        {
            var w = a.Lower(k);
            if (BeForms.Contains(w)) return true;
            if (!ArgumentReader.IsVerbGroupWord(w) || a.EndingAt(k) is not null) return false;
        }
        return false;
    }

    /// <summary>
    /// "Kosovo, (formally) recognised by Japan in March 2008, opened ...": a participle with its by-phrase right after a
    /// name and a comma is a reduced relative clause; the name it describes, or null.
    /// </summary>
    public static Mention? ReducedRelativeHead(SentenceAnalysis a, int v)
    {
        var left = SkipAdverbsLeft(a, v - 1);
        return a.Lower(left) == "," && a.Lower(v + 1) == "by" && a.Lower(v).EndsWith("ed", StringComparison.Ordinal) && a.EndingAt(left - 1) is { Kind: MentionKind.Named } head ? head : null;
    }

    private static int SkipAdverbsLeft(SentenceAnalysis a, int k)
    {
        while (k >= 0 && a.EndingAt(k) is null && a.Lower(k) is var w && (w is "formally" or "officially" or "also" or "then" or "finally" or "jointly" or "mutually" or "quickly" or "immediately" or "unilaterally" || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && w is not "only" and not "likely" and not "unlikely"))) k--;
        return k;
    }

    private static Frame? Lower(Frame? f, double factor) => f is null ? null : f with { Confidence = f.Confidence * factor };
}

/// <summary>
/// A trigger's governing frame: the finite verb whose subject acts (<see cref="Verb"/>), unless the frame names its
/// agents itself (<see cref="Agents"/>, from <see cref="AgentFirst"/>); whether the trigger is passive; a stated
/// ordinal ("the third state to recognise").
/// </summary>
public sealed record Frame(int Verb, bool Passive, double Confidence, int? Ordinal, List<Mention>? Agents, int AgentFirst)
{
    /// <summary>A participle after "thus" or a comma: the subject of the clause before acts.</summary>
    public bool FromPreviousClause { get; init; }

    /// <summary>The document the act was issued in ("letters" in "issued letters recognising").</summary>
    public string? Instrument { get; init; }

    /// <summary>Those the agents followed or joined in the act ("joined Spain and Norway in recognising"): they did it too, at a time not given.</summary>
    public List<Mention>? Followed { get; init; }

    /// <summary>The agents were made to act by the clause before ("..., prompting China to sever relations").</summary>
    public bool Caused { get; init; }
}
