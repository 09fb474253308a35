using KgExport.Extraction.Dates;
using KgExport.Extraction.Text;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;
using KgExport.Extraction.Gazetteer;

namespace KgExport.Extraction.Mentions;

/// <summary>
/// Finds what a sentence refers to: gazetteer names (longest first), names sharing a plural head, persons known by
/// a title or role, and the references news relies on ("both areas", "them", "the North"), left unresolved here.
/// </summary>
public sealed class MentionFinder(GazetteerTable gazetteer)
{
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "republics", "regions", "entities", "territories", "areas", "enclaves", "provinces", "statelets",
    };

    /// <summary>Heads of names of organisations, media and companies that take a state's name as a modifier.</summary>
    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        "Liberation", "Organization", "Organisation", "Front", "Movement", "Party", "Army", "Airlines", "Airways", "University", "Bank",
        "Daily", "Times", "Post", "Herald", "Television", "Radio", "Broadcasting", "Corporation", "Company", "Institute", "Foundation",
        "Society", "Association", "League", "Cup", "Open", "Telegraph", "Tribune", "Gazette",
    };

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "states", "countries", "nations", "sides", "governments", "parties", "neighbours", "neighbors", "rivals", "allies" };

    private static readonly Dictionary<string, int> CountWords = new(StringComparer.Ordinal) { ["two"] = 2, ["three"] = 3, ["four"] = 4, ["both"] = 2 };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "of", "to", "with", "for", "by", "from", "recognising", "recognizing", "recognised", "recognized", "recognise", "recognize", "recognises", "recognizes" };

    public List<Mention> Find(Sentence s, List<Person> persons)
    {
        var mentions = new List<Mention>();
        var known = new List<(int First, int Last, GazetteerEntry Entry)>();
        for (var i = 0; i < s.Count; i++)
        {
            if (gazetteer.Match(s, i) is { } form)
            {
                var last = i + form.Tokens.Length - 1;
                if (form.SharedHead is not null)
                {
                    if (SharedHead(s, i, last, form, mentions) is { } group)
                    {
                        mentions.Add(group);
                        i = group.Last;
                        continue;
                    }
                    // a plural name without a partner ("the People's Republics") names nothing certain
                    i = last;
                    continue;
                }
                if (form.Entry.Kind == Facts.EntityType.Person)
                {
                    known.Add((i, last, form.Entry));
                    i = last;
                    continue;
                }
                // "the Palestine Liberation Organization", "the Kosovo Liberation Army": the name is part of another name
                if (form.Kind != SurfaceFormKind.Adjective && last + 1 < s.Count && s[last + 1].IsCapitalised && OrganisationHeads.Contains(s[last + 1].Text))
                {
                    i = last + 1;
                    continue;
                }
                var kind = form.Kind == SurfaceFormKind.Adjective ? MentionKind.Adjective : MentionKind.Named;
                mentions.Add(new Mention(i, last, kind) { Entities = [form.Entry.Id] });
                i = last;
                continue;
            }
            if (DescribedState(s, i) is { } head)
            {
                // the words before the head ("central american", "pacific island") pick the state among those spoken of
                var described = string.Join(' ', Enumerable.Range(i + 1, head - i - 1).Select(s.Lower));
                mentions.Add(new Mention(i, head, MentionKind.SingularReference) { Hint = DescriptionHint + described });
                i = head;
                continue;
            }
            if (Reference(s, i) is { } reference)
            {
                mentions.Add(reference);
                i = reference.Last;
            }
        }
        ExtendStyles(s, mentions);
        DistributeRegionHeads(s, mentions);
        FindPersons(s, mentions, persons, known);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        return mentions;
    }

    /// <summary>The prefix of a definite description's <see cref="Mention.Hint"/>, before its modifiers.</summary>
    public const string DescriptionHint = "described:";

    /// <summary>Heads of a definite description of a state: "the island nation", "the Gulf state", "the Central American country".</summary>
    private static readonly HashSet<string> DescriptionHeads = new(StringComparer.Ordinal)
    {
        "nation", "country", "kingdom", "emirate", "sultanate", "principality", "republic", "state", "monarchy",
    };

    /// <summary>Modifiers that make a description mean another state than the one spoken of, or none in particular.</summary>
    private static readonly HashSet<string> OtherModifiers = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "fifth", "last", "latest", "only", "next", "other", "another", "same", "neighbouring", "neighboring",
        "host", "home", "whole", "entire", "latter", "former", "new", "newly-independent", "young", "two", "three", "member", "sovereign", "independent",
        "recognised", "recognized", "breakaway", "separatist", "self-declared", "occupying", "occupied", "mother", "parent", "sending", "receiving",
        "one", "each", "every", "any", "this", "that", "largest", "smallest", "biggest", "most", "jewish", "palestinian", "nation", "country",
    };

    /// <summary>
    /// "the island nation", "the Pacific nation", "the Central American country", "the Gulf state": a definite description
    /// of a state by its place or size (one to three modifiers before a state noun; no name of its own after it, no
    /// modifier that is itself a name), which refers back like "the country". Bare "the state" and "the republic" mean
    /// nothing certain; "the Palestinian state" names Palestine and "the neighbouring country" another state.
    /// </summary>
    private int? DescribedState(Sentence s, int i)
    {
        if (s.Lower(i) != "the") return null;
        var k = i + 1;
        var modifiers = 0;
        while (k < s.Count && modifiers < 3 && s[k].Kind == TokenKind.Word && !DescriptionHeads.Contains(s.Lower(k)))
        {
            // "the Central American nation", "the Latin American country": a region's adjective, not the state's
            var regional = k > i + 1 && s[k - 1].Text is "Central" or "Latin" or "South" or "North" or "West" or "East" or "Southeast" && s.Lower(k) is "american" or "african" or "asian" or "european";
            if (OtherModifiers.Contains(s.Lower(k)) || IsFunctionWord(s.Lower(k)) || (!regional && gazetteer.Match(s, k) is not null)) return null;
            k++;
            modifiers++;
        }
        if (k >= s.Count || modifiers == 0 || !DescriptionHeads.Contains(s.Lower(k)) || s[k].IsCapitalised) return null;
        // a head of a name ("the Pacific nation of Nauru") or of a compound ("the island nation's", fine; "the state media": not)
        if (k + 1 < s.Count && (s.Lower(k + 1) == "of" || (s[k + 1].Kind == TokenKind.Word && !s[k + 1].IsCapitalised && s.Lower(k + 1) is "media" or "department" or "council" or "visit" or "level" or "secretary" or "television" or "news" or "agency" or "capital" or "border" or "borders" or "sovereignty"))) return null;
        return k;
    }

    /// <summary>The heads of official state names (the general English pattern "the Republic of X").</summary>
    private static readonly HashSet<string> StyleHeads = new(StringComparer.Ordinal)
    {
        "Republic", "State", "Kingdom", "Principality", "Duchy", "Sultanate", "Emirate", "Commonwealth", "Federation", "Confederation", "Union",
    };

    private static readonly HashSet<string> StyleModifiers = new(StringComparer.Ordinal)
    {
        "Democratic", "Federal", "Islamic", "People's", "Socialist", "United", "Independent", "Federative", "Arab", "Cooperative", "Grand", "Plurinational", "Sovereign",
    };

    /// <summary>"Republic of Montenegro", "Democratic Republic of East Timor": a style before a state's name names the state.</summary>
    private void ExtendStyles(Sentence s, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Named || m.Entities.Count != 1 || gazetteer.ById(m.Entities[0])?.IsPolity != true) continue;
            var k = m.First - 1;
            if (k < 1 || s.Lower(k) != "of" || !StyleHeads.Contains(s[k - 1].Text)) continue;
            var first = k - 1;
            while (first > 0 && StyleModifiers.Contains(s[first - 1].Text)) first--;
            if (mentions.Any(x => x != m && x.Last >= first && x.First < m.First)) continue;
            m.First = first;
        }
    }

    /// <summary>Plural heads of administrative regions and the singular each member's name takes with it.</summary>
    private static readonly Dictionary<string, string[]> RegionHeads = new(StringComparer.Ordinal)
    {
        ["oblasts"] = ["Oblast", "region"],
        ["regions"] = ["region", "Oblast"],
        ["provinces"] = ["Province", "region"],
        ["governorates"] = ["Governorate"],
    };

    /// <summary>"Donetsk, Kherson, Luhansk and Zaporizhzhia oblasts": each name with the shared head, where the gazetteer knows it.</summary>
    private void DistributeRegionHeads(Sentence s, List<Mention> mentions)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if (!RegionHeads.TryGetValue(s.Lower(i), out var singulars)) continue;
            var found = new List<Mention>();
            var j = i - 1;
            while (j >= 0)
            {
                if (RegionWithHead(s, j, singulars, mentions) is not { } entry) break;
                found.Add(new Mention(j, j, MentionKind.Named) { Entities = [entry.Id] });
                j--;
                if (j >= 0 && s[j].Text == ",") j--;
                if (j >= 0 && s.Lower(j) is "and" or "or") j--;
                if (j >= 0 && s[j].Text == "," && s.Lower(j + 1) is "and" or "or") j--;
            }
            if (found.Count > 0)
            {
                found[0].Last = i; // the head belongs to the last member's name
                mentions.AddRange(found);
                continue;
            }
            // "four Ukrainian oblasts, Donetsk, Kherson, Luhansk and Zaporizhzhia": the head before an appositive list
            j = i + 1;
            if (j < s.Count && s[j].Text is "," or ":" or "-" or "\u2013" or "\u2014" or "(") j++;
            while (j < s.Count)
            {
                if (RegionWithHead(s, j, singulars, mentions) is not { } entry) break;
                found.Add(new Mention(j, j, MentionKind.Named) { Entities = [entry.Id] });
                j++;
                if (j < s.Count && s[j].Text == ",") j++;
                if (j < s.Count && s.Lower(j) is "and" or "or") j++;
            }
            if (found.Count >= 2) mentions.AddRange(found);
        }
    }

    /// <summary>The region a capitalised word at <paramref name="j"/> names with one of the singular heads ("Donetsk" + "Oblast"), if no other mention covers it.</summary>
    private GazetteerEntry? RegionWithHead(Sentence s, int j, string[] singulars, List<Mention> mentions)
    {
        var t = s[j];
        if (t.Kind != TokenKind.Word || !t.IsCapitalised) return null;
        var entry = singulars.Select(h => gazetteer.ByName(t.Text + " " + h)).FirstOrDefault(e => e?.Kind == Facts.EntityType.Region);
        // a bare name the gazetteer already read as this region ("Donetsk") joins the shared head; any other mention keeps the word
        var covering = mentions.FirstOrDefault(m => j >= m.First && j <= m.Last);
        if (covering is null) return entry;
        if (entry is null || covering.First != j || covering.Last != j || covering.Entities is not [var id] || id != entry.Id) return null;
        mentions.Remove(covering);
        return entry;
    }

    /// <summary>"Donetsk (DPR) and Luhansk People's Republics (LPR)": both names from one shared head.</summary>
    private Mention? SharedHead(Sentence s, int first, int last, SurfaceForm plural, List<Mention> before)
    {
        var head = plural.SharedHead!;
        var j = first - 1;
        j = SkipParenthesis(s, j);
        if (j < 0 || s.Lower(j) != "and") return null;
        j = SkipParenthesis(s, j - 1);
        for (var length = 1; length <= 3 && j - length + 1 >= 0; length++)
        {
            var start = j - length + 1;
            var candidate = string.Join(" ", Enumerable.Range(start, length).Select(k => s[k].Text).Concat(head)).Replace(" 's", "'s", StringComparison.Ordinal);
            if (gazetteer.ByName(candidate) is { } partner && partner.IsPolity)
            {
                before.RemoveAll(m => m.First >= start && m.Last <= last);
                var end = last;
                if (end + 3 < s.Count && s[end + 1].Text == "(" && s[end + 3].Text == ")") end += 3;
                return new Mention(start, end, MentionKind.SharedHead) { Entities = [partner.Id, plural.Entry.Id] };
            }
        }
        return null;
    }

    private static int SkipParenthesis(Sentence s, int j) =>
        j >= 2 && s[j].Text == ")" && s[j - 2].Text == "(" ? j - 3 : j;

    private static Mention? Reference(Sentence s, int i)
    {
        var t = s[i];
        if (t.Kind != TokenKind.Word) return null;
        switch (t.Lower)
        {
            case "they" or "them":
                return new Mention(i, i, MentionKind.PluralReference);
            case "each" or "one" when i + 1 < s.Count && s[i + 1].Lower is "other" or "another":
                return new Mention(i, i + 1, MentionKind.Reciprocal);
            case "it":
                return new Mention(i, i, MentionKind.SingularReference);
            // "I am pleased to formally recognise ...", "we have decided to cut ties": the speaker's state
            case "we" or "i" when t.Text is "We" or "we" or "I":
                return new Mention(i, i, MentionKind.SingularReference) { Hint = "speaker" };
            case "his" or "her" or "its" when i + 1 < s.Count && s[i + 1].Lower is "country" or "nation" or "government":
                return new Mention(i, i + 1, MentionKind.SingularReference); // "the minister said his country ..."
            case "the" when i + 1 < s.Count && s[i + 1].Text is "North" or "South" && (i + 2 >= s.Count || !s[i + 2].IsCapitalised || s[i + 2].Text == "'s"):
                return new Mention(i, i + 1, MentionKind.SingularReference) { Hint = s[i + 1].Text };
            case "the" when i + 2 < s.Count && s[i + 1].Lower is "new" or "newly-independent" or "young" && s[i + 2].Lower is "state" or "country" or "nation" or "republic":
                return new Mention(i, i + 2, MentionKind.SingularReference) { Hint = "new" }; // "recognised the new state"
            case "the" when i + 1 < s.Count && s[i + 1].Lower is "latter" or "former" && (i + 2 >= s.Count || s[i + 2].Kind != TokenKind.Word || s[i + 2].Lower is "recognised" or "recognized" or "had" or "has" or "was" or "did" or "then" or "also" || !IsNounAfterFormer(s[i + 2])):
                return new Mention(i, i + 1, MentionKind.SingularReference) { Hint = s[i + 1].Lower }; // "while the latter recognised it"
            case "the" when i + 1 < s.Count && s[i + 1].Lower == "country":
                return new Mention(i, i + 1, MentionKind.SingularReference);
            case "the" when BreakawayReference(s, i) is { } head:
                return new Mention(i, head, MentionKind.SingularReference) { Hint = "breakaway" };
            // "Colombia recognised Israel in 1949 and the two established relations in 1957": "the two" with no noun, before its verb
            case "the" when i + 2 < s.Count && s.Lower(i + 1) == "two" && s[i + 2].Kind == TokenKind.Word && !s[i + 2].IsCapitalised
                && (s.Lower(i + 2).EndsWith("ed", StringComparison.Ordinal) || s.Lower(i + 2) is "have" or "had" or "agreed" or "signed" or "cut" or "broke" or "then" or "later" or "also" or "formally" or "finally" or "restored" or "established"):
                return new Mention(i, i + 1, MentionKind.PluralReference) { Count = 2 };
        }
        // (the|these|those|both)? NUMBER? modifiers* GROUP-NOUN
        var j = i;
        var determiner = t.Lower is "the" or "these" or "those" or "both";
        if (determiner) j++;
        int? count = t.Lower == "both" ? 2 : null;
        if (j < s.Count && CountWords.TryGetValue(s[j].Lower, out var c))
        {
            count = c;
            j++;
        }
        if (!determiner && count is null) return null;
        for (var k = j; k < Math.Min(s.Count, j + 6); k++)
        {
            var lower = s[k].Lower;
            var respective = k > j && s.Lower(k - 1) is "independent" or "newly-independent" or "neighbouring" or "neighboring" or "respective";
            // "the countries established relations": a bare "the countries" right after "the" refers back too
            var bare = k == j && t.Lower == "the" && lower is "countries" or "states" or "nations";
            if (GroupNouns.Contains(lower) || (StateNouns.Contains(lower) && (count is not null || t.Lower is "these" or "those" || respective || bare)))
            {
                return new Mention(i, k, MentionKind.PluralReference) { Count = count };
            }
            var modifier = s[k].Kind == TokenKind.Word && !IsFunctionWord(lower) || s[k].Text is "\"" or "'s";
            if (!modifier) break;
        }
        // "of both", "recognising both" (but not "both X and Y")
        if (t.Lower == "both" && i > 0 && Prepositions.Contains(s.Lower(i - 1)) && (i + 1 >= s.Count || !s[i + 1].IsCapitalised && s.Lower(i + 1) != "the"))
        {
            return new Mention(i, i, MentionKind.PluralReference) { Count = 2 };
        }
        return null;
    }

    private static readonly HashSet<string> SecessionWords = new(StringComparer.Ordinal)
    {
        "breakaway", "separatist", "rebel", "secessionist", "self-declared", "self-proclaimed", "unrecognised", "unrecognized", "de-facto",
    };

    private static readonly HashSet<string> TerritoryHeads = new(StringComparer.Ordinal)
    {
        "region", "republic", "territory", "enclave", "province", "entity", "statelet", "state",
    };

    /// <summary>
    /// "the breakaway Georgian region", "the self-declared republic": a description of one breakaway entity named before
    /// (at least one word of secession, then a demonym or more such words, then the head); the index of the head, or
    /// null. A head followed by "of Name" is spelled out by that name instead.
    /// </summary>
    private static int? BreakawayReference(Sentence s, int the)
    {
        var k = the + 1;
        var secession = false;
        for (var n = 0; n < 4 && k < s.Count; n++, k++)
        {
            var lower = s.Lower(k);
            if (SecessionWords.Contains(lower)) secession = true;
            else if (TerritoryHeads.Contains(lower)) break;
            else if (!(s[k].IsCapitalised && s[k].Kind == TokenKind.Word)) return null;
        }
        if (!secession || k >= s.Count || !TerritoryHeads.Contains(s.Lower(k))) return null;
        if (s.Lower(k + 1) == "of" && k + 2 < s.Count && s[k + 2].IsCapitalised) return null;
        return k;
    }

    /// <summary>"the former Yugoslavia", "the former president": "former" as an adjective before a noun.</summary>
    private static bool IsNounAfterFormer(Token t) => t.Kind == TokenKind.Word && (t.IsCapitalised || !t.Lower.EndsWith("ed", StringComparison.Ordinal));

    private static bool IsFunctionWord(string lower) => lower is
        "and" or "or" or "of" or "in" or "on" or "to" or "with" or "by" or "the" or "a" or "an" or "that" or "which" or "who" or "is" or "are"
        or "was" or "were" or "have" or "has" or "had" or "as" or "for" or "from" or "at" or "but" or "not";

    private static readonly (string[] Title, OfficeKind? Office)[] Titles =
    [
        (["minister", "of", "foreign", "affairs"], OfficeKind.ForeignMinister),
        (["foreign", "affairs", "minister"], OfficeKind.ForeignMinister),
        (["foreign", "minister"], OfficeKind.ForeignMinister),
        (["foreign", "secretary"], OfficeKind.ForeignMinister),
        (["secretary", "of", "state"], OfficeKind.ForeignMinister),
        (["prime", "minister"], OfficeKind.Head),
        (["president"], OfficeKind.Head),
        (["head"], OfficeKind.Head),
        (["leader"], OfficeKind.Head),
        (["ambassador"], OfficeKind.Ambassador),
        (["envoy"], OfficeKind.Ambassador),
        (["spokesman"], null),
        (["spokeswoman"], null),
        (["spokesperson"], null),
        (["minister"], null),
        (["chancellor"], OfficeKind.Head),
        (["king"], OfficeKind.Head),
    ];

    /// <summary>Persons introduced by a title ("foreign minister Choe Son Hui") or an apposition ("Denis Pushilin, the head of the DPR").</summary>
    private void FindPersons(Sentence s, List<Mention> mentions, List<Person> persons, List<(int First, int Last, GazetteerEntry Entry)> known)
    {
        bool Covered(int k) => mentions.Any(m => k >= m.First && k <= m.Last);
        // "Olga, who would not provide her last name, said": a first name introduced by a relative clause
        for (var i = 0; i + 2 < s.Count; i++)
        {
            if (IsNameToken(s[i]) && !Covered(i) && s[i + 1].Text == "," && s.Lower(i + 2) == "who" && (i == 0 || !IsNameToken(s[i - 1])) && TitleAt(s, i) is null)
            {
                AddPerson(s, mentions, persons, known, i, i, null, null, null, s[i].Start, s[i].End, -1);
            }
        }
        for (var i = 0; i < s.Count; i++)
        {
            if (TitleAt(s, i) is not { } title) continue;
            var after = i + title.Title.Length;
            // TITLE Name: "foreign minister Choe Son Hui", "President Putin"
            var nameEnd = NameEnd(s, after, Covered);
            if (nameEnd >= after)
            {
                var of = EntityBefore(s, mentions, i);
                var end = nameEnd;
                // "opposition leader Juan Guaidó": a title that holds no office of a state
                var office = s.Lower(i - 1) is "opposition" or "rebel" or "exiled" ? null : title.Office;
                // "President Jonas Pentreath of Pakistan"
                var stateAt = s.Lower(nameEnd + 2) == "the" ? nameEnd + 3 : nameEnd + 2;
                if (of is null && s.Lower(nameEnd + 1) == "of" && mentions.FirstOrDefault(m => m.First == stateAt && m.Kind == MentionKind.Named) is { } state && gazetteer.ById(state.Entities[0])?.IsPolity == true)
                {
                    of = state.Entities[0];
                    end = state.Last;
                }
                AddPerson(s, mentions, persons, known, after, nameEnd, office, of, null, s[Math.Max(0, of is null || end > nameEnd ? i : i - 1)].Start, s[end].End, i, end);
                i = end;
                continue;
            }
            // Name, the [ADJ] TITLE (of|to) X
            var k = i - 1;
            var adjective = mentions.FirstOrDefault(m => m.Last == k && m.Kind is MentionKind.Adjective or MentionKind.Named);
            if (adjective is not null) k = adjective.First - 1;
            if (s.Lower(k) is "the" or "a") k--;
            if (k < 1 || s[k].Text != ",") continue;
            var nameLast = k - 1;
            var nameFirst = nameLast;
            while (nameFirst - 1 >= 0 && IsNameToken(s[nameFirst - 1]) && !Covered(nameFirst - 1)) nameFirst--;
            if (!IsNameToken(s[nameLast]) || Covered(nameLast) || nameLast - nameFirst > 3) continue;
            string? ofEntity = adjective?.Entities[0];
            string? toEntity = null;
            var p = after;
            if (s.Lower(p) is "of" or "to")
            {
                var isTo = s.Lower(p) == "to";
                p++;
                if (s.Lower(p) == "the") p++;
                var target = mentions.FirstOrDefault(m => m.First == p && m.Kind == MentionKind.Named);
                if (target is not null)
                {
                    if (isTo) toEntity = target.Entities[0];
                    else ofEntity = target.Entities[0];
                    p = target.Last + 1;
                }
            }
            AddPerson(s, mentions, persons, known, nameFirst, nameLast, title.Office, ofEntity, toEntity, s[nameFirst].Start, s[p - 1].End, -1);
        }
        // known people named without a title ("Putin signed decrees")
        foreach (var (first, last, _) in known)
        {
            if (!Covered(first)) AddPerson(s, mentions, persons, known, first, last, null, null, null, s[first].Start, s[last].End, -1);
        }
    }

    private static void AddPerson(Sentence s, List<Mention> mentions, List<Person> persons, List<(int First, int Last, GazetteerEntry Entry)> known, int first, int last, OfficeKind? office, string? of, string? to, int evidenceStart, int evidenceEnd, int titleIndex, int mentionEnd = -1)
    {
        var name = string.Join(" ", Enumerable.Range(first, last - first + 1).Select(k => s[k].Text));
        var id = Facts.Slugs.Of(name);
        // a person the gazetteer knows ("President Putin", "Vladimir Putin"): one id, and the state they act for
        if (known.FirstOrDefault(x => x.First <= last && x.Last >= first) is { Entry: { } entry })
        {
            id = entry.Id;
            name = entry.Name;
            of = entry.Of;
        }
        if (persons.FirstOrDefault(p => p.Id == id) is not { } person)
        {
            person = new Person(id, name, office, of, to, (evidenceStart, evidenceEnd));
            persons.Add(person);
        }
        mentions.Add(new Mention(titleIndex >= 0 ? titleIndex : first, Math.Max(last, mentionEnd), MentionKind.Person) { Entities = [id] });
    }

    /// <summary>A state named just before a title: "North Korean foreign minister", "Russia's ambassador".</summary>
    private static string? EntityBefore(Sentence s, List<Mention> mentions, int i)
    {
        var k = i - 1;
        if (s.Lower(k) == "'s") k--;
        var m = mentions.FirstOrDefault(x => x.Last == k && x.Kind is MentionKind.Adjective or MentionKind.Named);
        return m?.Entities[0];
    }

    private static readonly HashSet<string> TitleStarts = [.. Titles.Select(t => t.Title[0])];

    private static (string[] Title, OfficeKind? Office)? TitleAt(Sentence s, int i)
    {
        if (!TitleStarts.Contains(s.Lower(i))) return null;
        foreach (var t in Titles)
        {
            if (i + t.Title.Length > s.Count) continue;
            var ok = true;
            for (var k = 0; k < t.Title.Length && ok; k++) ok = s[i + k].Lower == t.Title[k];
            if (ok) return t;
        }
        return null;
    }

    private static int NameEnd(Sentence s, int start, Func<int, bool> covered)
    {
        var k = start;
        while (k < s.Count && k - start < 4 && IsNameToken(s[k]) && !covered(k)) k++;
        return k - 1;
    }

    private static bool IsNameToken(Token t) =>
        t.Kind == TokenKind.Word && t.IsCapitalised && t.Text.Length > 1 && t.Text is not ("The" or "A" or "An" or "In" or "On" or "According")
        && MonthNames.Parse(t.Text, allowAbbreviation: false) == 0 && !t.Text.All(char.IsUpper);
}
