using System.Reflection;
using KgExport.Extraction.Patterns;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Tests;

/// <summary>The screen that skips texts with no trigger word: it must never hide a word a pattern reads.</summary>
public sealed class TriggerScreenTests
{
    public static TheoryData<string> LexiconWords()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(Lexicon).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            // verbs that only state a fact with a relations noun or "recognition" after them are screened by that noun
            if (field.Name is "Withdraw" or "Grant" or "Switch" or "Sever" or "Establish" or "RelationModifiers" or "OtherRelations" or "Instruments"
                or "SeverNouns" or "EstablishNouns") continue;
            foreach (var word in (HashSet<string>)field.GetValue(null)!) data.Add(word);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LexiconWords))]
    public void Every_word_that_states_a_fact_on_its_own_passes_the_screen(string word)
    {
        Assert.True(TriggerScreen.MayStateAFact("In 2001 X " + word + " Y."), word);
        Assert.True(TriggerScreen.MayStateAFact(word.ToUpperInvariant()), word);
    }

    [Fact]
    public void A_text_about_other_things_is_not_read_and_says_so()
    {
        var facts = ArticleExtraction.Extract(ArticleReader.Read("t", "Trade talks\n\nFrance and Japan signed a trade agreement on 3 May 2021, officials said."), Fixed.Options);
        Assert.Empty(facts.Recognitions);
        Assert.Empty(facts.Establishments);
        Assert.Contains(facts.Notes, n => n.Contains("not read further", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_with_a_trigger_is_read()
    {
        var facts = ArticleExtraction.Extract(ArticleReader.Read("t", "Ties\n\nFrance and Japan established diplomatic ties on 3 May 2021."), Fixed.Options);
        Assert.Single(facts.Establishments);
        Assert.DoesNotContain(facts.Notes, n => n.Contains("not read further", StringComparison.Ordinal));
    }
}
