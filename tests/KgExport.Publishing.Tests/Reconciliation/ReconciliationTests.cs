using System.Net;
using System.Text;
using KgExport.Publishing.Http;
using KgExport.Publishing.QuickStatements;
using KgExport.Publishing.Reconciliation;
using KgExport.Publishing.Tests.QuickStatements;

namespace KgExport.Publishing.Tests.Reconciliation;

/// <summary>
/// Linking before creating: entities and existing events found in a table the user supplies (a Wikidata Query Service
/// CSV export) or a W3C reconciliation service; an existing event gets statements on its item, a possible one is held.
/// The QIDs here are made up (Q90100 for the annexation of Crimea, Q90200 for Crimea) and the seed is
/// <see cref="Seed.Unlinked"/>, without Crimea's real QID (Q7835), so that there is an entity to link.
/// </summary>
public class ReconciliationTests
{
    private const string Header = "item,itemLabel,itemAltLabel,class,date\n";

    private const string Table = Header
        + "http://www.wikidata.org/entity/Q90100,annexation of Crimea by the Russian Federation,\"annexation of Crimea by Russia, Crimean annexation\",http://www.wikidata.org/entity/Q90003,2014-03-18T00:00:00Z\n"
        + "http://www.wikidata.org/entity/Q90200,Crimea,,,\n";

    private static async Task<(Batch Batch, ReconciledIds Ids)> BuildAsync(IReconciler source, bool createMissing = true)
    {
        var map = Seed.TestWikibase;
        var ids = await ReconciledIds.ResolveAsync([Seed.Unlinked], map, [source], CancellationToken.None);
        return (BatchBuilder.Build([Seed.Unlinked], map, new BatchOptions(Seed.Retrieved, createMissing, ids)), ids);
    }

    private static void Checked(Batch batch)
    {
        Assert.Empty(V1SyntaxChecker.Check(QuickStatementsV1Writer.Write(batch)));
        Assert.Empty(CsvSyntaxChecker.Check(QuickStatementsCsvWriter.Write(batch)));
    }

    [Fact]
    public async Task The_seed_creates_no_item_the_table_names()
    {
        var before = QuickStatementsV1Writer.Write(Seed.BuildUnlinked(Seed.TestWikibase, createMissing: true));
        Assert.Contains("LAST\tLen\t\"annexation of Crimea by Russia\"", before, StringComparison.Ordinal);
        Assert.Contains("LAST\tLen\t\"Crimea\"", before, StringComparison.Ordinal);

        var (batch, ids) = await BuildAsync(ReconciliationTable.Parse(Table, "crimea.csv"));
        Checked(batch);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.DoesNotContain("\"annexation of Crimea by Russia\"", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("Len\t\"Crimea\"", v1, StringComparison.Ordinal);
        // The statements go on the existing item, Crimea now its participant.
        Assert.Contains("Q90100\tP31\tQ90003\tS248\tQ130879\t", v1, StringComparison.Ordinal);
        Assert.Contains("Q90100\tP710\tQ159\tP2868\t", v1, StringComparison.Ordinal);
        Assert.Contains("Q90100\tP710\tQ90200\tP2868\t", v1, StringComparison.Ordinal);
        Assert.Contains("Q90100\tP585\t+2014-00-00T00:00:00Z/9\t", v1, StringComparison.Ordinal);
        Assert.Contains("entity \"Crimea\" is Q90200 (crimea.csv)", ids.Report);
        Assert.Contains("event \"annexation of Crimea by Russia\" is Q90100 (crimea.csv): its statements go on that item, no CREATE", ids.Report);
        // Every statement still names its source.
        Assert.All(v1.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("\tP", StringComparison.Ordinal) && !l.Contains("\tL", StringComparison.Ordinal)),
            l => Assert.Contains("\tS248\tQ130879\t", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_of_the_same_class_and_year_is_a_possible_match_held_for_review()
    {
        var table = Header + "Q90100,annexation of Crimea by the Russian Federation,,Q90003,2014-03-18T00:00:00Z\n";
        var (batch, _) = await BuildAsync(ReconciliationTable.Parse(table, "t.csv"));
        Checked(batch);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.DoesNotContain("annexation of Crimea by Russia", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("Q90100", v1, StringComparison.Ordinal);
        var held = Assert.Single(batch.Held, h => h.Fact == "ann-rus-crimea");
        Assert.Contains("may be the existing item Q90100 \"annexation of Crimea by the Russian Federation\"", held.Reason, StringComparison.Ordinal);

        // Another year is no possible match: the annexation is created as before.
        var other = Header + "Q90100,annexation of Crimea by the Russian Federation,,Q90003,1783-04-19T00:00:00Z\n";
        var (created, _) = await BuildAsync(ReconciliationTable.Parse(other, "t.csv"));
        Assert.Contains("LAST\tLen\t\"annexation of Crimea by Russia\"", QuickStatementsV1Writer.Write(created), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_table_is_reported_by_record_and_column()
    {
        var e = Assert.Throws<ReconciliationException>(() => ReconciliationTable.Parse(Header + "Crimea,Crimea,,,\nQ1,x,,Q2,yesterday\n", "bad.csv"));
        Assert.Contains("bad.csv:2: item \"Crimea\" is not an item id", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv:3: date \"yesterday\" does not start with a year", e.Message, StringComparison.Ordinal);
        var header = Assert.Throws<ReconciliationException>(() => ReconciliationTable.Parse("qid,label\nQ1,x\n", "h.csv"));
        Assert.StartsWith("h.csv:1: the header needs the columns item and itemLabel", header.Message, StringComparison.Ordinal);
    }

    /// <summary>A reconciliation service in memory: answers from a function, and keeps the requests.</summary>
    private sealed class Service(Func<string, string> answer) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            Assert.Equal("application/x-www-form-urlencoded", request.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("queries=", form, StringComparison.Ordinal);
            var queries = Uri.UnescapeDataString(form["queries=".Length..]);
            Requests.Add(queries);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer(queries), Encoding.UTF8, "application/json") };
        }
    }

    [Fact]
    public async Task A_reconciliation_service_links_what_it_matches_and_only_that()
    {
        var service = new Service(queries =>
        {
            using var doc = System.Text.Json.JsonDocument.Parse(queries);
            var answers = doc.RootElement.EnumerateObject().Select(q =>
            {
                var text = q.Value.GetProperty("query").GetString();
                var result = text switch
                {
                    "Crimea" => """[{"id":"http://www.wikidata.org/entity/Q90200","name":"Crimea","score":100,"match":true},{"id":"Q90201","name":"Crimean Khanate","score":40,"match":false}]""",
                    "annexation of Crimea by Russia" => """[{"id":"Q90100","name":"annexation of Crimea by the Russian Federation","score":80,"match":false}]""",
                    "Olga" => """[{"id":"kg:person/olga","name":"Olga","score":100,"match":true}]""",
                    _ => "[]",
                };
                return $"\"{q.Name}\":{{\"result\":{result}}}";
            });
            return "{" + string.Join(",", answers) + "}";
        });
        using var connection = new StoreConnection(StoreCredentials.None, RetryPolicy.None, service);
        var client = new ReconciliationClient(new Uri("http://reconcile.test/api"), connection);
        var (batch, ids) = await BuildAsync(client);
        Checked(batch);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Contains("entity \"Crimea\" is Q90200 (http://reconcile.test/api)", ids.Report);
        Assert.Null(ids.Entity("Olga")); // an id that is no item is not used
        Assert.DoesNotContain("annexation of Crimea by Russia", v1, StringComparison.Ordinal); // possible: held
        Assert.Contains(batch.Held, h => h.Reason.Contains("may be the existing item Q90100", StringComparison.Ordinal));
        // Entities were asked in batches of ten, then the events, with their class, year and participants.
        Assert.True(service.Requests.Count >= 2);
        Assert.All(service.Requests, r => Assert.True(System.Text.Json.JsonDocument.Parse(r).RootElement.EnumerateObject().Count() <= ReconciliationClient.BatchSize));
        var annexation = service.Requests.Select(r => System.Text.Json.JsonDocument.Parse(r).RootElement).SelectMany(r => r.EnumerateObject())
            .Single(q => q.Value.GetProperty("query").GetString() == "annexation of Crimea by Russia").Value;
        Assert.Equal("Q90003", annexation.GetProperty("type").GetString());
        var properties = annexation.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("pid").GetString() + "=" + p.GetProperty("v").GetString()).ToList();
        Assert.Equal(["P710=Q159", "P710=Q90200", "P585=2014"], properties);
    }

    [Fact]
    public async Task A_service_that_fails_or_answers_nonsense_is_an_error_naming_it()
    {
        foreach (var (status, body, expected) in new[]
        {
            (HttpStatusCode.InternalServerError, "<html><body>boom</body></html>", "500"),
            (HttpStatusCode.OK, "[1,2]", "the answer is not a JSON object"),
            (HttpStatusCode.OK, "{\"q0\":{}}", "no result array for q0"),
            (HttpStatusCode.OK, "not json", "not JSON"),
        })
        {
            using var connection = new StoreConnection(StoreCredentials.None, RetryPolicy.None, new Fixed(status, body));
            var client = new ReconciliationClient(new Uri("http://reconcile.test/api"), connection);
            var e = await Assert.ThrowsAsync<ReconciliationException>(() => client.ReconcileAsync([new ReconcileQuery("Crimea")], CancellationToken.None));
            Assert.StartsWith("--reconcile http://reconcile.test/api: ", e.Message, StringComparison.Ordinal);
            Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        }
    }

    private sealed class Fixed(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });
    }
}
