using KgExport.Facts;
using KgExport.Testing;

namespace KgExport.Extraction.Tests;

/// <summary>Extraction alone reproduces the hand-reviewed seed facts for recognitions, severances and annexations.</summary>
public sealed class SeedArticleTests
{
    private static readonly string TextPath = TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.txt");
    private static readonly string FactsPath = TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.facts.json");

    private static readonly ArticleText Text = ArticleText.Load(TextPath);
    private static readonly ArticleFacts Reviewed = FactsLoader.LoadFileOrThrow(FactsPath, Text);
    private static readonly ArticleFacts Extracted = ArticleExtraction.ExtractFile(TextPath, Fixed.Options);

    /// <summary>
    /// Every reviewed recognition is extracted with its ordinal, instrument and announcer; its date is the reviewed
    /// one or the part of it the text makes certain ("on the eve of its invasion" gives 2022-02 where the reviewer
    /// knew the day, 2022-02-21): extraction uses no table of known events' days.
    /// </summary>
    [Fact]
    public void Recognitions_match_the_reviewed_facts_at_the_precision_the_text_gives()
    {
        static IEnumerable<string> Keys(ArticleFacts f) => f.Recognitions
            .Select(r => $"{r.Recogniser} {r.Kind.Name} {r.Recognised} ordinal={r.Ordinal} instrument={r.Instrument} announcedBy={r.AnnouncedBy}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(Keys(Reviewed), Keys(Extracted));
        foreach (var r in Extracted.Recognitions)
        {
            var reviewed = Reviewed.Recognitions.Single(g => g.Recogniser == r.Recogniser && g.Recognised == r.Recognised).Date?.ToString() ?? "";
            var extracted = r.Date?.ToString() ?? "";
            Assert.True(reviewed.StartsWith(extracted, StringComparison.Ordinal), $"{r.Id}: extracted {extracted}, reviewed {reviewed}");
        }
        Assert.Equal(2, Extracted.Recognitions.Count(r => r.Date is not null && r.Date?.ToString() == Reviewed.Recognitions.Single(g => g.Recogniser == r.Recogniser && g.Recognised == r.Recognised).Date?.ToString()));
    }

    [Fact]
    public void Severances_match_the_reviewed_facts_exactly_including_what_they_answer()
    {
        static IEnumerable<string> Keys(ArticleFacts f) => f.Severances
            .Select(s => $"{s.By} -> {s.With} date={s.Date} answers=[{string.Join(",", s.InResponseTo.Select(id => Describe(f, id)).Order(StringComparer.Ordinal))}]")
            .Order(StringComparer.Ordinal);
        Assert.Equal(Keys(Reviewed), Keys(Extracted));
    }

    [Fact]
    public void Annexations_match_the_reviewed_facts_exactly()
    {
        static IEnumerable<string> Keys(ArticleFacts f) => f.Annexations.Select(a => $"{a.Annexer} -> {a.Annexed} date={a.Date}").Order(StringComparer.Ordinal);
        Assert.Equal(Keys(Reviewed), Keys(Extracted));
    }

    [Fact]
    public void Every_extracted_evidence_span_overlaps_the_reviewed_evidence_of_the_same_fact()
    {
        foreach (var r in Extracted.Recognitions)
        {
            var gold = Reviewed.Recognitions.Single(g => g.Recogniser == r.Recogniser && g.Recognised == r.Recognised);
            foreach (var e in r.Evidence) Assert.Contains(gold.Evidence, g => g.Start < e.End && e.Start < g.End);
        }
        foreach (var s in Extracted.Severances)
        {
            var gold = Reviewed.Severances.Single(g => g.By == s.By && g.With == s.With);
            foreach (var e in s.Evidence) Assert.Contains(gold.Evidence, g => g.Start < e.End && e.Start < g.End);
        }
    }

    [Fact]
    public void The_extracted_file_is_a_valid_facts_file_whose_spans_show_their_text()
    {
        var result = FactsLoader.Load(FactsWriter.Write(Extracted), Text);
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    [Fact]
    public void The_year_of_the_dateline_is_inferred_and_the_reasoning_recorded()
    {
        Assert.Equal("2022-07-14", Extracted.Article.Published?.ToString());
        Assert.Equal("July 14 (Reuters)", Extracted.Article.Dateline);
        Assert.Equal("reuters", Extracted.Article.Publisher);
        var note = Assert.Single(Extracted.Notes, n => n.StartsWith("Publication date:", StringComparison.Ordinal));
        Assert.Contains("2022 is the only year that fits", note);
        Assert.Contains("Wednesday", note);
    }

    [Fact]
    public void Offices_are_read_from_titles_and_appositions()
    {
        Assert.Contains(Extracted.Roles, r => r.Person == "choe-son-hui" && r.Kind == RoleKind.ForeignMinister && r.Of == "north-korea");
        Assert.Contains(Extracted.Roles, r => r.Person == "denis-pushilin" && r.Kind == RoleKind.Head && r.Of == "dpr");
        Assert.Contains(Extracted.Roles, r => r.Person == "sin-hong-chol" && r.Kind == RoleKind.Ambassador && r.Of == "north-korea" && r.To == "russia");
    }

    [Fact]
    public void Stances_on_the_annexation_and_on_Russias_recognitions_are_found()
    {
        Assert.Contains(Extracted.Stances, s => s.Actor == "north-korea" && s.Position == StancePosition.Endorse
            && s.Targets.Select(t => Describe(Extracted, t)).SequenceEqual(["russia annexes crimea"]));
        Assert.Contains(Extracted.Stances, s => s.Actor == "ukraine" && s.Position == StancePosition.Reject
            && s.Targets.Select(t => Describe(Extracted, t)).Order().SequenceEqual(["russia recognises dpr", "russia recognises lpr"]));
    }

    [Fact]
    public void Sources_are_the_publisher_the_agency_and_the_telegram_post()
    {
        var kcna = Assert.Single(Extracted.Sources, s => s.Id == "src-kcna");
        Assert.Equal(SourceKind.AgencyReport, kcna.Kind);
        Assert.Equal("2022-07-14", kcna.Date?.ToString());
        Assert.Contains(kcna.Evidence, e => e.Text == "The official North Korean news agency KCNA confirmed on Thursday");
        Assert.Contains(kcna.Evidence, e => e.Text == "the North's official news agency");
        Assert.All(Extracted.Recognitions.Where(r => r.Recogniser == "north-korea"), r => Assert.Contains("src-kcna", r.AttributedTo));
        Assert.All(Extracted.Severances, s => Assert.Equal(["src-reuters"], s.AttributedTo));
        var post = Assert.Single(Extracted.Sources, s => s.Kind == SourceKind.Post);
        Assert.Equal("denis-pushilin", post.By);
        var channel = Extracted.FindEntity(post.Medium!);
        Assert.Equal(EntityType.Channel, channel?.Type);
        Assert.Equal("telegram", channel?.Platform);
    }

    [Fact]
    public void Quotes_have_speakers_and_media()
    {
        static IEnumerable<string> Keys(ArticleFacts f) => f.Quotes.Select(q => $"{q.Text} | {q.Medium is not null}").Order(StringComparer.Ordinal);
        var extracted = Extracted.Quotes.ToDictionary(q => q.Text);
        foreach (var q in Reviewed.Quotes.Where(q => extracted.ContainsKey(q.Text)))
        {
            Assert.Equal(q.Medium is not null, extracted[q.Text].Medium is not null);
        }
        Assert.Equal("kcna", extracted["in the letters, she... emphasised the desire to advance state-to-state ties with those nations in the spirit of independence, peace, and friendship."].Speaker);
        Assert.Equal("denis-pushilin", extracted["fruitful cooperation"].Speaker);
        Assert.Equal(extracted["Of course I'm thrilled."].Speaker, extracted["Let more people recognise us so that everyone is aware that we are here."].Speaker);
        Assert.Equal("russia", extracted["special military operation"].Speaker);
        // of the seven reviewed quotes, "Step by step ..." (speaker "She") and "genocide" (a gerund) are not found
        Assert.Equal(5, Reviewed.Quotes.Count(q => extracted.ContainsKey(q.Text)));
        Assert.Equal(5, Keys(Extracted).Count());
    }

    private static string Describe(ArticleFacts f, string id) =>
        f.Recognitions.FirstOrDefault(r => r.Id == id) is { } r ? $"{r.Recogniser} recognises {r.Recognised}"
        : f.Annexations.FirstOrDefault(a => a.Id == id) is { } a ? $"{a.Annexer} annexes {a.Annexed}"
        : "?" + id;
}
