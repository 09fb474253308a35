namespace KgExport.Extraction.Evaluation;

/// <summary>The score of one article: per fact kind its reference covers, reference against extraction.</summary>
public sealed class ArticleScore
{
    private ArticleScore(string articleId, string goldPath, IEnumerable<ScoredKind> kinds)
    {
        ArticleId = articleId;
        GoldPath = goldPath;
        foreach (var kind in kinds) Kinds[kind] = new KindScore();
    }

    public string ArticleId { get; }
    public string GoldPath { get; }

    /// <summary>Only the kinds the reference covers; what extraction found of other kinds is not scored.</summary>
    public SortedDictionary<ScoredKind, KindScore> Kinds { get; } = [];

    /// <summary>
    /// Matches extracted facts to reference facts one to one; the rest are misses and false facts. A reference fact
    /// takes an extracted fact with its exact date first, and only then one with another date, so that two acts
    /// between the same actors (recognised, then recognised again) pair up by date.
    /// </summary>
    public static ArticleScore Score(string articleId, string goldPath, ReferenceFacts reference, IReadOnlyList<ScoredFact> extracted)
    {
        var score = new ArticleScore(articleId, goldPath, reference.Kinds);
        var golds = reference.Facts.Where(f => reference.Kinds.Contains(f.Kind)).ToList();
        var scored = extracted.Where(f => reference.Kinds.Contains(f.Kind)).ToList();
        var used = new bool[scored.Count];
        var match = new int[golds.Count];
        Array.Fill(match, -1);

        void Pass(Func<ScoredFact, ScoredFact, bool> accepts)
        {
            for (var g = 0; g < golds.Count; g++)
            {
                for (var i = 0; i < scored.Count && match[g] < 0; i++)
                {
                    if (!used[i] && accepts(golds[g], scored[i]))
                    {
                        used[i] = true;
                        match[g] = i;
                    }
                }
            }
        }
        Pass((g, e) => g.MatchedBy(e) && g.Date == e.Date);
        Pass((g, e) => g.MatchedBy(e));

        for (var g = 0; g < golds.Count; g++)
        {
            var gold = golds[g];
            var k = score.Kinds[gold.Kind];
            if (match[g] < 0)
            {
                k.Missed.Add(gold);
                continue;
            }
            k.TruePositives++;
            var got = scored[match[g]];
            if (gold.DateExact(got)) k.DatesExact++;
            else if (gold.Date is not null) k.WrongDates.Add((gold, got));
        }
        for (var i = 0; i < scored.Count; i++)
        {
            if (!used[i]) score.Kinds[scored[i].Kind].False.Add(scored[i]);
        }
        return score;
    }
}
