using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Recognition and withdrawal of recognition: "X recognised Y", "Y was recognised by X", "X is the third nation
/// to recognise Y", "X issued letters recognising Y", "X's recognition of Y", "X announced its recognition",
/// "X withdrew its recognition of Y". Negated, modal, infinitive, conditional and quoted uses are not acts;
/// neither are subjects that are counts ("86 UN states").
/// </summary>
public static class RecognitionPatterns
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "recognise", "recognises", "recognised", "recognising", "recognize", "recognizes", "recognized", "recognizing",
    };

    private static readonly HashSet<string> Derecognise = new(StringComparer.Ordinal)
    {
        "derecognise", "derecognises", "derecognised", "derecognize", "derecognizes", "derecognized",
    };

    private static readonly HashSet<string> InstrumentNouns = new(StringComparer.Ordinal)
    {
        "letters", "letter", "decree", "decrees", "statement", "note", "notes", "resolution", "law", "order", "documents", "document", "communique",
    };

    private static readonly HashSet<string> IssuingVerbs = new(StringComparer.Ordinal)
    {
        "issued", "signed", "sent", "adopted", "published", "passed", "delivered", "released",
    };

    private static readonly HashSet<string> AnnouncingVerbs = new(StringComparer.Ordinal)
    {
        "announced", "announces", "extended", "extends", "granted", "grants", "gave", "gives", "confirmed", "confirms", "declared", "formalised", "formalized",
    };

    private static readonly HashSet<string> WithdrawingVerbs = new(StringComparer.Ordinal)
    {
        "withdrew", "withdrawn", "withdraws", "withdraw", "revoked", "revokes", "revoke", "rescinded", "rescinds", "retracted", "retracts",
        "cancelled", "canceled", "reversed", "suspended", "froze", "frozen",
    };

    private static readonly HashSet<string> OrdinalNouns = new(StringComparer.Ordinal)
    {
        "nation", "country", "state", "government", "member", "un", "foreign",
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
        ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "are", "was", "were", "been", "be", "being" };

    public static void Apply(PatternContext c)
    {
        var a = c.A;
        for (var i = 0; i < a.Count; i++)
        {
            var lower = a.Lower(i);
            if (a.IsQuoted(i)) continue;
            if (Verbs.Contains(lower)) Verb(c, i, RecognitionType.State);
            else if (Derecognise.Contains(lower)) Verb(c, i, RecognitionType.Withdrawal);
            else if (lower == "recognition") Nominal(c, i);
        }
    }

    private static void Verb(PatternContext c, int v, RecognitionType type)
    {
        var a = c.A;
        if (a.Lower(v).EndsWith("ing", StringComparison.Ordinal))
        {
            Gerund(c, v, type);
            return;
        }
        // "X is now the third nation to recognise Y"
        if (Ordinal(c, v) is { } ordinal)
        {
            var (copula, number) = ordinal;
            if (!ArgumentReader.IsAsserted(a, copula)) return;
            if (ArgumentReader.Subject(a, copula) is not { } subject) return;
            var (objects, kind, last, implicitObject) = Object(c, v + 1, type);
            var recognisers = c.Polities(subject.Items);
            Emit(c, recognisers, objects, kind, v, subject.First, last, 0.9, number, null, null, implicitObject);
            // "After Syria and Russia, North Korea is the third ...": those before recognised it too
            var (clauseFirst, _) = a.ClauseRange(copula);
            if (a.Lower(clauseFirst) is "after" or "following")
            {
                var (earlier, _, listLast) = ArgumentReader.ListRight(a, clauseFirst + 1);
                if (earlier.Count > 0 && a.Lower(listLast + 1) == ",")
                {
                    Emit(c, c.Polities(earlier), objects, kind, v, clauseFirst, v, 0.8, null, null, null, implicitObject, undated: true);
                }
            }
            return;
        }
        if (!ArgumentReader.IsAsserted(a, v)) return;
        if (IsPassive(a, v))
        {
            if (ArgumentReader.Subject(a, v) is not { } patient) return;
            var by = FindBy(a, v);
            if (by < 0) return;
            var (agents, _, last) = ArgumentReader.ListRight(a, by + 1);
            if (agents.Count == 0) return;
            Emit(c, c.Polities(agents), c.Polities(patient.Items), type, v, patient.First, last, 0.85, null, null, c.PersonIn(agents), false);
            return;
        }
        {
            if (ArgumentReader.Subject(a, v) is not { } subject) return;
            var (objects, kind, last, implicitObject) = Object(c, v + 1, type);
            var reciprocal = a.StartingAt(SkipAdverbs(a, v + 1)) is { Kind: MentionKind.Reciprocal };
            var recognisers = c.Polities(subject.Items);
            if (reciprocal)
            {
                foreach (var x in recognisers)
                {
                    Emit(c, [x], recognisers.Where(y => y != x).ToList(), kind, v, subject.First, SkipAdverbs(a, v + 1) + 1, 0.85, null, null, null, false);
                }
                return;
            }
            Emit(c, recognisers, objects, kind, v, subject.First, last, subject.Items.Any(m => m.IsReference) ? 0.8 : 0.9, null, null, c.PersonIn(subject.Items), implicitObject);
        }
    }

    /// <summary>"foreign minister X had issued letters on Wednesday recognising the independence of both areas".</summary>
    private static void Gerund(PatternContext c, int v, RecognitionType type)
    {
        var a = c.A;
        if (a.Lower(v - 1) is "for" or "of" or "by" or "without" or "from" or "on" or "about" or "regarding" or "in" or "after" or "before" or "countries" or "states" or "nations") return;
        var (clauseFirst, _) = a.ClauseRange(v);
        for (var k = v - 1; k >= Math.Max(clauseFirst, v - 8); k--)
        {
            if (!InstrumentNouns.Contains(a.Lower(k))) continue;
            for (var j = k - 1; j >= Math.Max(clauseFirst, k - 3); j--)
            {
                if (!IssuingVerbs.Contains(a.Lower(j))) continue;
                if (!ArgumentReader.IsAsserted(a, j)) return;
                if (ArgumentReader.Subject(a, j) is not { } subject) return;
                var (objects, kind, last, implicitObject) = Object(c, v + 1, type);
                Emit(c, c.Polities(subject.Items), objects, kind, v, subject.First, last, 0.85, null, a[k].Lower, c.PersonIn(subject.Items), implicitObject);
                return;
            }
        }
    }

    /// <summary>"X's recognition of Y", "X announced its recognition", "X withdrew its recognition of both".</summary>
    private static void Nominal(PatternContext c, int n)
    {
        var a = c.A;
        var k = n - 1;
        while (k >= 0 && a.Lower(k) is "initial" or "formal" or "official" or "diplomatic" or "full" or "de" or "jure" or "facto" or "international" or "first" or "earlier" or "mutual") k--;
        // possessive: "Russia's initial recognition of ..."
        if (a.Lower(k) == "'s" && a.EndingAt(k - 1) is { } owner && owner.Kind != MentionKind.Adjective)
        {
            if (Negated(a, owner.First)) return;
            var (objects, kind, last, implicitObject) = a.Lower(n + 1) == "of" ? Object(c, n + 2, RecognitionType.State) : ([], RecognitionType.State, n, true);
            Emit(c, c.Polities([owner]), objects, kind, n, owner.First, last, 0.85, null, null, null, implicitObject);
            return;
        }
        if (a.Lower(k) is "its" or "their" or "his" or "her") k--;
        var verb = a.Lower(k);
        var type = AnnouncingVerbs.Contains(verb) ? RecognitionType.State : WithdrawingVerbs.Contains(verb) ? RecognitionType.Withdrawal : (RecognitionType?)null;
        if (type is null && verb is "of" && a.Lower(k - 1) is "withdrawal" or "revocation")
        {
            // "Tuvalu's withdrawal of recognition", "the withdrawal of its recognition" need an owner
            return;
        }
        if (type is null || !ArgumentReader.IsAsserted(a, k)) return;
        if (ArgumentReader.Subject(a, k) is not { } subject) return;
        var next = a.Lower(n + 1);
        var (objs, kind2, last2, implicit2) = next is "of" or "to" ? Object(c, n + 2, type.Value) : ([], type.Value, n, true);
        Emit(c, c.Polities(subject.Items), objs, kind2, n, subject.First, last2, 0.85, null, null, c.PersonIn(subject.Items), implicit2);
    }

    /// <summary>What is recognised: "the independence of X", "X and Y", "both areas", "the declaration of independence" (the entity that declared it).</summary>
    private static (List<string> Objects, RecognitionType Kind, int Last, bool Implicit) Object(PatternContext c, int start, RecognitionType type)
    {
        var a = c.A;
        var k = SkipAdverbs(a, start);
        var kind = type;
        if (a.Lower(k) == "the" && a.Lower(k + 1) is "independence" or "sovereignty" or "statehood" && a.Lower(k + 2) == "of") k += 3;
        else if (a.Lower(k) is "the" or "its" or "their" && a.Lower(k + 1) is "declaration" or "independence" or "declarations" && a.Lower(k + 2) is not "of" || (a.Lower(k + 1) is "declaration" && a.Lower(k + 2) == "of" && a.Lower(k + 3) == "independence"))
        {
            return ([], kind, Math.Min(a.Count - 1, k + 3), true);
        }
        if (a.Lower(k) == "the" && a.Lower(k + 1) is "government" or "authorities" && a.Lower(k + 2) == "of")
        {
            k += 3;
            if (type == RecognitionType.State) kind = RecognitionType.Government;
        }
        var (items, _, last) = ArgumentReader.ListRight(a, k);
        if (a.Lower(last + 1) == "government" || (a.Lower(last + 1) == "'s" && a.Lower(last + 2) is "government" or "new"))
        {
            if (type == RecognitionType.State) kind = RecognitionType.Government;
        }
        return (c.Polities(items), kind, items.Count == 0 ? start : last, items.Count == 0 && a.StartingAt(k) is null && a.Lower(k) is "," or "." or "in" or "on" or "as" or "and" or "despite");
    }

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
        bool undated = false)
    {
        // "announced their recognition", "withdrew its recognition": of the entity that declared independence,
        // else of the entity last said to be recognised
        if (recognised.Count == 0 && implicitObject && (c.Discourse.DeclaredIndependence ?? c.Findings.Recognitions.LastOrDefault()?.Recognised) is { } implied)
        {
            recognised = [implied];
            confidence -= 0.1;
        }
        if (recognisers.Count == 0 || recognised.Count == 0) return;
        var date = undated ? Dates.DateResolution.None : c.Date(trigger, evidenceFirst);
        var evidence = c.Evidence(evidenceFirst, Math.Max(evidenceFirst, evidenceLast));
        foreach (var r in recognisers)
        {
            foreach (var o in recognised)
            {
                if (r == o) continue;
                var (d, note) = date.ForRecognition(r, o);
                var f = new RecognitionFinding(r, o, kind) { Ordinal = ordinal, Instrument = instrument, AnnouncedBy = announcedBy, Date = d, DateNote = note, Confidence = confidence };
                f.Evidence.Add(evidence);
                c.Findings.Add(f);
            }
        }
    }

    private static (int Copula, int Number)? Ordinal(PatternContext c, int v)
    {
        var a = c.A;
        if (a.Lower(v - 1) != "to") return null;
        var k = v - 2;
        if (!OrdinalNouns.Contains(a.Lower(k)) && a.Lower(k) is not ("nations" or "countries" or "states")) return null;
        k--;
        while (k >= 0 && !Ordinals.ContainsKey(a.Lower(k)) && k >= v - 5) k--;
        if (k < 0 || !Ordinals.TryGetValue(a.Lower(k), out var number)) return null;
        k--;
        if (a.Lower(k) is "the") k--;
        while (k >= 0 && a.Lower(k) is "now" or "also" or "only" or "just") k--;
        if (a.Lower(k) is not ("is" or "was" or "became" or "becomes" or "become" or "'s" or "be")) return null;
        return (k, number);
    }

    private static bool IsPassive(SentenceAnalysis a, int v)
    {
        for (var k = v - 1; k >= 0 && k >= v - 4; k--)
        {
            var w = a.Lower(k);
            if (BeForms.Contains(w)) return true;
            if (!ArgumentReader.IsVerbGroupWord(w) || a.EndingAt(k) is not null) return false;
        }
        return false;
    }

    private static int FindBy(SentenceAnalysis a, int v)
    {
        var clause = a.ClauseOf[v];
        for (var k = v + 1; k < a.Count && k <= v + 8 && a.ClauseOf[k] == clause; k++)
        {
            if (a.Lower(k) == "by") return k;
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
