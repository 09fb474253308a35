using KgExport.Facts;
using KgExport.Publishing.QuickStatements;

namespace KgExport.Publishing.Tests.QuickStatements;

/// <summary>
/// What a batch must not carry: extracted facts, statements whose reference names no source, and texts that
/// QuickStatements would split or misread (<c>|</c> for QuickStatements 3, <c>"</c> in V1) — each kept out with a
/// reason, never written as a broken line.
/// </summary>
public class HeldFactTests
{
    private const string Sentence = "Ukraine broke off diplomatic relations with Syria on 30 June 2022.";

    private static ArticleFacts Article(string headline = "Ukraine cuts ties with Syria", string? publisherQid = "Q130879", string? url = "https://example.org/a", params Fact[] facts) => new()
    {
        Article = new Article("a", headline, FactDate.Parse("2022-07-01"), "reuters", null, "en", url),
        Entities =
        [
            new Entity("ukraine", "Ukraine", EntityType.State, "Q212", []),
            new Entity("syria", "Syria", EntityType.State, "Q858", []),
            new Entity("piped", "North|South", EntityType.State, null, []),
            new Entity("reuters", "Reuters", EntityType.NewsAgency, publisherQid, []),
        ],
        Severances = [.. facts.OfType<Severance>()],
        Annexations = [.. facts.OfType<Annexation>()],
    };

    private static Severance Severance(string id, string quote = Sentence, decimal? confidence = null) =>
        new("ukraine", "syria", FactDate.Parse("2022-06-30"), []) { Id = id, Confidence = confidence, Evidence = [new Evidence(0, quote.Length, quote)] };

    private static Batch Build(params ArticleFacts[] articles) => BatchBuilder.Build(articles, Seed.TestWikibase, new BatchOptions(Seed.Retrieved));

    private static string Checked(Batch batch)
    {
        var v1 = QuickStatementsV1Writer.Write(batch);
        if (v1.Length > 0) Assert.Empty(V1SyntaxChecker.Check(v1));
        if (batch.Edits.Count > 0) Assert.Empty(CsvSyntaxChecker.Check(QuickStatementsCsvWriter.Write(batch)));
        Assert.DoesNotContain('|', v1);
        return v1;
    }

    [Fact]
    public void An_extracted_fact_is_never_written_however_confident()
    {
        var batch = Build(Article(facts: [Severance("sev-extracted", confidence: 0.99m)]));
        Assert.Empty(batch.Edits);
        var held = Assert.Single(batch.Held);
        Assert.Equal(("a", "sev-extracted"), (held.Article, held.Fact));
        Assert.StartsWith("extracted automatically (confidence 0.99), not reviewed", held.Reason, StringComparison.Ordinal);

        // Beside a reviewed fact of the same article, only the reviewed one reaches the batch.
        var mixed = Build(Article(facts: [Severance("sev-reviewed"), Severance("sev-extracted", confidence: 0.5m) with { Date = FactDate.Parse("2022-05-01") }]));
        var v1 = Checked(mixed);
        Assert.Contains("+2022-06-30T00:00:00Z/11", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("2022-05", v1, StringComparison.Ordinal);
        Assert.Equal("sev-extracted", Assert.Single(mixed.Held).Fact);
    }

    [Fact]
    public void A_statement_without_a_real_source_is_held_back_with_the_reason()
    {
        var batch = Build(Article(publisherQid: null, url: null, facts: [Severance("sev")]));
        Assert.Empty(batch.Edits);
        Assert.Equal("held: its reference would name no source (neither stated in, S248, nor reference URL, S854): the publisher \"Reuters\" (reuters) has no QID and the article has no URL",
            Assert.Single(batch.Held).Reason);
        Assert.Equal("article\tfact\treason\na\tsev\t" + batch.Held[0].Reason + "\n", batch.ReviewText());

        // Either the publisher's item or the URL is enough; each is written where it is known.
        var byUrl = Checked(Build(Article(publisherQid: null, facts: [Severance("sev")])));
        Assert.Contains("\tS854\t\"https://example.org/a\"\tS577\t+2022-07-01T00:00:00Z/11\tS1476\ten:\"Ukraine cuts ties with Syria\"\tS813\t", byUrl, StringComparison.Ordinal);
        Assert.DoesNotContain("S248", byUrl, StringComparison.Ordinal);
        var byPublisher = Checked(Build(Article(url: null, facts: [Severance("sev")])));
        Assert.Contains("\tS248\tQ130879\tS577\t", byPublisher, StringComparison.Ordinal);
        Assert.DoesNotContain("S854", byPublisher, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ukraine | Syria: ties cut", "'|'")]
    [InlineData("Ukraine \"cuts\" ties", "double quote")]
    public void A_headline_QuickStatements_cannot_carry_is_left_out_of_the_reference_and_reported(string headline, string reason)
    {
        var batch = Build(Article(headline: headline, facts: [Severance("sev")]));
        var v1 = Checked(batch);
        Assert.Contains("\tS248\tQ130879\tS854\t\"https://example.org/a\"\tS577\t+2022-07-01T00:00:00Z/11\tS813\t", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("S1476", v1, StringComparison.Ordinal);
        Assert.Contains(batch.Unresolved, u => u.StartsWith("a: no title (S1476): the headline cannot be written: it holds ", StringComparison.Ordinal) && u.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kyiv said: \"we broke off relations with Syria\".", "double quote")]
    [InlineData("Ukraine broke off relations | Syria", "'|'")]
    public void A_quotation_QuickStatements_cannot_carry_is_left_out_and_reported(string quote, string reason)
    {
        var batch = Build(Article(facts: [Severance("sev", quote)]));
        var v1 = Checked(batch);
        Assert.Contains("Q212\tP530\tQ858\tP582\t+2022-06-30T00:00:00Z/11\tP1534\tQ90002\tS248\tQ130879\t", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("S1683", v1, StringComparison.Ordinal);
        Assert.Contains(batch.Unresolved, u => u.StartsWith("a: sev: no quotation (S1683): the evidence cannot be written: it holds ", StringComparison.Ordinal) && u.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_whose_label_holds_a_pipe_is_held_not_created()
    {
        var annexation = new Annexation("ukraine", "piped", FactDate.Parse("2022")) { Id = "ann", Evidence = [new Evidence(0, Sentence.Length, Sentence)] };
        var batch = Build(Article(facts: [annexation]));
        Assert.Empty(batch.Edits);
        var held = Assert.Single(batch.Held);
        Assert.Equal("not created: its label \"annexation of North|South by Ukraine\" cannot be written: it holds '|', which QuickStatements 3 reads as a column break", held.Reason);
    }

    [Theory]
    [InlineData("plain text", null)]
    [InlineData("a | b", "'|'")]
    [InlineData("a || b", "'|'")]
    [InlineData("say \"x\"", "double quote")]
    [InlineData("tab\there", "tab or a line break")]
    [InlineData("ends in \\", "backslash")]
    [InlineData("a /* b", "/* or */")]
    [InlineData("", "empty")]
    public void Every_refusal_names_its_reason(string text, string? reason)
    {
        var refusal = QuickStatementsValues.Refusal(text);
        if (reason is null) Assert.Null(refusal);
        else Assert.Contains(reason, refusal, StringComparison.Ordinal);
        Assert.Equal(reason is null, QuickStatementsValues.IsRepresentable(text));
        if (reason is not null) Assert.Throws<ArgumentException>(() => QuickStatementsValues.String(text));
    }

    [Fact]
    public void An_edit_summary_with_a_pipe_is_not_written()
    {
        Assert.False(QuickStatementsValues.IsSummary("kgexport: article a|b"));
        var facts = Article(facts: [Severance("sev")]);
        var v1 = Checked(Build(facts with { Article = facts.Article with { Id = "a|b" } }));
        Assert.DoesNotContain("/*", v1, StringComparison.Ordinal);
    }
}
