namespace KgExport.Extraction.Patterns;

/// <summary>
/// The English words that state the acts this extractor reads, by family, in every inflection (British and
/// American spelling). Written for KgExport from ordinary English usage in news and reference texts.
/// </summary>
public static class Lexicon
{
    public static readonly HashSet<string> Recognise = Forms("recognise", "recognize");

    public static readonly HashSet<string> Derecognise = Forms("derecognise", "derecognize", "de-recognise", "de-recognize");

    /// <summary>Verbs that withdraw something given: with "recognition" as object, a withdrawal.</summary>
    public static readonly HashSet<string> Withdraw = new(StringComparer.Ordinal)
    {
        "withdrew", "withdrawn", "withdraws", "withdraw", "withdrawing", "revoked", "revokes", "revoke", "revoking", "rescinded", "rescinds",
        "rescind", "retracted", "retracts", "retract", "cancelled", "canceled", "cancel", "reversed", "suspended", "suspend", "suspends",
        "froze", "frozen", "freeze", "freezes", "ended", "end", "ends", "terminated", "terminate", "annulled", "annul", "dropped", "drop",
    };

    /// <summary>
    /// "agreed to / on", "decided upon", "consented to": a verb and the preposition after it that make the noun after
    /// them (the establishment of relations, mutual recognition) the act agreed.
    /// </summary>
    public static bool AgreesOn(string verb, string preposition) =>
        (preposition == "to" && verb is "agreed" or "agree" or "agrees" or "consented")
        || (preposition is "on" or "upon" && verb is "agreed" or "agree" or "agrees" or "decided" or "decide" or "decides");

    /// <summary>Verbs that give recognition: "announced its recognition", "extended recognition to".</summary>
    public static readonly HashSet<string> Grant = new(StringComparer.Ordinal)
    {
        "announced", "announces", "announce", "extended", "extends", "extend", "granted", "grants", "grant", "gave", "gives", "give",
        "confirmed", "confirms", "declared", "formalised", "formalized", "accorded", "accords", "accord", "offered", "conveyed",
        "expressed", "issued", "affirmed", "reaffirmed", "approved", "approves", "endorsed", "endorses", "ratified", "ratifies",
        "restored", "restores", "reinstated", "reinstates", "renewed", "renews", "reestablished", "re-established",
    };

    /// <summary>"switched recognition from A to B".</summary>
    public static readonly HashSet<string> Switch = new(StringComparer.Ordinal)
    {
        "switched", "switch", "switches", "switching", "shifted", "shift", "shifts", "shifting", "transferred", "transfer", "transfers", "moved", "changed",
    };

    /// <summary>"ditched Taipei for Beijing", "dropped Taiwan in favour of China": one partner left for another.</summary>
    public static readonly HashSet<string> Ditch = new(StringComparer.Ordinal)
    {
        "ditched", "ditches", "ditching", "dropped", "drops", "dropping", "abandoned", "abandons", "abandoning", "dumped", "dumps", "dumping",
    };

    public static readonly HashSet<string> Sever = new(StringComparer.Ordinal)
    {
        "broke", "break", "breaks", "broken", "breaking", "cut", "cuts", "cutting", "severed", "sever", "severs", "severing", "suspended",
        "suspend", "suspends", "suspending", "ended", "end", "ends", "ending", "terminated", "terminate", "terminates", "terminating",
        "ruptured", "rupture", "ruptures", "downgraded", "froze", "frozen", "freeze", "freezes", "freezing",
    };

    public static readonly HashSet<string> Establish = new(StringComparer.Ordinal)
    {
        "established", "establish", "establishes", "establishing", "re-established", "re-establish", "re-establishes", "re-establishing",
        "reestablished", "reestablish", "reestablishes", "reestablishing", "restored", "restore", "restores", "restoring", "resumed", "resume",
        "resumes", "resuming", "normalised", "normalise", "normalises", "normalising", "normalized", "normalize", "normalizes", "normalizing",
        "opened", "open", "opens", "opening", "entered", "enter", "enters", "entering", "forged", "forge", "forges", "forging", "launched",
        "renewed", "renew", "renews", "formalised", "formalized",
    };

    /// <summary>Nouns for the act of breaking relations: "the severance of relations with", "a break in relations with".</summary>
    public static readonly HashSet<string> SeverNouns = new(StringComparer.Ordinal)
    {
        "severance", "severing", "break", "breaking", "rupture", "termination", "suspension", "breakoff", "break-off", "cutting",
    };

    /// <summary>Nouns for the act of establishing relations: "the establishment of diplomatic relations between".</summary>
    public static readonly HashSet<string> EstablishNouns = new(StringComparer.Ordinal)
    {
        "establishment", "re-establishment", "reestablishment", "restoration", "resumption", "normalisation", "normalization", "opening",
    };

    /// <summary>What the relations are: "relations", "ties", "relationship".</summary>
    public static readonly HashSet<string> RelationNouns = new(StringComparer.Ordinal)
    {
        "relations", "ties", "relationship", "relationships", "connections", "allegiance",
    };

    /// <summary>Words that may stand between the verb and the relations noun.</summary>
    public static readonly HashSet<string> RelationModifiers = new(StringComparer.Ordinal)
    {
        "its", "their", "all", "the", "diplomatic", "bilateral", "formal", "official", "off", "full", "fully", "remaining", "any", "up",
        "ambassadorial", "full-fledged", "normal", "into", "in", "direct", "consular", "her", "his", "existing", "longstanding", "long-standing", "so-called",
    };

    /// <summary>Relations that are not diplomatic: "economic ties severed" is no severance.</summary>
    public static readonly HashSet<string> OtherRelations = new(StringComparer.Ordinal)
    {
        "economic", "trade", "military", "cultural", "commercial", "business", "sporting", "sports", "security", "energy", "transport",
        "family", "personal", "academic", "religious", "historical", "historic", "friendly", "close", "good", "warm", "cordial", "strained",
    };

    public static readonly HashSet<string> Annex = new(StringComparer.Ordinal)
    {
        "annexed", "annex", "annexes", "annexing", "incorporated", "incorporate", "incorporates", "incorporating", "absorbed", "absorb",
        "absorbs", "subsumed", "integrated",
    };

    /// <summary>Documents an act is issued in ("signed decrees recognising").</summary>
    public static readonly HashSet<string> Instruments = new(StringComparer.Ordinal)
    {
        "letters", "letter", "decree", "decrees", "statement", "note", "notes", "resolution", "law", "order", "documents", "document",
        "communique", "communiqué", "proclamation", "declaration", "agreement", "treaty", "protocol", "decision", "instrument",
        "treaties", "laws", "agreements", "proclamations", "declarations", "resolutions", "orders", "decisions", "protocols", "bill",
    };

    private static HashSet<string> Forms(params string[] stems)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in stems)
        {
            var root = s[..^1];
            forms.UnionWith([s, s + "s", s + "d", root + "ing"]);
        }
        return forms;
    }
}
