using KgExport.Extraction.Gazetteer;
using KgExport.Testing;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;
using KgExport.Facts;

namespace KgExport.Extraction.Tests;

public sealed class GazetteerTests
{
    private static readonly GazetteerTable G = GazetteerTable.Default;

    [Fact]
    public void Knows_the_un_members_observers_and_breakaway_entities()
    {
        // 193 members + 2 observers + former states kept for history (Yugoslavia, Soviet Union, East and West Germany, Czechoslovakia, South Vietnam)
        Assert.Equal(201, G.Entries.Count(e => e.Kind == EntityType.State));
        Assert.Equal("west-germany", G.ByName("West Germany")?.Id);
        Assert.Equal("germany", G.ByName("Germany")?.Id);
        foreach (var name in new[] { "Kosovo", "Taiwan", "Palestine", "Sahrawi Arab Democratic Republic", "Northern Cyprus", "Abkhazia", "South Ossetia", "Transnistria", "Donetsk People's Republic", "Luhansk People's Republic", "Somaliland", "Artsakh" })
        {
            Assert.NotNull(G.ByName(name));
        }
    }

    [Theory]
    [InlineData("DPR", "dpr")]
    [InlineData("DNR", "dpr")]
    [InlineData("LNR", "lpr")]
    [InlineData("Lugansk People's Republic", "lpr")]
    [InlineData("DPRK", "north-korea")]
    [InlineData("ROC", "taiwan")]
    [InlineData("Republic of China", "taiwan")]
    [InlineData("People's Republic of China", "china")]
    [InlineData("SADR", "sadr")]
    [InlineData("TRNC", "northern-cyprus")]
    public void Abbreviations_and_variants(string name, string id) => Assert.Equal(id, G.ByName(name)?.Id);

    [Fact]
    public void Capitals_stand_for_their_states_and_spelling_variants_are_known()
    {
        var doc = Text.ArticleReader.Read("t", "H\n\nPyongyang, Kiev, Kyiv and Lugansk People's Republic.");
        var s = doc.Sentences[0];
        Assert.Equal("north-korea", G.Match(s, 0)?.Entry.Id);
        Assert.Equal(SurfaceFormKind.Capital, G.Match(s, 0)?.Kind);
        Assert.Equal("ukraine", G.Match(s, 2)?.Entry.Id);
        Assert.Equal("ukraine", G.Match(s, 4)?.Entry.Id);
        Assert.Equal("lpr", G.Match(s, 6)?.Entry.Id);
    }

    [SkippableFact]
    public void Qids_and_names_agree_with_the_shared_reference_table()
    {
        var reference = Path.Combine(TestPaths.Shared, "reference", "states.tsv");
        if (!File.Exists(reference))
        {
            Assert.False(TestPaths.IsCi, $"{reference} is missing on CI");
            Skip.If(true, $"SKIPPED: {reference} not found (set KGEXPORT_SHARED)");
        }
        var problems = new List<string>();
        var rows = File.ReadAllLines(reference).Skip(1).Select(l => l.Split('\t'));
        var count = 0;
        foreach (var f in rows)
        {
            count++;
            var (name, official, qid, aliases) = (f[0], f[1], f[4], f[8].Split(';', StringSplitOptions.RemoveEmptyEntries));
            var entry = G.ByName(name) ?? G.ByName(official) ?? aliases.Select(G.ByName).FirstOrDefault(e => e is not null);
            if (entry is null)
            {
                problems.Add($"{name}: missing");
                continue;
            }
            if (qid.Length > 0 && entry.Qid is not null && entry.Qid != qid) problems.Add($"{name}: QID {entry.Qid}, reference {qid}");
            if (qid.Length > 0 && entry.Qid is null) problems.Add($"{name}: no QID, reference {qid}");
        }
        Assert.Equal(208, count);
        Assert.Empty(problems);
    }

    [Fact]
    public void Regions_organisations_and_agencies_carry_only_qids_whose_source_the_readme_gives()
    {
        Assert.Equal("Q7835", G.ById("crimea")?.Qid);
        Assert.Equal("Q130879", G.ById("reuters")?.Qid);
        Assert.Equal("crimea", G.ByQid("Q7835")?.Id);
        var readme = File.ReadAllText(TestPaths.InRepository("src", "KgExport.Extraction", "Gazetteer", "README.md"));
        var linked = G.Entries.Where(e => !e.IsPolity && e.Kind != EntityType.Person && e.Qid is not null).ToList();
        Assert.True(linked.Count >= 4, string.Join(", ", linked.Select(e => e.Id)));
        Assert.All(linked, e => Assert.Contains($"{e.Name} ({e.Qid}", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void The_seed_and_the_gazetteer_agree_on_every_qid_they_both_give()
    {
        var facts = FactsLoader.LoadFileOrThrow(
            TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.facts.json"),
            ArticleText.Load(TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.txt")));
        var both = facts.Entities.Where(e => e.Wikidata is not null && G.ById(e.Id)?.Qid is not null).ToList();
        Assert.Contains(both, e => e.Id == "crimea");
        Assert.Contains(both, e => e.Id == "reuters");
        Assert.All(both, e => Assert.Equal(G.ById(e.Id)!.Qid, e.Wikidata));
    }
}
