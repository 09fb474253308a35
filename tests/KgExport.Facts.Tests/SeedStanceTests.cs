namespace KgExport.Facts.Tests;

/// <summary>
/// Issue 18, finding 9: the seed's facts hold every stance its text states, and its two interviewees' quotes are
/// modelled alike (each words from an interview given to Reuters, the medium on the source).
/// </summary>
public sealed class SeedStanceTests
{
    private static readonly ArticleFacts Facts = Seed.Facts();

    private static IEnumerable<Stance> StancesOn(string targetId) => Facts.Stances.Where(s => s.Targets.Contains(targetId));

    [Fact]
    public void Kyiv_and_the_West_reject_Russias_genocide_claim()
    {
        var genocide = Assert.Single(Facts.Quotes, q => q.Text == "genocide");
        var rejecting = StancesOn(genocide.Id).Where(s => s.Position == StancePosition.Reject).Select(s => s.Actor).Order().ToList();
        Assert.Equal(["the-west", "ukraine"], rejecting);
        Assert.All(StancesOn(genocide.Id), s => Assert.Contains(s.Evidence, e => e.Text.StartsWith("These claims have been rejected by Kiev and the West", StringComparison.Ordinal)));
        Assert.Equal(EntityType.Group, Facts.FindEntity("the-west")!.Type);
    }

    [Fact]
    public void The_West_rejects_Russias_recognitions_as_Kyiv_does()
    {
        foreach (var rec in new[] { "rec-rus-dpr", "rec-rus-lpr" })
        {
            var actors = StancesOn(rec).Where(s => s.Position == StancePosition.Reject).Select(s => s.Actor).Order().ToList();
            Assert.Equal(["the-west", "ukraine"], actors);
        }
    }

    [Fact]
    public void Donetsk_residents_welcome_North_Koreas_recognitions()
    {
        var welcome = Assert.Single(Facts.Stances, s => s.Actor == "donetsk-residents");
        Assert.Equal(StancePosition.Endorse, welcome.Position);
        Assert.Equal(["rec-prk-dpr", "rec-prk-lpr"], welcome.Targets);
        Assert.EndsWith("welcomed the recognition", Assert.Single(welcome.Evidence).Text, StringComparison.Ordinal);
        var residents = Facts.FindEntity("donetsk-residents")!;
        Assert.Equal(EntityType.Group, residents.Type);
        Assert.Null(residents.Wikidata);
    }

    [Fact]
    public void Both_interviewees_quotes_are_interviews_given_to_Reuters()
    {
        foreach (var speaker in new[] { "olga-donetsk-resident", "anastasia-donetsk-resident" })
        {
            var quotes = Facts.Quotes.Where(q => q.Speaker == speaker).ToList();
            Assert.NotEmpty(quotes);
            foreach (var q in quotes)
            {
                Assert.Null(q.Medium); // the interview source carries it
                var source = Facts.Sources.Single(s => s.Id == Assert.Single(q.AttributedTo));
                Assert.Equal(SourceKind.Interview, source.Kind);
                Assert.Equal(speaker, source.By);
                Assert.Equal("reuters", source.Medium);
            }
        }
    }
}
