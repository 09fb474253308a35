using KgExport.Extraction.Text;

namespace KgExport.Extraction.Tests;

public sealed class ReadingTests
{
    [Fact]
    public void Tokens_carry_exact_offsets_and_split_possessives()
    {
        const string text = "Russia's U.S.-style \u201Cpeople\u2019s republics\u201D cost 4,000 miles.";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        foreach (var t in tokens) Assert.Equal(Tokenizer.Normalise(text[t.Start..t.End]), t.Text);
        Assert.Equal(["Russia", "'s", "U.S.", "-", "style", "\"", "people", "'s", "republics", "\"", "cost", "4,000", "miles", "."], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Sentences_do_not_break_after_abbreviated_months_and_keep_closing_quotes()
    {
        var doc = ArticleReader.Read("t", "Head\n\nKosovo declared independence on Feb. 17, 2008. Olga said, \"Of course.\" \"Let them come.\" She left.");
        var sentences = doc.Sentences.Select(s => doc.Text[s.Start..s.End]).ToList();
        Assert.Equal(["Kosovo declared independence on Feb. 17, 2008.", "Olga said, \"Of course.\"", "\"Let them come.\"", "She left."], sentences);
        Assert.True(doc.Sentences[2].InQuote[1]);
    }

    [Fact]
    public void Plain_text_skips_a_repeated_headline_and_everything_from_you_may_also_like()
    {
        const string text = "Pyongyang backs Russia's proxies\n\nA standfirst line.\n\nPyongyang backs Russias proxies\n\nJuly 14 (Reuters) - Body text here.\n\nyou may also like\n\nOther story recognises Kosovo.";
        var doc = ArticleReader.Read("t", text);
        Assert.Equal(
            [ParagraphRole.Headline, ParagraphRole.Standfirst, ParagraphRole.Repeated, ParagraphRole.Body, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate],
            doc.Paragraphs.Select(p => p.Role));
        Assert.Equal("Pyongyang backs Russia's proxies", doc.Headline);
        Assert.Equal("July 14 (Reuters)", doc.Dateline?.Text);
        Assert.DoesNotContain(doc.Sentences, s => doc.Text[s.Start..s.End].Contains("Other story", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_without_paragraphs_is_read_by_its_lines_and_dated_by_its_json_ld()
    {
        const string html = """
            <html><head><title>Statement</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2023-03-26T10:00:00Z"}]}</script>
            <script type="application/ld+json">{ not json</script>
            </head><body><h1>Honduras establishes relations with China</h1>
            <div class="content"><div>Honduras established diplomatic relations with China on Sunday.</div><div>It cut ties with Taiwan on Saturday.<br>The ministry confirmed it.</div></div>
            </body></html>
            """;
        var doc = ArticleReader.Read("page", html, html: true);
        Assert.Equal(new Dates.PartialDate(2023, 3, 26), doc.StatedPublished);
        Assert.Equal(3, doc.Sentences.Count);
        var facts = ArticleExtraction.Extract(doc, Fixed.Options);
        Assert.Equal("2023-03-26", Assert.Single(facts.Establishments).Date?.ToString());
        Assert.Equal("2023-03-25", Assert.Single(facts.Severances).Date?.ToString());
    }

    [Fact]
    public void Html_keeps_the_article_body_and_metadata_date_and_drops_page_furniture()
    {
        const string html = """
            <!doctype html><html><head><title>Site | Story</title>
            <meta property="article:published_time" content="2022-06-30T10:00:00Z"></head>
            <body><nav><a href="/">Home</a><p>Menu text recognises nothing.</p></nav>
            <article><h1>Ukraine cuts ties with Syria</h1>
            <p>Ukraine severed relations with Syria on Thursday.</p>
            <p>Ukraine cuts ties with Syria</p>
            <div class="related-stories"><p>Moldova recognised Kosovo in 2010.</p></div></article>
            <aside><p>You may also like: Chad recognised Kosovo.</p></aside><footer><p>All rights reserved.</p></footer></body></html>
            """;
        var doc = ArticleReader.Read("page", html, html: true);
        Assert.Equal("Ukraine cuts ties with Syria", doc.Headline);
        Assert.Equal(new Dates.PartialDate(2022, 6, 30), doc.StatedPublished);
        var body = string.Join(" ", doc.Sentences.Select(s => doc.Text[s.Start..s.End]));
        Assert.Equal("Ukraine severed relations with Syria on Thursday.", body);
        var facts = ArticleExtraction.Extract(doc, Fixed.Options);
        var severance = Assert.Single(facts.Severances);
        Assert.Equal("2022-06-30", severance.Date?.ToString());
        Assert.Empty(facts.Recognitions);
    }

    [Fact]
    public void An_unreadable_file_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kgexport-bad-{Environment.ProcessId}.txt");
        File.WriteAllBytes(path, [0x41, 0xC3, 0x28, 0x0A]);
        try
        {
            var e = Assert.Throws<ArticleReadException>(() => ArticleReader.ReadFile(path));
            Assert.Contains("not valid UTF-8", e.Message);
            Assert.StartsWith(path, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_text_that_starts_with_prose_has_no_headline_and_its_first_sentence_is_read()
    {
        var doc = ArticleReader.Read("pasted", "Vanuatu quietly withdrew its recognition of Abkhazia in 2013, two years after granting it.\n\nThe move was not announced.");
        Assert.Null(doc.Headline);
        var facts = ArticleExtraction.Extract(doc, Fixed.Options);
        Assert.Equal("vanuatu", Assert.Single(facts.Recognitions).Recogniser);
        // a short title without a full stop stays the headline
        Assert.Equal("Vanuatu withdraws recognition of Abkhazia", ArticleReader.Read("titled", "Vanuatu withdraws recognition of Abkhazia\n\nIt did so in 2013.").Headline);
    }
}
