using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Patterns;
using KgExport.Facts;

namespace KgExport.Extraction.Tests;

/// <summary>
/// Establishment findings: the pair is kept in one order, so both orders merge into one finding, and it becomes an
/// establishment in the facts format that loads against the article text.
/// </summary>
public sealed class EstablishmentFindingTests
{
    [Fact]
    public void Both_orders_give_one_id_and_one_order_of_the_parties()
    {
        var ab = new EstablishmentFinding("germany", "bhutan");
        var ba = new EstablishmentFinding("bhutan", "germany");
        Assert.Equal("est-bhutan--germany", ab.Id);
        Assert.Equal(ab.Id, ba.Id);
        Assert.Equal(("bhutan", "germany"), (ab.First, ab.Second));
    }

    [Fact]
    public void An_entity_cannot_establish_relations_with_itself()
    {
        Assert.Throws<ArgumentException>(() => new EstablishmentFinding("germany", "germany"));
        Assert.Throws<ArgumentException>(() => new EstablishmentFinding("", "germany"));
    }

    [Fact]
    public void The_finding_set_merges_both_orders_keeping_evidence_the_finer_date_and_the_restoration()
    {
        var set = new FindingSet();
        var first = new EstablishmentFinding("germany", "bhutan") { Date = new PartialDate(2020), Confidence = 0.7 };
        first.Evidence.Add(new EvidenceSpan(0, 10, "0123456789"));
        var second = new EstablishmentFinding("bhutan", "germany") { Date = new PartialDate(2020, 11, 25), Confidence = 0.9, Restoration = true };
        second.Evidence.Add(new EvidenceSpan(20, 30, "abcdefghij"));
        set.Add(first);
        set.Add(second);
        var merged = Assert.Single(set.Establishments);
        Assert.Same(first, merged);
        Assert.Equal(2, merged.Evidence.Count);
        Assert.Equal(new PartialDate(2020, 11, 25), merged.Date);
        Assert.Equal(0.9, merged.Confidence);
        Assert.True(merged.Restoration);
        Assert.Equal(["est-bhutan--germany"], set.FromCurrentSentence);
        Assert.Same(merged, set.Find("est-bhutan--germany"));
    }

    [Fact]
    public void Findings_become_establishments_with_evidence_in_code_points()
    {
        // The handshake is two UTF-16 units and one code point: evidence offsets must count it once.
        const string text = "Ties \U0001F91D\n\nBhutan and Germany established diplomatic relations in 2020.\n";
        const string sentence = "Bhutan and Germany established diplomatic relations in 2020.";
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        var finding = new EstablishmentFinding("germany", "bhutan") { Date = new PartialDate(2020), Confidence = 0.8 };
        finding.Evidence.Add(new EvidenceSpan(start, start + sentence.Length, sentence));
        var result = new ExtractionResult
        {
            ArticleId = "ties",
            Published = new PublicationDate(null, "not stated"),
            Entities =
            [
                new ExtractedEntity("bhutan", "Bhutan", EntityType.State, "Q917", []),
                new ExtractedEntity("germany", "Germany", EntityType.State, "Q183", []),
            ],
            Establishments = [finding],
        };
        var facts = FindingsToFacts.Convert(result, new ArticleText(text));
        var e = Assert.Single(facts.Establishments);
        Assert.Equal("est-bhutan--germany", e.Id);
        Assert.Equal(["bhutan", "germany"], e.Between);
        Assert.Equal(FactDate.OfYear(2020), e.Date);
        Assert.False(e.Restoration);
        Assert.Equal(start - 1, Assert.Single(e.Evidence).Start);
        Assert.Equal(0.80m, e.Confidence);
        Assert.StartsWith("Extracted automatically.", e.Notes, StringComparison.Ordinal);
        var loaded = FactsLoader.Load(FactsWriter.Write(facts), new ArticleText(text));
        Assert.True(loaded.Ok, string.Join("\n", loaded.Problems));
    }
}
