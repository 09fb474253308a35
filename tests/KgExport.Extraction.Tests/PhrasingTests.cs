using KgExport.Extraction.Facts;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Tests;

/// <summary>Texts written for these tests that vary the phrasing of recognitions, withdrawals and severances.</summary>
public sealed class PhrasingTests
{
    private static ArticleFacts Extract(string text, string? published = null) =>
        ArticleExtraction.Extract(
            ArticleReader.Read("test", "Test headline\n\n" + text),
            Fixed.Options with { Published = published is null ? null : Dates.PartialDate.TryParseIsoPrefix(published, out var p) ? p : null });

    private static string[] Recognitions(ArticleFacts f) =>
        [.. f.Recognitions.Select(r => $"{r.Recogniser} {FactsNames.Of(r.Kind)} {r.Recognised} {r.Date?.ToString() ?? "-"}").Order(StringComparer.Ordinal)];

    private static string[] Severances(ArticleFacts f) =>
        [.. f.Severances.Select(s => $"{s.By} severs {s.With} {s.Date?.ToString() ?? "-"}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Passive_voice_with_a_list_of_agents()
    {
        var f = Extract("Kosovo was recognised by Japan and Canada on 18 March 2008.");
        Assert.Equal(["canada state kosovo 2008-03-18", "japan state kosovo 2008-03-18"], Recognitions(f));
    }

    [Fact]
    public void A_list_of_recognisers_with_a_month_date()
    {
        var f = Extract("Belgium, Estonia, Finland and Sweden recognised Kosovo in February 2008, despite objections from Serbia.");
        Assert.Equal(["belgium state kosovo 2008-02", "estonia state kosovo 2008-02", "finland state kosovo 2008-02", "sweden state kosovo 2008-02"], Recognitions(f));
    }

    [Fact]
    public void Two_recognisers_and_two_recognised()
    {
        var f = Extract("Nicaragua and Venezuela recognised Abkhazia and South Ossetia.");
        Assert.Equal(
            ["nicaragua state abkhazia -", "nicaragua state south-ossetia -", "venezuela state abkhazia -", "venezuela state south-ossetia -"],
            Recognitions(f));
    }

    [Fact]
    public void Withdrawals_with_a_pronoun_and_an_implied_object()
    {
        var f = Extract("Suriname recognised Kosovo in 2016. In October 2019, it withdrew its recognition. Burundi revoked its recognition of Kosovo on 5 November 2018.");
        Assert.Equal(["burundi withdrawal kosovo 2018-11-05", "suriname state kosovo 2016", "suriname withdrawal kosovo 2019-10"], Recognitions(f));
    }

    [Fact]
    public void Negation_modality_expectation_and_conditions_are_not_acts()
    {
        var f = Extract(
            "Spain will never recognise Kosovo. Serbia does not recognise Kosovo as a state. Greece is expected to recognise Kosovo next year. " +
            "The visit would give Cyprus a chance to recognize Kosovo. If Slovakia recognised Kosovo, Romania might follow. " +
            "Moldova has refused to recognise Transnistria. \"We recognise Kosovo,\" a protester shouted.");
        Assert.Empty(f.Recognitions);
    }

    [Fact]
    public void Aggregate_counts_are_not_acts()
    {
        var f = Extract("By 2020, 98 UN member states had recognised Kosovo. Abkhazia has been recognised by five UN member states. Many countries recognise Taiwan informally.");
        Assert.Empty(f.Recognitions);
    }

    [Fact]
    public void Severances_by_capital_metonyms_and_mutual_severances()
    {
        var f = Extract("Kyiv cut diplomatic relations with Damascus on 30 June 2022. Georgia and Russia severed relations in 2008.");
        Assert.Equal(["georgia severs russia 2008", "russia severs georgia 2008", "ukraine severs syria 2022-06-30"], Severances(f));
    }

    [Fact]
    public void An_ordinal_recognition_with_earlier_recognisers()
    {
        var f = Extract("Following Russia and Nicaragua, Venezuela became the third country to recognise Abkhazia on 10 September 2009.");
        Assert.Equal(["nicaragua state abkhazia -", "russia state abkhazia -", "venezuela state abkhazia 2009-09-10"], Recognitions(f));
        Assert.Equal(3, f.Recognitions.Single(r => r.Recogniser == "venezuela").Ordinal);
    }

    [Fact]
    public void Recognition_of_a_government()
    {
        var f = Extract("Pakistan recognised the government of Afghanistan in 1997.");
        Assert.Equal(["pakistan government afghanistan 1997"], Recognitions(f));
    }

    [Fact]
    public void A_weekday_needs_a_known_publication_date_and_no_year_is_guessed()
    {
        var f = Extract("March 3 (Reuters) - Chad recognised Kosovo on Monday, officials said.");
        Assert.Equal(["chad state kosovo -"], Recognitions(f));
        Assert.Null(f.Article.Published);
        Assert.Contains(f.Notes, n => n.Contains("has no year", StringComparison.Ordinal) && n.Contains("all fit", StringComparison.Ordinal));
        Assert.Contains("publication date is unknown", f.Recognitions[0].Notes);
    }

    [Fact]
    public void A_weekday_resolves_against_a_given_publication_date()
    {
        var f = Extract("March 3 (Reuters) - Chad recognised Kosovo on Monday, officials said.", published: "2021-03-03");
        Assert.Equal(["chad state kosovo 2021-03-01"], Recognitions(f));
    }

    [Fact]
    public void Evidence_offsets_count_code_points_past_characters_outside_the_basic_plane()
    {
        var text = "Test headline \U0001F30D\n\nThe \U0001F1FD\U0001F1F0 flag flew as Malta recognised Kosovo in 2008.";
        var document = ArticleReader.Read("emoji", text);
        var facts = ArticleExtraction.Extract(document, Fixed.Options);
        var evidence = Assert.Single(Assert.Single(facts.Recognitions).Evidence);
        Assert.Equal(evidence.Text, new ArticleText(text).Slice(evidence.Start, evidence.End));
        Assert.Equal("Malta recognised Kosovo", evidence.Text);
    }
}
