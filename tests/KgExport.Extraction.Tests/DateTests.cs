using KgExport.Extraction.Dates;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Tests;

public sealed class DateTests
{
    [Theory]
    [InlineData("February", 2)]
    [InlineData("Febrary", 2)]
    [InlineData("Sept", 9)]
    [InlineData("Agust", 8)]
    [InlineData("Marsh", 3)]
    [InlineData("may", 0)]
    [InlineData("Mayor", 0)]
    public void Month_names_tolerate_one_misspelt_letter(string token, int month) =>
        Assert.Equal(month, MonthNames.Parse(token, allowAbbreviation: true));

    [Fact]
    public void Dates_in_a_sentence_with_their_precision_and_state_bounds_marked()
    {
        var doc = ArticleReader.Read("t", "H\n\nOn 29 May 1992, since 2014 and as of Jan. 23, 2012, in May 2018, from 1992 to 2022, on July 20 and on Wednesday.");
        var found = DateFinder.Find(doc.Sentences[0]);
        Assert.Equal(
            ["1992-05-29 event", "2014 bound", "2012-01-23 bound", "2018-05 event", "1992 bound", "2022 bound", "7-20 event", "Wednesday event"],
            found.Select(d => (d.Kind switch
            {
                DateMentionKind.MonthDay => $"{d.Month}-{d.Day}",
                DateMentionKind.Weekday => d.Weekday.ToString(),
                _ => d.Date.ToString(),
            }) + (d.IsEventDate ? " event" : " bound")));
    }

    [Fact]
    public void A_yearless_dateline_gets_the_only_year_the_text_allows()
    {
        var doc = ArticleReader.Read("t", "H\n\nJuly 14 (Reuters) - X said on Wednesday, after Russia's invasion of Ukraine, and confirmed it on Thursday.");
        var p = PublicationDateResolver.Resolve(doc, new DateOnly(2026, 11, 29));
        Assert.Equal(new PartialDate(2022, 7, 14), p.Date);
    }

    [Fact]
    public void A_yearless_dateline_without_pins_stays_unknown_and_says_why()
    {
        var doc = ArticleReader.Read("t", "H\n\nJuly 14 (Reuters) - Something happened on Wednesday.");
        var p = PublicationDateResolver.Resolve(doc, new DateOnly(2026, 11, 29));
        Assert.Null(p.Date);
        Assert.Contains("all fit", p.How);
    }

    [Fact]
    public void A_window_is_reported_at_the_precision_both_ends_share()
    {
        Assert.Equal(new PartialDate(2022, 7), PartialDate.CommonPrefix(new DateOnly(2022, 7, 13), new DateOnly(2022, 7, 14)));
        Assert.Equal(new PartialDate(2022), PartialDate.CommonPrefix(new DateOnly(2022, 6, 28), new DateOnly(2022, 7, 4)));
        Assert.Null(PartialDate.CommonPrefix(new DateOnly(2021, 12, 28), new DateOnly(2022, 1, 4)));
    }
}
