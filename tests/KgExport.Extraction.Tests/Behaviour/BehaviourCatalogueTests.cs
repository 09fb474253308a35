using KgExport.Extraction.Text;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>The generated sentences themselves: deterministic, fully filled, consistent with the threshold tables.</summary>
public sealed class BehaviourCatalogueTests
{
    private static readonly IReadOnlyList<BehaviourCase> AllCases = [.. BehaviourCatalogue.Phenomena.SelectMany(BehaviourCatalogue.Cases)];

    [Fact]
    public void Every_phenomenon_has_exactly_one_threshold()
    {
        Assert.Equal(
            BehaviourCatalogue.Phenomena.Where(p => !p.IsNegative).Select(p => p.Name).Order(StringComparer.Ordinal),
            BehaviourThresholds.MinimumPassRate.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            BehaviourCatalogue.Phenomena.Where(p => p.IsNegative).Select(p => p.Name).Order(StringComparer.Ordinal),
            BehaviourThresholds.MaximumFalseFactRate.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_run_gives_the_same_sentences()
    {
        var again = BehaviourCatalogue.Phenomena.SelectMany(BehaviourCatalogue.Cases).ToList();
        Assert.Equal(AllCases.Select(c => c.Text), again.Select(c => c.Text));
        Assert.True(AllCases.Zip(again).All(p => p.First.Expected.SetEquals(p.Second.Expected)));
    }

    [Fact]
    public void There_are_thousands_of_distinct_sentences()
    {
        Assert.True(AllCases.Count >= 5000, $"{AllCases.Count} sentences");
        Assert.True(AllCases.Select(c => c.Text).Distinct().Count() >= AllCases.Count * 0.95, "too many repeated sentences");
    }

    [Fact]
    public void Every_sentence_is_filled_and_its_facts_hold_by_construction()
    {
        var negative = BehaviourCatalogue.Phenomena.Where(p => p.IsNegative).Select(p => p.Name).ToHashSet();
        foreach (var c in AllCases)
        {
            Assert.DoesNotMatch(@"[{}\[\]|]|  | ,|^[a-z,]", c.Text);
            Assert.Equal(negative.Contains(c.Phenomenon), c.Expected.Count == 0);
            Assert.All(c.Expected, f => Assert.NotEqual(f.First, f.Second));
        }
    }

    [Fact]
    public void Every_template_is_used_with_every_date_form_it_allows()
    {
        foreach (var p in BehaviourCatalogue.Phenomena)
        {
            var used = BehaviourCatalogue.Cases(p).Select(c => (c.Template, c.DateForm)).ToHashSet();
            for (var t = 0; t < p.Templates.Count; t++)
            {
                var template = p.Templates[t];
                var forms = template.Pattern.Contains("{when}", StringComparison.Ordinal) ? template.Dates.Forms() : [DateForm.None];
                Assert.All(forms, f => Assert.Contains((t, f), used));
            }
        }
    }

    [Fact]
    public void Invented_people_share_no_word_with_a_place_or_state()
    {
        var gazetteer = GazetteerTable.Default;
        foreach (var name in PersonNames.Given.Concat(PersonNames.Invented))
        {
            var sentence = ArticleReader.Read("name", "H\n\n" + name + " spoke.").Sentences[0];
            Assert.Null(gazetteer.Match(sentence, 0));
        }
    }

    [Theory]
    [InlineData("Czech Republic", "the Czech Republic")]
    [InlineData("United States", "the United States")]
    [InlineData("US", "the US")]
    [InlineData("Netherlands", "the Netherlands")]
    [InlineData("The Gambia", "the Gambia")]
    [InlineData("Golan Heights", "the Golan Heights")]
    [InlineData("DR Congo", "DR Congo")]
    [InlineData("Vatican City", "Vatican City")]
    [InlineData("Saint Vincent and the Grenadines", "Saint Vincent and the Grenadines")]
    [InlineData("Kosovo", "Kosovo")]
    public void State_names_take_the_where_English_does(string name, string written) => Assert.Equal(written, Polities.WithArticle(name));
}
