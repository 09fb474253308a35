using System.Text.Json;
using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// Dates of every precision can be filtered through their xsd:date bounds, in our engine and in Jena, and a date the
/// article does not give is marked as such (issue 18, findings 2 and 3).
/// </summary>
public sealed class DateBoundsTests
{
    private const string Prefixes = """
        PREFIX kg: <https://w3id.org/kgexport/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

        """;

    /// <summary>Acts that, by some article's claim, may have happened on or after 2010-01-01, whatever the precision of the date.</summary>
    private const string Since2010 = Prefixes + """
        SELECT DISTINCT ?event WHERE {
          ?claim kg:about ?event ; kg:latestDate ?latest .
          FILTER(?latest >= "2010-01-01"^^xsd:date)
        } ORDER BY ?event
        """;

    /// <summary>The same filter on kg:date itself: comparing an xsd:gYear or xsd:gYearMonth to an xsd:date is a type error, so those rows drop out.</summary>
    private const string Since2010OnThePreciseDate = Prefixes + """
        SELECT DISTINCT ?event WHERE {
          ?claim kg:about ?event ; kg:date ?date .
          FILTER(?date >= "2010-01-01"^^xsd:date)
        } ORDER BY ?event
        """;

    /// <summary>Acts that surely happened before March 2022.</summary>
    private const string BeforeMarch2022 = Prefixes + """
        SELECT DISTINCT ?event WHERE {
          ?claim kg:about ?event ; kg:latestDate ?latest .
          FILTER(?latest < "2022-03-01"^^xsd:date)
        } ORDER BY ?event
        """;

    private const string StatedDatesOnly = Prefixes + """
        SELECT DISTINCT ?event WHERE { ?claim kg:about ?event ; kg:date ?date ; kg:dateBasis kg:StatedDate } ORDER BY ?event
        """;

    private static readonly string[] DatedActs =
    [
        "annexation/russia_crimea_1",
        "recognition/north-korea_donetsk-peoples-republic_state_1",
        "recognition/north-korea_luhansk-peoples-republic_state_1",
        "recognition/russia_donetsk-peoples-republic_state_1",
        "recognition/russia_luhansk-peoples-republic_state_1",
        "severance/ukraine_north-korea_1",
    ];

    private static readonly string[] ActsBeforeMarch2022 =
        ["annexation/russia_crimea_1", "recognition/russia_donetsk-peoples-republic_state_1", "recognition/russia_luhansk-peoples-republic_state_1"];

    private static readonly Dataset Merged = new(ExportWriter.QuadsFor(Seed.Export(), RdfFormat.NTriples));

    private static List<string> Ours(string query) =>
        [.. QueryExecutor.Execute(SparqlQuery.Parse(query), Merged).Rows.Select(r => Local(((Iri)r[0]!).Value))];

    private static string Local(string iri) => iri.StartsWith(Namespaces.Id, StringComparison.Ordinal) ? iri[Namespaces.Id.Length..] : iri;

    [Theory]
    [InlineData(2014, null, null, "2014-01-01", "2014-12-31")]
    [InlineData(2022, 7, null, "2022-07-01", "2022-07-31")]
    [InlineData(2024, 2, null, "2024-02-01", "2024-02-29")]
    [InlineData(2023, 2, null, "2023-02-01", "2023-02-28")]
    [InlineData(2022, 7, 13, "2022-07-13", "2022-07-13")]
    public void A_date_is_bounded_by_the_first_and_last_day_it_can_mean(int year, int? month, int? day, string earliest, string latest)
    {
        var date = day is { } d ? FactDate.OfDay(year, month!.Value, d) : month is { } m ? FactDate.OfMonth(year, m) : FactDate.OfYear(year);
        Assert.Equal((DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)), (date.Earliest, date.Latest));
    }

    [Fact]
    public void Every_date_of_the_seed_has_xsd_date_bounds_and_only_dated_things_have_them()
    {
        var dated = Merged.Match(null, Terms.Date, null, null).Select(q => q.Subject).ToHashSet();
        Assert.NotEmpty(dated);
        foreach (var p in new[] { Terms.EarliestDate, Terms.LatestDate })
        {
            var bounded = Merged.Match(null, p, null, null).ToList();
            Assert.Equal(dated.OrderBy(t => t.ToString()), bounded.Select(q => q.Subject).OrderBy(t => t.ToString()));
            Assert.All(bounded, q => Assert.Equal(Vocab.Xsd.Date, ((Literal)q.Object).Datatype));
        }
        var crimea = IriMinter.Claim(Seed.Id, "ann-rus-crimea");
        Assert.Equal("2014-01-01", ((Literal)Assert.Single(Merged.Match(crimea, Terms.EarliestDate, null, null)).Object).LexicalForm);
        Assert.Equal("2014-12-31", ((Literal)Assert.Single(Merged.Match(crimea, Terms.LatestDate, null, null)).Object).LexicalForm);
    }

    [Fact]
    public void A_filter_on_the_bounds_keeps_dates_of_every_precision_and_one_on_kg_date_does_not()
    {
        Assert.Equal(DatedActs, Ours(Since2010));
        Assert.Equal(DatedActs.Where(a => a.StartsWith("recognition/", StringComparison.Ordinal)), Ours(Since2010OnThePreciseDate));
        Assert.Equal(ActsBeforeMarch2022, Ours(BeforeMarch2022));
    }

    [Fact]
    public void An_inferred_date_is_not_presented_as_the_sources_claim()
    {
        // Only the 2014 of "Russia's 2014 annexation of Crimea" is written in the text; the Russian recognitions'
        // day ("on the eve of its invasion"), North Korea's year and the severance's month come from outside it.
        Assert.Equal(["annexation/russia_crimea_1"], Ours(StatedDatesOnly));
        var russia = IriMinter.Claim(Seed.Id, "rec-rus-dpr");
        Assert.Equal([Terms.Value.InferredDate], Merged.Match(russia, Terms.DateBasis, null, null).Select(q => q.Object));
        Assert.DoesNotContain(Merged.Match(null, Terms.DateBasis, null, null), q => !Merged.Match(q.Subject, Terms.Date, null, null).Any());
    }

    /// <summary>The README's "Dates in a range" example, as printed there.</summary>
    private static string ReadmeDateRangeQuery()
    {
        var readme = File.ReadAllText(TestPaths.InRepository("README.md"));
        var at = readme.IndexOf("**Dates in a range**", StringComparison.Ordinal);
        Assert.True(at >= 0, "the README lost its date-range example");
        var start = readme.IndexOf("```sparql\n", at, StringComparison.Ordinal) + "```sparql\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_readme_date_range_example_gives_the_six_dated_acts_each_with_its_article()
    {
        var rows = QueryExecutor.Execute(SparqlQuery.Parse(ReadmeDateRangeQuery()), Merged).Rows;
        Assert.Equal(DatedActs, rows.Select(r => Local(((Iri)r[0]!).Value)));
        Assert.All(rows, r => Assert.Equal(IriMinter.Article(Seed.Id), r[3]));
    }

    [JenaFact]
    public void Jena_gives_the_same_rows_for_every_date_query()
    {
        var data = Seed.WriteTemp(Seed.Lines(Seed.Export(), RdfFormat.NTriples), ".nt");
        foreach (var query in new[] { Since2010, Since2010OnThePreciseDate, BeforeMarch2022, StatedDatesOnly, ReadmeDateRangeQuery() })
        {
            var r = Jena.Run("sparql", "--data", data, "--query", Seed.WriteTemp(query, ".rq"), "--results=json");
            Assert.True(r.ExitCode == 0, r.ToString());
            using var json = JsonDocument.Parse(r.Stdout);
            var rows = json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
                .Select(b => Local(b.GetProperty("event").GetProperty("value").GetString()!))
                .ToList();
            Assert.Equal(Ours(query), rows);
        }
        Assert.Equal(6, Ours(Since2010).Count);
    }
}
