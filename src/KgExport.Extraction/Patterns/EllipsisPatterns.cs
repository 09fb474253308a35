using KgExport.Extraction.Findings;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Verb-phrase ellipsis after a reported act: "X followed (suit) the next day", "X did the same", "X did likewise":
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
            var elliptic = (w is "followed" or "follows" && (a.Lower(v + 1) is "suit" or "." or "," or "the" or "on" or "in" or "a" || v + 1 >= a.Count) && a.StartingAt(v + 1) is null)
                || (w is "did" or "does" && a.Lower(v + 1) is "the" && a.Lower(v + 2) == "same")
                || (w is "did" or "does" && a.Lower(v + 1) is "likewise" or "so");
            if (!elliptic || c.Findings.LastAct is not { } act || Governor.Govern(a, v) is not { Passive: false } frame) continue;
            if (ArgumentReader.Subject(a, v) is not { } subject) continue;
            var date = c.Date(v, subject.First);
            var evidence = c.Evidence(subject.First, Math.Min(a.Count - 1, v + 2));
            foreach (var actor in c.Polities(subject.Items))
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
}
