using KgExport.Extraction.Mentions;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Patterns;

/// <summary>Reads the arguments of a trigger: the subject to its left, lists of entities to its right.</summary>
public static class ArgumentReader
{
    /// <summary>Words that may stand between a subject and its verb.</summary>
    private static readonly HashSet<string> VerbGroup = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "is", "are", "am", "was", "were", "been", "be", "being", "also", "now", "then", "later", "previously", "already",
        "both", "all", "only", "since", "once", "first", "thereby", "hereby", "jointly", "de", "facto", "eventually", "did", "does", "do",
        "earlier", "again", "soon", "just", "each",
    };

    /// <summary>Prepositions: a name after one sits in an oblique phrase, not in subject or object position.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "by", "of", "with", "from", "to", "in", "for", "against", "including", "like", "than", "between", "among", "about",
        "on", "at", "over", "despite", "unlike", "following", "toward", "towards", "into",
    };

    /// <summary>Who acts for a state: "the government of X", "the authorities in X", "King Y of X".</summary>
    public static readonly HashSet<string> Rulers = new(StringComparer.Ordinal)
    {
        "government", "governments", "authorities", "leadership", "parliament", "ministry", "regime", "administration", "cabinet", "president", "king",
        "leaders", "presidents", "parliaments",
        "queen", "emperor", "monarch", "prime", "minister", "people", "council", "assembly", "junta", "kingdom", "republic", "state", "emir",
        "sultan", "chancellor", "premier", "leader", "presidency", "vi", "ii", "iii", "iv", "v", "nation", "country",
        "independence", "sovereignty", "statehood",
    };

    /// <summary>Nouns that make a state's adjective name its government: "the Tobruk-based Libyan government".</summary>
    /// <summary>Offices whose holder acts for the state that a possessive or adjective before them names.</summary>
    private static readonly HashSet<string> OfficeNouns = new(StringComparer.Ordinal)
    {
        "president", "minister", "premier", "chancellor", "king", "queen", "emir", "monarch", "leader", "spokesman", "spokeswoman", "spokesperson",
    };

    public static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal)
    {
        "government", "authorities", "leadership", "regime", "administration", "cabinet", "council", "parliament", "junta", "ministry",
        "legislature", "congress", "senate",
        "counterpart", "counterparts", // "Wang Yi and his Nauruan counterpart signed ...": the official of that state
    };

    private static readonly HashSet<string> AppositionOpeners = new(StringComparer.Ordinal)
    {
        "which", "who", "whose", "where", "the", "a", "an", "its", "his", "her", "their", "having", "despite", "in", "on", "after", "already", "itself",
        "known", "formerly", "officially", "then", "now", "once", "previously", "alongside", "together", "along", "jointly", "joining", "like", "unlike", "as", "with", "following",
    };

    public static bool IsVerbGroupWord(string lower) => VerbGroup.Contains(lower) || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && lower != "only");

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: skips the verb group, dates ("on Wednesday"),
    /// appositions and relative clauses between commas, then reads a list of mentions ending there, or a
    /// parenthesised list ("a number of states (the United States, Turkey, ... and others)").
    /// Returns null when the nearest noun phrase is not a mention or sits inside a prepositional phrase.
    /// </summary>
    public static (List<Mention> Items, int First)? Subject(SentenceAnalysis a, int verb)
    {
        var i = verb - 1;
        while (i >= 0)
        {
            var lower = a.Lower(i);
            // a negation is part of the verb group here; whether the act is stated is decided by IsAsserted
            if ((IsVerbGroupWord(lower) || lower is "not" or "n't" || (lower is "will" or "would" or "shall" && TakesEffectNow(a, verb))) && a.EndingAt(i) is null)
            {
                i--;
                continue;
            }
            if (a.DateEndingAt(i) is { } date)
            {
                i = date.First - 1;
                if (a.Lower(i) is "on" or "in" or "during" or "at" or "by") i--;
                continue;
            }
            if (a[i].Text == ",")
            {
                // the comma opening the phrase, not one inside a date ("which declared independence on September 3, 2019,")
                var j = i - 1;
                while (j >= 0 && (a[j].Text != "," || a.IsInDate(j))) j--;
                // "The Government of X and the Government of Y, desiring to develop friendly relations, have decided": a participle phrase
                if (j >= 0 && (AppositionOpeners.Contains(a.Lower(j + 1)) || (a.Lower(j + 1).EndsWith("ing", StringComparison.Ordinal) && a.Lower(j + 1) is not ("including" or "excluding") && a.StartingAt(j + 1) is null && j + 1 < i - 1)))
                {
                    i = j - 1;
                    continue;
                }
                // "The German president, Kofi Korvalis, signed": a person's name set off after the office that acts
                if (j > 0 && i - j - 1 is >= 1 and <= 4 && ActorEndingAt(a, j - 1) is not null
                    && (a.EndingAt(i - 1) is { Kind: MentionKind.Person } || Enumerable.Range(j + 1, i - j - 1).All(x => a[x].IsCapitalised && a[x].Kind == TokenKind.Word && a.StartingAt(x) is null)))
                {
                    i = j - 1;
                    continue;
                }
                // "22 states, including Ghana and Togo, have withdrawn": a counted set names only its listed members
                if (j > 0 && a.Lower(j + 1) is "including" && a.EndingAt(j - 1) is null)
                {
                    var (members, _, membersLast) = ListRight(a, j + 2);
                    if (members.Count > 0 && membersLast == i - 1) return (members, j + 2);
                }
            }
            if (a[i].Text == "," && a.EndingAt(i - 1) is { } before && i + 1 < verb && AppositionOpeners.Contains(a.Lower(i + 1)))
            {
                i--;
                continue;
            }
            // "the government of Panama — caving in to Beijing for economic gain — made a decision": a parenthesis between dashes
            if (a[i].Text is "-" or "--") // dashes are normalised to "-"
            {
                var open = i - 1;
                while (open >= 0 && open > i - 60 && a[open].Text != a[i].Text) open--;
                if (open > 0)
                {
                    i = open - 1;
                    continue;
                }
            }
            break;
        }
        // "the government of Panama led by President Varela made ...": the ruled state, not its leader
        if (a.EndingAt(i) is { Kind: MentionKind.Person } leader && a.Lower(leader.First - 1) == "by" && a.Lower(leader.First - 2) is "led" or "headed" or "ruled")
        {
            i = leader.First - 3;
        }
        if (i < 0) return null;
        if (a[i].Text == "\"" && i > 0 && a.EndingAt(i - 1) is not null) i--; // "“Transnistria” was recognised"
        // a relative clause: "Russia, which recognised them in 2008," — the antecedent acts; "countries that recognised" names nobody
        if (a.Lower(i) is "which" or "who" or "that" or "whom")
        {
            var j = i - 1;
            // "Panama, El Salvador and the Dominican Republic, all of which cut ties": every member of the antecedent acts
            if (a.Lower(i) is "which" or "whom" && a.Lower(j) == "of" && a.Lower(j - 1) is "all" or "both" or "each") j -= 2;
            else if (a.Lower(i) == "whom") return null;
            if (j >= 0 && a[j].Text == ",") j--;
            if (a.EndingAt(j) is not { } antecedent || antecedent.Kind == MentionKind.Adjective) return null;
            var (relItems, relFirst) = ListLeft(a, j);
            return relItems.Count == 0 ? null : (relItems, relFirst);
        }
        // "the People's Republic of China (PRC) established": an alias in brackets after a name
        if (a[i].Text == ")" && i >= 3 && a[i - 2].Text == "(" && a.EndingAt(i - 1) is { } alias && a.EndingAt(i - 3) is { } named && alias.Entities.SequenceEqual(named.Entities))
        {
            i -= 3;
        }
        else if (a[i].Text == ")" && a.EndingAt(i) is null)
        {
            var open = i - 1;
            while (open >= 0 && a[open].Text != "(") open--;
            if (open < 0) return null;
            // "Eswatini (formerly Swaziland) recognised": a note on the name before, which is the subject
            if (a.Lower(open + 1) is "formerly" or "previously" or "then" or "now" or "officially" or "also" or "known" or "or" && a.EndingAt(open - 1) is not null)
            {
                var (noted, notedFirst) = ListLeft(a, open - 1);
                return noted.Count == 0 ? null : (noted, notedFirst);
            }
            var (inner, _, _) = ListRight(a, open + 1);
            return inner.Count > 0 ? (inner, open + 1) : null;
        }
        var (items, first) = ListLeft(a, i);
        if (items.Count == 0) return null;
        var prev = a.Lower(first - 1);
        if (Prepositions.Contains(prev))
        {
            // "the Government of Serbia", "the authorities in Kosovo" still name the actor
            var governor = a.Lower(first - 2);
            var ruling = Rulers.Contains(governor) || (governor == "the" && Rulers.Contains(a.Lower(first - 3)));
            // "the Ministry of Foreign Affairs of X", "the Department of Foreign Affairs of X"
            var ministry = prev == "of" && governor is "affairs" or "relations" && a.Lower(first - 3) is "foreign" or "external" && a.Lower(first - 4) == "of" && a.Lower(first - 5) is "ministry" or "department";
            if (!ruling && !ministry) return null;
            first = Math.Max(0, first - (ministry ? 6 : governor == "the" ? 3 : 2));
            if (a.Lower(first) != "the" && a.Lower(first - 1) == "the") first--;
            // "the Government of Nauru and the Government of China have decided": coordinated rulers
            while (a.Lower(first - 1) is "and" or "," && RuledBefore(a, first - 2) is { } other)
            {
                items.Insert(0, other.Item);
                first = other.First;
            }
        }
        return (items, first);
    }

    /// <summary>"the Government of X" ending at <paramref name="k"/>: X and the first token of the phrase.</summary>
    private static (Mention Item, int First)? RuledBefore(SentenceAnalysis a, int k)
    {
        if (a.EndingAt(k) is not { Kind: not MentionKind.Adjective } m) return null;
        var of = a.Lower(m.First - 1) == "the" ? m.First - 2 : m.First - 1;
        if (a.Lower(of) != "of" || !Rulers.Contains(a.Lower(of - 1))) return null;
        var first = of - 1;
        if (a.Lower(first - 1) == "the") first--;
        return (m, first);
    }

    /// <summary>A coordination of mentions ending at token <paramref name="last"/>: "A", "A and B", "A, B, and C".</summary>
    public static (List<Mention> Items, int First) ListLeft(SentenceAnalysis a, int last)
    {
        var items = new List<Mention>();
        var m = ActorEndingAt(a, last);
        if (m is null || m.Kind == MentionKind.Adjective) return (items, last + 1);
        items.Add(m);
        var first = m.First;
        var k = m.First - 1;
        // "The UK welcomes South Sudan, and we formally recognise Mali": a pronoun subject opens its own clause, no list
        if (m.Kind == MentionKind.SingularReference && m.First == m.Last && a.Lower(m.First) is "we" or "i" or "it") return (items, first);
        // "the Government of the Republic of Nauru": the institution's words before the name belong to the item
        int Institution(int at)
        {
            var j = at - 1;
            if (a.Lower(j) == "the" && a.StartingAt(j) is null) j--;
            return a.Lower(j) == "of" && GovernmentNouns.Contains(a.Lower(j - 1)) && a.EndingAt(j - 1) is null ? j - 2 : at - 1;
        }
        k = Institution(m.First);
        if (a.Lower(k) == "the")
        {
            first = k;
            k--;
        }
        else if (k < m.First - 1) first = k + 1;
        var sawConjunction = false;
        while (k >= 0)
        {
            var save = k;
            if (a.Lower(k) is "and" or "or")
            {
                sawConjunction = true;
                k--;
                if (k >= 0 && a[k].Text == ",") k--;
            }
            else if (a[k].Text == "," && sawConjunction)
            {
                k--;
            }
            else
            {
                break;
            }
            if (k >= 0 && a[k].Text is ")" or "]")
            {
                var open = k - 1;
                while (open >= 0 && open > k - 5 && a[open].Text is not ("(" or "[")) open--;
                if (open >= 0 && a[open].Text is "(" or "[") k = open - 1;
            }
            var prev = ActorEndingAt(a, k);
            if (prev is null || prev.Kind == MentionKind.Adjective)
            {
                k = save;
                break;
            }
            items.Insert(0, prev);
            first = prev.First;
            k = Institution(prev.First);
            if (a.Lower(k) == "the")
            {
                first = k;
                k--;
            }
            else if (k < prev.First - 1) first = k + 1;
        }
        return (items, first);
    }

    /// <summary>
    /// A coordination of mentions starting at token <paramref name="start"/> (after "the", "both", "only"), with
    /// aliases in brackets skipped ("the Republic of China [Taiwan]"), "and others" absorbed, and items after
    /// "but not" returned apart as negated.
    /// </summary>
    public static (List<Mention> Items, List<Mention> Negated, int Last) ListRight(SentenceAnalysis a, int start)
    {
        var items = new List<Mention>();
        var negated = new List<Mention>();
        var k = start;
        var last = start - 1;
        var negating = false;
        var sawConjunction = false;
        while (k < a.Count)
        {
            while (a.StartingAt(k) is null && (a.Lower(k) is "the" or "both" or "\"" or "only" or "either" or "formally" or "officially" or "newly" or "newly-independent" or "independent" or "sovereign" or "then" or "new" or "self-proclaimed" or "so-called" or "breakaway" or "unrecognised" or "unrecognized" or "self-declared" || IsActorModifier(a.Lower(k)) || StateEpithets.Contains(a.Lower(k)))) k++;
            // "the new state of South Sudan", "the young nation of Timor-Leste": a common noun naming what follows "of"
            if (a.StartingAt(k) is null && a.Lower(k) is "state" or "nation" or "country" or "republic" && a.Lower(k + 1) == "of" && ActorStartingAt(a, k + 2) is { Kind: MentionKind.Named }) k += 2;
            var m = ActorStartingAt(a, k);
            // "the new state of South Sudan": a reference that the name after "of" spells out
            if (m is { Kind: MentionKind.SingularReference } && a.Lower(m.Last + 1) == "of" && ActorStartingAt(a, m.Last + 2) is { Kind: MentionKind.Named } spelled) m = spelled;
            if (m is null || m.Kind == MentionKind.Adjective) break;
            // "recognised Morocco's sovereignty over Western Sahara": a territorial claim, not a state recognised
            if (a.Lower(m.Last + 1) is "'s" or "'" && a.Lower(m.Last + 2) == "sovereignty" && a.Lower(m.Last + 3) is "over" or "on") break;
            (negating ? negated : items).Add(m);
            k = m.Last + 1;
            last = m.Last;
            if (a.Lower(k) == "\"")
            {
                k++;
                last++;
            }
            if (k < a.Count && a[k].Text is "(" or "[")
            {
                var close = k + 1;
                while (close < a.Count && close < k + 6 && a[close].Text is not (")" or "]")) close++;
                if (close < a.Count && a[close].Text is ")" or "]")
                {
                    k = close + 1;
                    last = close;
                }
            }
            if (a.Lower(k) == "'s" && a.Lower(k + 1) is "independence" or "sovereignty" or "statehood")
            {
                k += 2;
                last = k - 1;
            }
            // separators; a list has one final conjunction ("A, B and C"), so nothing continues it after that
            if (a.Lower(k) == "," && a.Lower(k + 1) is "and" or "or" && !sawConjunction)
            {
                k += 2;
                sawConjunction = true;
            }
            else if (a.Lower(k) is "and" or "or" or "&" && !sawConjunction)
            {
                k++;
                sawConjunction = true;
            }
            else if (a.Lower(k) == "," && !sawConjunction) k++;
            else if (a.Lower(k) is "but" or "and" && a.Lower(k + 1) == "not")
            {
                negating = true;
                k += 2;
                continue;
            }
            else break;
            if (a.Lower(k) is "others" or "other")
            {
                last = k;
                break;
            }
        }
        // "Niue, Peru would cut ties": commas without a final conjunction joined no list
        if (!sawConjunction && items.Count > 1)
        {
            last = items[0].Last;
            if (a.Lower(last + 1) == "'s" && a.Lower(last + 2) is "independence" or "sovereignty" or "statehood") last += 2;
            items.RemoveRange(1, items.Count - 1);
        }
        return (items, negated, last);
    }

    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "many", "several", "some", "most", "numerous", "dozens", "scores", "over", "more", "nearly", "almost", "about", "around", "at", "a",
        "other", "various", "multiple", "countries", "states", "nations", "governments",
    };

    /// <summary>
    /// Where the named members of an unnamed aggregate start: "by 143 of the 193 UN member states, including Russia",
    /// "by many countries such as Russia and China", "by several states, among them Spain"; -1 when the phrase at
    /// <paramref name="k"/> is not a count or quantifier, or names no members within its clause.
    /// </summary>
    public static int IncludedMembers(SentenceAnalysis a, int k)
    {
        var first = a.Lower(k);
        if (!Quantifiers.Contains(first) && !(first.Length > 0 && char.IsAsciiDigit(first[0])) && a.StartingAt(k) is not { Kind: MentionKind.PluralReference }) return -1;
        for (var g = k + 1; g < Math.Min(a.Count, k + 14); g++)
        {
            var w = a.Lower(g);
            if (w is "." or ";" or ":" or "that" or "which" or "who" or "but" or "while") return -1;
            if (w is "including" or "notably" or "especially" or "incl.") return g + 1;
            if ((w == "such" && a.Lower(g + 1) == "as") || (w == "among" && a.Lower(g + 1) is "them" or "which" or "whom")) return g + 2;
        }
        return -1;
    }

    /// <summary>A mention starting at <paramref name="k"/>, or a state's government named by its adjective ("Abkhazian authorities").</summary>
    public static Mention? ActorStartingAt(SentenceAnalysis a, int k)
    {
        var m = a.StartingAt(k);
        if (m is not { Kind: MentionKind.Adjective }) return m;
        var g = m.Last + 1;
        if (a.Lower(g) is "opposition" or "transitional" or "interim" or "national") g++;
        return GovernmentNouns.Contains(a.Lower(g)) ? new Mention(m.First, g, MentionKind.Named) { Entities = m.Entities } : m;
    }

    /// <summary>A mention ending at <paramref name="k"/>, or a state's government named by its adjective ("the Tobruk-based Libyan government").</summary>
    private static Mention? ActorEndingAt(SentenceAnalysis a, int k)
    {
        if (a.EndingAt(k) is { } m) return m;
        // "Togo's foreign minister announced", "the Russian president signed": an office acts for its state
        var office = OfficeNouns.Contains(a.Lower(k));
        if (!GovernmentNouns.Contains(a.Lower(k)) && !office) return null;
        var j = k - 1;
        for (var n = 0; n < 3 && (IsGovernmentModifier(a.Lower(j)) || IsActorModifier(a.Lower(j)) || (office && a.Lower(j) is "prime" or "deputy" or "vice")) && a.EndingAt(j) is null; n++) j--;
        // "Chad's government", "Slovenia's parliament": a state's possessive names its institution
        if (a.Lower(j) is "'s" or "'" && a.EndingAt(j - 1) is { Kind: MentionKind.Named } owner && owner.Entities.Count == 1)
        {
            return new Mention(owner.First, k, MentionKind.Named) { Entities = owner.Entities };
        }
        // "The Nauru Government has decided", "the US president signed": a state's name modifying its institution
        if (a.EndingAt(j) is { Kind: MentionKind.Named } modifier && modifier.Entities.Count == 1 && j == k - 1)
        {
            return new Mention(modifier.First, k, MentionKind.Named) { Entities = modifier.Entities };
        }
        if (a.EndingAt(j) is not { Kind: MentionKind.Adjective } adjective) return null;
        var first = adjective.First;
        while (first > 0 && IsActorModifier(a.Lower(first - 1))) first--;
        // "Wang Yi and his Nauruan counterpart": the possessive belongs to the phrase
        if (first > 0 && a.Lower(k) is "counterpart" or "counterparts" && a.Lower(first - 1) is "his" or "her" or "their") first--;
        return new Mention(first, k, MentionKind.Named) { Entities = adjective.Entities };
    }

    /// <summary>An "until" or "till" with a date after the verb in its clause: "did not ... until 2016" states when it happened.</summary>
    private static bool NotUntil(SentenceAnalysis a, int verb)
    {
        var (_, last) = a.ClauseRange(verb);
        for (var u = verb + 1; u <= last && u < a.Count - 1; u++)
        {
            if (a.Lower(u) is "until" or "till") return a.Dates.Any(d => d.First == u + 1);
        }
        return false;
    }

    /// <summary>"Yemen's internationally recognised government", "the rival eastern administration": words describing a government.</summary>
    private static bool IsGovernmentModifier(string lower) =>
        lower is "opposition" or "transitional" or "interim" or "national" or "foreign" or "federal" or "new" or "provisional" or "internationally"
            or "recognised" or "recognized" or "legitimate" or "elected" or "exiled" or "military" or "civilian" or "central" or "eastern" or "western"
            or "northern" or "southern" or "rival" or "official" or "current" or "then" or "de" or "facto" or "unity" or "caretaker";

    /// <summary>Journalistic epithets before a state's name ("with neighbouring Colombia", "tiny Nauru", "oil-rich Qatar").</summary>
    private static readonly HashSet<string> StateEpithets = new(StringComparer.Ordinal)
    {
        "neighbouring", "neighboring", "fellow", "longtime", "long-time", "rival", "tiny", "small", "oil-rich", "gas-rich", "landlocked",
        "impoverished", "war-torn", "communist", "island", "gulf", "regional", "key", "close", "traditional",
    };

    /// <summary>"Tobruk-based", "Hadi-led", "Russian-backed": a modifier before an actor's name.</summary>
    private static bool IsActorModifier(string lower) =>
        lower.EndsWith("-based", StringComparison.Ordinal) || lower.EndsWith("-led", StringComparison.Ordinal) || lower.EndsWith("-backed", StringComparison.Ordinal)
        || lower.EndsWith("-controlled", StringComparison.Ordinal);

    /// <summary>True when the verb at <paramref name="verb"/> is asserted: not quoted, negated, modal, infinitive or conditional.</summary>
    public static bool IsAsserted(SentenceAnalysis a, int verb, bool allowInfinitive = false)
    {
        if (a.IsQuoted(verb)) return false;
        var (clauseFirst, _) = a.ClauseRange(verb);
        if (a.Lower(clauseFirst) is "if" or "unless" or "whether" || (a.Lower(clauseFirst) is "," or "and" or "but" && a.Lower(clauseFirst + 1) is "if" or "unless")) return false;
        for (var k = verb - 1; k >= 0 && k >= verb - 6; k--)
        {
            var w = a.Lower(k);
            // "did not establish relations until 2016": the act happened, then
            if (w is "not" or "n't" && NotUntil(a, verb)) continue;
            if (w is "not" or "never" or "n't" or "no" or "cannot" or "neither" or "nor" or "hardly" or "refused" or "declined" or "let" or "lets") return false;
            // "said it would sever relations with Taiwan with immediate effect": an announced act that takes effect now
            if (w is "will" or "would" or "shall" or "'ll" && TakesEffectNow(a, verb)) continue;
            if (w is "will" or "would" or "could" or "should" or "may" or "might" or "must" or "can" or "shall" or "'ll" or "'d") return false;
            if (w == "to") return allowInfinitive;
            if (IsVerbGroupWord(w) && a.EndingAt(k) is null) continue;
            if (a.DateEndingAt(k) is { } d)
            {
                k = d.First;
                if (a.Lower(k - 1) is "on" or "in") k--;
                continue;
            }
            break;
        }
        return true;
    }

    /// <summary>Whether the clause of <paramref name="verb"/> says its act takes effect immediately, after the verb.</summary>
    private static bool TakesEffectNow(SentenceAnalysis a, int verb)
    {
        var (_, clauseLast) = a.ClauseRange(verb);
        return a.Dates.Any(d => d.Immediate && d.First > verb && d.First <= clauseLast + 2);
    }

    public static bool IsPunctuation(Token t) => t.Kind == TokenKind.Punctuation;
}
