namespace KgExport.Extraction.Evaluation;

/// <summary>The score of one article: per fact kind, gold against extraction.</summary>
public sealed class ArticleScore(string articleId, string goldPath)
{
    public string ArticleId { get; } = articleId;
    public string GoldPath { get; } = goldPath;
    public SortedDictionary<ScoredKind, KindScore> Kinds { get; } = new()
    {
        [ScoredKind.Recognition] = new KindScore(),
        [ScoredKind.Severance] = new KindScore(),
        [ScoredKind.Annexation] = new KindScore(),
    };

    /// <summary>Matches extracted facts to gold facts one to one; the rest are misses and false facts.</summary>
    public static ArticleScore Score(string articleId, string goldPath, IReadOnlyList<ScoredFact> gold, IReadOnlyList<ScoredFact> extracted)
    {
        var score = new ArticleScore(articleId, goldPath);
        var used = new bool[extracted.Count];
        foreach (var g in gold)
        {
            var k = score.Kinds[g.Kind];
            var match = -1;
            for (var i = 0; i < extracted.Count && match < 0; i++)
            {
                if (!used[i] && g.MatchedBy(extracted[i])) match = i;
            }
            if (match >= 0)
            {
                used[match] = true;
                k.TruePositives++;
            }
            else
            {
                k.Missed.Add(g);
            }
        }
        for (var i = 0; i < extracted.Count; i++)
        {
            if (!used[i]) score.Kinds[extracted[i].Kind].False.Add(extracted[i]);
        }
        return score;
    }
}
