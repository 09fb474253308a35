using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Verb-phrase ellipsis after a reported act: "X followed (suit) the next day", "X did the same", "X did likewise", "X took the same step":
/// X did what the last act did, to the same party, dated by its own clause.
/// </summary>
public static class EllipsisPatterns
{
    public static void Apply(PatternContext c)
    {
        var a = c.A;
        for (var v = 0; v < a.Count; v++)
        {
            if (a.IsQuoted(v)) continue;
            var w = a.Lower(v);
            if (w == "followed" && a.Lower(v - 1) == ",")
            {
                FollowedBy(c, v);
                continue;
            }
            var elliptic = (w is "followed" or "follows" && (FollowsAfter.Contains(a.Lower(v + 1)) || v + 1 >= a.Count) && a.StartingAt(v + 1) is null)
                || (w is "did" or "does" && a.Lower(v + 1) is "the" && a.Lower(v + 2) == "same")
                || (w is "did" or "does" && a.Lower(v + 1) is "likewise" or "so")
                // "Niger took the same step two days later", "made the same move"
                || (w is "took" or "takes" or "made" or "makes" && a.Lower(v + 1) == "the" && a.Lower(v + 2) is "same" or "identical" && a.Lower(v + 3) is "step" or "move" or "decision");
            // "Venezuela followed Nicaragua a few days later": did what that state did last
            if (w is "followed" or "follows" && a.StartingAt(v + 1) is { Kind: MentionKind.Named } leader && a.Lower(leader.Last + 1) is not ("in" or "'s" or "'" or "into" or "to" or "and" or "by"))
            {
                FollowedState(c, v, leader);
                continue;
            }
            if (w == "done" && a.Lower(v + 1) == "by")
            {
                DoneBy(c, v);
                continue;
            }
            if (w == "following" && a.EndingAt(v - 1) is not null && a.Lower(ArgumentReader.ListLeft(a, v - 1).First - 1) == "with")
            {
                WithFollowing(c, v);
                continue;
            }
            // "Nicaragua was the next to do so": an ordinal's infinitive of "do so"
            var doSo = w == "do" && a.Lower(v + 1) == "so" && a.Lower(v - 1) == "to";
            if ((!elliptic && !doSo) || c.Findings.LastActs.Count == 0 || Governor.Govern(a, v) is not { Passive: false } frame) continue;
            if ((doSo ? c.Actor(frame) : ArgumentReader.Subject(a, v)) is not { } subject) continue;
            Copy(c, c.Polities(subject.Items), c.Date(v, subject.First), c.Evidence(subject.First, Math.Min(a.Count - 1, v + 2)));
        }
    }

    /// <summary>"This was also done by Belgium, Luxembourg and Malta", "the same was done by X": each agent did the last act.</summary>
    private static void DoneBy(PatternContext c, int v)
    {
        var a = c.A;
        var k = v - 1;
        while (k >= 0 && ArgumentReader.IsVerbGroupWord(a.Lower(k))) k--;
        var pronoun = a.Lower(k) is "this" or "that" || (a.Lower(k) == "same" && a.Lower(k - 1) == "the");
        if (!pronoun || c.Findings.LastActs.Count == 0 || Governor.Govern(a, v) is null) return;
        var (items, last) = DatedList.Read(a, v + 2);
        // "This was also done by B and C" says who, not when: only a date in this sentence dates them
        var undated = items.Any(x => x.Date is not null) || a.Dates.Count == 0 ? DateResolution.None : c.Date(v, v);
        foreach (var (item, dated) in items)
        {
            Copy(c, c.Polities([item]), dated is null ? undated : DateAssigner.Resolve(a, dated, c.Published, c.Discourse), c.Evidence(k, last));
        }
    }

    /// <summary>"Russia recognised Abkhazia in 2008, with Nicaragua following in September": the followers did the act too.</summary>
    private static void WithFollowing(PatternContext c, int v)
    {
        var a = c.A;
        var (items, first) = ArgumentReader.ListLeft(a, v - 1);
        if (c.Findings.LastActs.Count == 0 || !c.Findings.FromCurrentSentence.Contains(c.Findings.LastActs[^1].Id)) return;
        var date = Gapping.DateAt(c, v + 1) ?? DateResolution.None;
        Copy(c, c.Polities(items), date, c.Evidence(first - 1, a.DatedPhraseAt(v + 1)?.Last ?? v));
    }

    /// <summary>What may come right after an elliptic "followed": "suit", a date, an adverb of time ("later that day").</summary>
    private static readonly HashSet<string> FollowsAfter = new(StringComparer.Ordinal)
    {
        "suit", ".", ",", "the", "on", "in", "a", "later", "shortly", "soon", "within", "hours", "days", "weeks", "immediately", "quickly",
    };

    /// <summary>
    /// "Sudan became the first to recognise the new state, followed within hours by Egypt and Germany": each state after
    /// "by" did the act just reported, dated by a date of its own in the list, else as the act's clause.
    /// </summary>
    private static void FollowedBy(PatternContext c, int v)
    {
        var a = c.A;
        var by = v + 1;
        while (by < a.Count && by < v + 6 && a.Lower(by) != "by" && a.StartingAt(by) is null && a.Lower(by) is not ("," or ";" or ".")) by++;
        if (a.Lower(by) != "by" || c.Findings.LastAct is not { } act || !c.Findings.FromCurrentSentence.Contains(act.Id)) return;
        // "followed by Malawi in 2009 and Oman in 2011": members dated in the list take their own dates, the rest none of theirs
        var (items, last) = DatedList.Read(a, by + 1);
        var undated = items.Any(x => x.Date is not null) ? DateResolution.None : c.Date(v, v);
        foreach (var (item, dated) in items)
        {
            var date = dated is null ? undated : DateAssigner.Resolve(a, dated, c.Published, c.Discourse);
            Copy(c, c.Polities([item]), date, c.Evidence(v, last));
        }
    }

    /// <summary>
    /// "Venezuela followed Nicaragua a few days later": the follower did the act (or the acts reported together) that the
    /// state followed did last, dated by its own clause; nothing when the text reported no act of that state.
    /// </summary>
    private static void FollowedState(PatternContext c, int v, Mention leader)
    {
        var a = c.A;
        if (c.Polities([leader]) is not [var followed] || Governor.Govern(a, v) is not { Passive: false } || ArgumentReader.Subject(a, v) is not { } subject) return;
        List<Finding> acts = [.. c.Findings.Recognitions.Where(r => r.Recogniser == followed), .. c.Findings.Severances.Where(s => s.By == followed), .. c.Findings.Annexations.Where(x => x.Annexer == followed)];
        if (acts.Count == 0) return;
        var lastEvidence = acts[^1].Evidence.FirstOrDefault();
        // dated by its own clause only ("followed Nicaragua a few days later, and Nauru did so in December 2009")
        var date = a.Dates.Any(d => a.ClauseOf[d.First] == a.ClauseOf[v]) ? c.Date(v, subject.First) : DateResolution.None;
        var evidence = c.Evidence(subject.First, leader.Last);
        foreach (var act in acts.Where(f => f.Evidence.FirstOrDefault() == lastEvidence))
        {
            Copy(c, act, c.Polities(subject.Items), date, evidence);
        }
    }

    /// <summary>The last acts again (one act, or those its sentence reported with it), by each of <paramref name="actors"/>, to the same parties.</summary>
    private static void Copy(PatternContext c, List<string> actors, DateResolution date, EvidenceSpan evidence)
    {
        foreach (var act in c.Findings.LastActs.ToList())
        {
            Copy(c, act, actors, date, evidence);
        }
    }

    private static void Copy(PatternContext c, Finding act, List<string> actors, DateResolution date, EvidenceSpan evidence)
    {
        foreach (var actor in actors)
        {
            Finding? copy = act switch
            {
                RecognitionFinding r when r.Recogniser != actor && r.Recognised != actor => new RecognitionFinding(actor, r.Recognised, r.Kind),
                SeveranceFinding s when s.By != actor && s.With != actor => new SeveranceFinding(actor, s.With),
                AnnexationFinding x when x.Annexer != actor && x.Annexed != actor => new AnnexationFinding(actor, x.Annexed),
                _ => null,
            };
            if (copy is null) continue;
            copy.Date = date.Date;
            copy.DateNote = date.Note;
            copy.Confidence = Math.Round(act.Confidence * 0.85, 2);
            copy.Evidence.Add(evidence);
            switch (copy)
            {
                case RecognitionFinding r: c.Findings.Add(r); break;
                case SeveranceFinding s: c.Findings.Add(s); break;
                case AnnexationFinding x: c.Findings.Add(x); break;
            }
        }
    }
}
