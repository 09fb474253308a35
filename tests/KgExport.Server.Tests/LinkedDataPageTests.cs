using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KgExport.Rdf;
using KgExport.Server.LinkedData;

namespace KgExport.Server.Tests;

/// <summary>
/// A linked-data page reads as a sentence first, then the evidence, then the table; an entity's page has its
/// recognition timeline, drawn as SVG on the server, the same bytes every time.
/// </summary>
public sealed partial class LinkedDataPageTests
{
    private const string Html = "text/html";

    private static async Task<string> PageAsync(TestServerHost host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", Html);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    /// <summary>The text of the page's opening sentences, without markup.</summary>
    private static List<string> Summary(string html)
    {
        var start = html.IndexOf("<div id=\"summary\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no summary:\n" + html[..Math.Min(html.Length, 2000)]);
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return ParagraphPattern().Matches(html[start..end]).Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, ""))).ToList();
    }

    [Fact]
    public async Task An_act_page_opens_with_its_sentence_then_the_evidence_then_the_table()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var html = await PageAsync(host, "/id/recognition/north-korea_donetsk-peoples-republic_state_1");
        var summary = Summary(html);
        Assert.Equal("North Korea recognised the Donetsk People's Republic as a state on 13 July 2022, according to KCNA and Denis Pushilin.", summary[0]);
        Assert.Equal("North Korea was the third nation to recognise it; it was announced by Choe Son Hui, in letters.", summary[1]);
        Assert.Contains("<h1 id=\"label\">North Korea&#x27;s recognition of the Donetsk People&#x27;s Republic (13 July 2022)</h1>", html);
        // The names in the sentence link to their pages.
        Assert.Contains("<a href=\"http://localhost/id/entity/news-agency.korean-central-news-agency\">KCNA</a>", html);
        var sentence = html.IndexOf("<div id=\"summary\">", StringComparison.Ordinal);
        var evidence = html.IndexOf("<div id=\"evidence\">", StringComparison.Ordinal);
        var table = html.IndexOf("<table id=\"out\">", StringComparison.Ordinal);
        Assert.True(sentence < evidence && evidence < table, $"sentence at {sentence}, evidence at {evidence}, table at {table}");
        Assert.DoesNotContain("id=\"timeline\"", html);
    }

    [Theory]
    [InlineData("/id/recognition/syria_donetsk-peoples-republic_state_1", "Syria recognised the Donetsk People's Republic as a state (no date given), according to Reuters.")]
    [InlineData("/id/severance/ukraine_north-korea_1", "Ukraine severed diplomatic relations with North Korea in July 2022, according to Reuters.")]
    [InlineData("/id/annexation/russia_crimea_1", "Russia annexed Crimea in 2014, according to Reuters.")]
    [InlineData("/id/stance/north-korea_endorse_f31e7a35c604", "North Korea endorsed Russia's annexation of Crimea (2014), according to Reuters.")]
    [InlineData("/id/quote/denis-pushilin_f385bee6b64e", "Denis Pushilin said “fruitful cooperation” through Denis Pushilin's Telegram channel.")]
    [InlineData("/id/role/choe-son-hui_foreign-minister_north-korea", "Choe Son Hui was the foreign minister of North Korea, according to KCNA.")]
    public async Task Each_kind_of_fact_reads_as_a_sentence(string path, string expected)
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        Assert.Equal(expected, Summary(await PageAsync(host, path))[0]);
    }

    [Fact]
    public async Task A_severance_names_the_acts_it_answered()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var summary = Summary(await PageAsync(host, "/id/severance/ukraine_north-korea_1"));
        Assert.Equal("It answered North Korea's recognition of the Donetsk People's Republic (13 July 2022) and North Korea's recognition of the Luhansk People's Republic (13 July 2022).", summary[1]);
    }

    /// <summary>
    /// Issue 18, finding 1, on the page: a second article that dates North Korea's recognition of the DPR a day
    /// earlier is a second claim about the one act, and the act's page says the articles differ, each by its headline.
    /// </summary>
    [Fact]
    public async Task An_act_whose_articles_give_two_dates_says_so_with_each_article()
    {
        const string other = """
            @prefix kg: <https://w3id.org/kgexport/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://w3id.org/kgexport/id/> .
            <https://w3id.org/kgexport/id/graph/t03> {
                <https://w3id.org/kgexport/id/article/t03> a kg:Article ; kg:headline "Pyongyang recognises Donetsk"@en .
                <https://w3id.org/kgexport/id/claim/t03.r1> a kg:Claim ;
                    kg:about <https://w3id.org/kgexport/id/recognition/north-korea_donetsk-peoples-republic_state_1> ;
                    kg:date "2022-07-12"^^xsd:date ; prov:wasDerivedFrom <https://w3id.org/kgexport/id/article/t03> ;
                    kg:reviewStatus kg:Reviewed .
            }
            """;
        var dataset = TestData.Seeds();
        dataset.AddRange(RdfIo.CreateParser(RdfFormat.TriG, new ParserOptions { SourceName = "t03.trig" }).Parse(new StringReader(other)));
        await using var host = await TestServerHost.StartAsync(dataset);
        var summary = Summary(await PageAsync(host, "/id/recognition/north-korea_donetsk-peoples-republic_state_1"));
        Assert.Contains("The articles differ on the date: on 12 July 2022 according to “Pyongyang recognises Donetsk”, on 13 July 2022 according to “North Korea recognises breakaway of Russia's proxies in east Ukraine”.", summary);

        // One article, one date: no such sentence.
        await using var seedsOnly = await TestServerHost.StartAsync(TestData.Seeds());
        Assert.DoesNotContain(Summary(await PageAsync(seedsOnly, "/id/recognition/north-korea_donetsk-peoples-republic_state_1")), l => l.Contains("differ", StringComparison.Ordinal));
    }

    /// <summary>Month names are the page's own: a culture with other month names (as a server's may be) changes nothing.</summary>
    [Fact]
    public void Dates_are_written_in_english_whatever_the_culture()
    {
        var before = CultureInfo.CurrentCulture;
        var other = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        other.DateTimeFormat.MonthNames = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", ""];
        other.DateTimeFormat.MonthGenitiveNames = other.DateTimeFormat.MonthNames;
        other.NumberFormat.NativeDigits = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];
        try
        {
            CultureInfo.CurrentCulture = other;
            CultureInfo.CurrentUICulture = other;
            Assert.Equal("on 13 July 2022", FactDateText.From(Literal.Typed("2022-07-13", new Iri(Vocab.Xsd.Namespace + "date")))!.Phrase);
            Assert.Equal("in March 2014", FactDateText.From(Literal.Typed("2014-03", new Iri(Vocab.Xsd.Namespace + "gYearMonth")))!.Phrase);
            Assert.Equal("in 1949", FactDateText.From(Literal.Typed("1949", new Iri(Vocab.Xsd.Namespace + "gYear")))!.Phrase);
            Assert.Null(FactDateText.From(Literal.Typed("2022-13-40", new Iri(Vocab.Xsd.Namespace + "date"))));
            Assert.Null(FactDateText.From(new Literal("last Wednesday")));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("Donetsk People's Republic", "the Donetsk People's Republic", "The Donetsk People's Republic")]
    [InlineData("United Kingdom", "the United Kingdom", "The United Kingdom")]
    [InlineData("Netherlands", "the Netherlands", "The Netherlands")]
    [InlineData("The Gambia", "the Gambia", "The Gambia")]
    [InlineData("North Korea", "North Korea", "North Korea")]
    [InlineData("Crimea", "Crimea", "Crimea")]
    public void Names_take_the_article_english_gives_them(string label, string inSentence, string atStart)
    {
        Assert.Equal(inSentence, EnglishNames.InSentence(label));
        Assert.Equal(atStart, EnglishNames.AtStart(label));
    }

    [Fact]
    public async Task An_entity_page_says_who_recognised_it_and_withdrew_with_a_timeline_per_source()
    {
        await using var host = await TestServerHost.StartAsync(TestData.SeedsAndKosovo());
        var html = await PageAsync(host, "/id/entity/Q1246");
        var summary = Summary(html);
        Assert.Equal("Kosovo is a breakaway entity, a state with limited or no recognition (Wikidata Q1246).", summary[0]);
        Assert.Equal("Recognised by the United States (18 February 2008), Germany (20 February 2008), Burundi (2012), Suriname (July 2016) and Palau (no date given).", summary[1]);
        Assert.Equal("Recognition withdrawn by Suriname (27 October 2017) and Burundi (February 2018).", summary[2]);

        var rows = TableRows(html, "timeline-table");
        // One row per act and source, in date order, the undated act last.
        Assert.Equal(
        [
            "18 February 2008 | The United States recognised Kosovo | AP | Kosovo declares independence; first states recognise it",
            "18 February 2008 | The United States recognised Kosovo | Reuters | Kosovo declares independence; first states recognise it",
            "20 February 2008 | Germany recognised Kosovo | Reuters | Kosovo declares independence; first states recognise it",
            "2012 | Burundi recognised Kosovo | Reuters | Suriname and Burundi withdraw their recognition of Kosovo",
            "July 2016 | Suriname recognised Kosovo | Reuters | Suriname and Burundi withdraw their recognition of Kosovo",
            "27 October 2017 | Suriname withdrew its recognition of Kosovo | Reuters | Suriname and Burundi withdraw their recognition of Kosovo",
            "27 October 2017 | Suriname withdrew its recognition of Kosovo | Ivica Dačić | Suriname and Burundi withdraw their recognition of Kosovo",
            "February 2018 | Burundi withdrew its recognition of Kosovo | Ivica Dačić | Suriname and Burundi withdraw their recognition of Kosovo",
            "no date given | Palau recognised Kosovo | Reuters | Suriname and Burundi withdraw their recognition of Kosovo",
        ], rows);

        var svg = Chart(html);
        Assert.Equal(5, LaneLabelPattern().Matches(svg).Count);
        // Day precision: dots and a cross; month and year precision: bars; one mark per act, each linking to it.
        Assert.Equal(7, MarkPattern().Matches(svg).Count);
        Assert.Contains("<a href=\"http://localhost/id/recognition/suriname_kosovo_withdrawal_1\" class=\"mark\"><title>Suriname withdrew its recognition of Kosovo on 27 October 2017, according to Reuters and Ivica Dačić.</title>", WebUtility.HtmlDecode(svg));
        Assert.Equal(3, Regex.Matches(svg, "<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"10\"").Count);
    }

    [Fact]
    public async Task The_timeline_chart_is_the_same_bytes_every_time_and_matches_its_approved_file()
    {
        await using var host = await TestServerHost.StartAsync(TestData.SeedsAndKosovo());
        var first = Chart(await PageAsync(host, "/id/entity/Q1246"));
        var second = Chart(await PageAsync(host, "/id/entity/Q1246"));
        Assert.Equal(first, second);
        Approve.Text(first, name: "Pages/kosovo-timeline.approved.svg", extension: ".svg");
    }

    [Fact]
    public async Task A_recogniser_sees_whom_it_recognised()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        var summary = Summary(await PageAsync(host, "/id/entity/Q423"));
        Assert.Equal("North Korea is a state (Wikidata Q423).", summary[0]);
        Assert.Equal("It recognised the Donetsk People's Republic (13 July 2022) and the Luhansk People's Republic (13 July 2022).", summary[1]);
    }

    private static string Chart(string html)
    {
        var start = html.IndexOf("<svg ", StringComparison.Ordinal);
        Assert.True(start >= 0, "no chart on the page");
        return html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length)] + "\n";
    }

    private static List<string> TableRows(string html, string id)
    {
        var start = html.IndexOf($"<table id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {id}");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return RowPattern().Matches(table).Skip(1)
            .Select(r => string.Join(" | ", CellPattern().Matches(r.Value).Select(c => WebUtility.HtmlDecode(TagPattern().Replace(c.Groups[1].Value, "")))))
            .ToList();
    }

    [GeneratedRegex("<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("text-anchor=\"end\"")]
    private static partial Regex LaneLabelPattern();

    [GeneratedRegex("class=\"mark\"")]
    private static partial Regex MarkPattern();
}
