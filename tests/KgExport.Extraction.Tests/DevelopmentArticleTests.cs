using KgExport.Extraction.Evaluation;
using KgExport.Extraction.Facts;
using Xunit.Abstractions;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Tests;

/// <summary>
/// The development articles (texts in ../shared/articles, reviewed facts in Gold/): the reviewed files are valid and
/// agree with the shared annotation, and extraction reaches F1 >= 0.95 on recognitions and severances with no fact
/// from the hard negative.
/// </summary>
public sealed class DevelopmentArticleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Articles => new(SharedArticles.Ids);

    [SkippableTheory]
    [MemberData(nameof(Articles))]
    public void Reviewed_facts_are_valid_against_the_article_text(string id)
    {
        SharedArticles.Require();
        var text = ArticleText.Load(SharedArticles.Text(id));
        var result = FactsLoader.LoadFile(Path.Combine(SharedArticles.GoldDirectory, id + ".facts.json"), text);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    [SkippableTheory]
    [MemberData(nameof(Articles))]
    public void Reviewed_facts_agree_with_the_shared_annotation(string id)
    {
        SharedArticles.Require();
        var gazetteer = GazetteerTable.Default;
        var ours = GoldReader.ReadFile(Path.Combine(SharedArticles.GoldDirectory, id + ".facts.json"), gazetteer);
        var theirs = GoldReader.ReadFile(Path.Combine(SharedArticles.Directory, "gold", id + ".json"), gazetteer);
        // Kinds both files cover: a reviewed file written before establishments were a fact kind has no such key.
        var kinds = ours.Kinds.Intersect(theirs.Kinds).ToHashSet();
        Assert.Contains(ScoredKind.Recognition, kinds);
        IEnumerable<string> Facts(ReferenceFacts r) => r.Facts.Where(f => kinds.Contains(f.Kind)).Select(f => f.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(Facts(theirs), Facts(ours));
    }

    [SkippableFact]
    public void Extraction_reaches_F1_095_on_recognitions_and_severances()
    {
        SharedArticles.Require();
        var (scores, skipped) = Evaluator.EvaluateDirectory(SharedArticles.Directory, SharedArticles.GoldDirectory, Fixed.Options);
        Assert.Empty(skipped);
        Assert.Equal(SharedArticles.Ids.Length, scores.Count);
        var totals = Enum.GetValues<ScoredKind>().ToDictionary(k => k, _ => new KindScore());
        foreach (var s in scores)
        {
            foreach (var (kind, k) in s.Kinds)
            {
                totals[kind].Add(k);
                output.WriteLine($"{s.ArticleId} {kind}: P={k.Precision:0.000} R={k.Recall:0.000} F1={k.F1:0.000} (tp {k.TruePositives}, fp {k.FalsePositives}, fn {k.FalseNegatives})");
                foreach (var m in k.Missed) output.WriteLine("  missed " + m);
                foreach (var f in k.False) output.WriteLine("  false  " + f);
            }
        }
        Assert.True(totals[ScoredKind.Recognition].F1 >= 0.95, $"recognition F1 {totals[ScoredKind.Recognition].F1:0.000}");
        Assert.True(totals[ScoredKind.Severance].F1 >= 0.95, $"severance F1 {totals[ScoredKind.Severance].F1:0.000}");
    }

    [SkippableFact]
    public void The_hard_negative_yields_no_fact_at_all()
    {
        SharedArticles.Require();
        var facts = ArticleExtraction.ExtractFile(SharedArticles.Text("10_wikipedia_recognition-of-kosovo"), Fixed.Options);
        Assert.Empty(facts.Recognitions);
        Assert.Empty(facts.Severances);
        Assert.Empty(facts.Annexations);
        Assert.Empty(facts.Stances);
    }
}
