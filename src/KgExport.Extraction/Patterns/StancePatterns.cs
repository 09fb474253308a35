using KgExport.Extraction.Findings;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Stances on acts reported in the same sentence: "X stated that it agreed with Russia's annexation of Crimea"
/// (endorse), "in a move denounced as illegitimate by Kiev ..., Russia recognised them" (reject).
/// </summary>
public static class StancePatterns
{
    private static readonly HashSet<string> Endorse = new(StringComparer.Ordinal)
    {
        "endorsed", "endorses", "supported", "supports", "backed", "backs", "welcomed", "welcomes", "praised", "hailed",
    };

    private static readonly HashSet<string> Reject = new(StringComparer.Ordinal)
    {
        "condemned", "condemns", "denounced", "denounces", "rejected", "rejects", "criticised", "criticized", "criticises", "criticizes", "protested",
    };

    public static void Apply(PatternContext c)
    {
        var a = c.A;
        if (c.Findings.FromCurrentSentence.Count == 0) return;
        for (var v = 0; v < a.Count; v++)
        {
            if (a.IsQuoted(v)) continue;
            var w = a.Lower(v);
            bool endorses;
            if (Endorse.Contains(w) || (w is "agreed" or "agrees" && a.Lower(v + 1) == "with")) endorses = true;
            else if (Reject.Contains(w)) endorses = false;
            else continue;
            List<string> actors;
            int first;
            var by = -1;
            for (var k = v + 1; k < a.Count && k <= v + 5; k++)
            {
                if (a.Lower(k) == "by")
                {
                    by = k;
                    break;
                }
            }
            if (by >= 0 && a.Lower(v - 1) is not ("has" or "have" or "had"))
            {
                var (items, _, last) = ArgumentReader.ListRight(a, by + 1);
                actors = c.Polities(items);
                first = v;
                _ = last;
            }
            else
            {
                if (!ArgumentReader.IsAsserted(a, v) || ArgumentReader.Subject(a, v) is not { } subject) continue;
                actors = c.Polities(subject.Items);
                first = subject.First;
            }
            foreach (var actor in actors)
            {
                var targets = c.Findings.FromCurrentSentence
                    .Where(id => c.Findings.Find(id) is { } f && ActorOf(f) != actor && !(f is StanceFinding))
                    .ToList();
                if (targets.Count == 0) continue;
                var stance = new StanceFinding(actor, endorses) { Confidence = 0.75 };
                stance.Targets.AddRange(targets);
                stance.Evidence.Add(c.Evidence(Math.Min(first, v), LastOfTargets(c, v)));
                c.Findings.Add(stance);
            }
        }
    }

    private static string? ActorOf(Finding f) => f switch
    {
        RecognitionFinding r => r.Recogniser,
        AnnexationFinding x => x.Annexer,
        SeveranceFinding s => s.By,
        _ => null,
    };

    private static int LastOfTargets(PatternContext c, int v)
    {
        var (_, last) = c.A.ClauseRange(v);
        return last;
    }
}
