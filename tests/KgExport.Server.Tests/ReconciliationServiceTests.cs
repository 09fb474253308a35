using System.Net;
using System.Text;
using System.Text.Json;
using KgExport.Rdf;

namespace KgExport.Server.Tests;

/// <summary>
/// <c>/reconcile</c>: the W3C Reconciliation Service API 0.2 over the served export, as OpenRefine uses it (manifest,
/// query batches with types and properties, preview), and its refusals of what is not a batch.
/// </summary>
public sealed class ReconciliationServiceTests
{
    /// <summary>
    /// A batch as OpenRefine 3.x posts it. Its shape is OpenRefine's own code: StandardReconConfig.ReconQuery
    /// (main/src/com/google/refine/model/recon/StandardReconConfig.java) writes each row as
    /// <c>{"query", "type", "type_strict": "should" when a type is set, "properties": [{"pid", "v"}], "limit" when
    /// not 0}</c>, a property value of a reconciled cell as <c>{"id", "name"}</c>; batchRecon joins them as
    /// <c>{"q0": ..., "q1": ...}</c>, 10 at a time; HttpClient.postNameValue sends them as the one form field
    /// <c>queries</c> through Apache HttpClient's UrlEncodedFormEntity in UTF-8 (spaces as '+', everything but
    /// letters, digits and <c>-_.*</c> percent-encoded). The JSON here:
    /// <code>
    /// {"q0":{"query":"Russia","type":"State","type_strict":"should","limit":3},"q1":{"query":"Donetsk People's Republic"},
    ///  "q2":{"query":"Olga","type":"Person","type_strict":"should"},
    ///  "q3":{"query":"Kyiv","properties":[{"pid":"owl:sameAs","v":{"id":"Q212","name":"Ukraine"}}]},
    ///  "q4":{"query":"Russia","type":"BreakawayEntity","type_strict":"should"}}
    /// </code>
    /// </summary>
    private const string OpenRefineBody =
        "queries=%7B%22q0%22%3A%7B%22query%22%3A%22Russia%22%2C%22type%22%3A%22State%22%2C%22type_strict%22%3A%22should%22%2C%22limit%22%3A3%7D%2C%22q1%22%3A%7B%22query%22%3A%22Donetsk+People%27s+Republic%22%7D%2C%22q2%22%3A%7B%22query%22%3A%22Olga%22%2C%22type%22%3A%22Person%22%2C%22type_strict%22%3A%22should%22%7D%2C%22q3%22%3A%7B%22query%22%3A%22Kyiv%22%2C%22properties%22%3A%5B%7B%22pid%22%3A%22owl%3AsameAs%22%2C%22v%22%3A%7B%22id%22%3A%22Q212%22%2C%22name%22%3A%22Ukraine%22%7D%7D%5D%7D%2C%22q4%22%3A%7B%22query%22%3A%22Russia%22%2C%22type%22%3A%22BreakawayEntity%22%2C%22type_strict%22%3A%22should%22%7D%7D";

    private static readonly Lazy<Dataset> SeedData = new(TestData.Seeds);

    private static HttpRequestMessage Form(string path, string body) => new(HttpMethod.Post, path)
    {
        // Apache HttpClient's UrlEncodedFormEntity with UTF-8 sends this Content-Type.
        Content = new ByteArrayContent(Encoding.ASCII.GetBytes(body)) { Headers = { { "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8" } } },
    };

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<(string Id, string Name, double Score, bool Match)> Candidates(JsonElement batch, string key) =>
        [.. batch.GetProperty(key).GetProperty("result").EnumerateArray()
            .Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("name").GetString()!, c.GetProperty("score").GetDouble(), c.GetProperty("match").GetBoolean()))];

    [Fact]
    public async Task The_manifest_names_the_id_spaces_types_view_and_preview()
    {
        await using var host = await TestServerHost.StartAsync(SeedData.Value);
        var manifest = await JsonOf(await host.Client.GetAsync("/reconcile"));
        Assert.Contains("0.2", manifest.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("https://w3id.org/kgexport/id/", manifest.GetProperty("identifierSpace").GetString());
        Assert.Equal("https://w3id.org/kgexport/ontology#", manifest.GetProperty("schemaSpace").GetString());
        Assert.Equal("http://localhost/resource?iri=https%3A%2F%2Fw3id.org%2Fkgexport%2Fid%2F{{id}}", manifest.GetProperty("view").GetProperty("url").GetString());
        var preview = manifest.GetProperty("preview");
        Assert.Equal("http://localhost/reconcile/preview?id={{id}}", preview.GetProperty("url").GetString());
        Assert.True(preview.GetProperty("width").GetInt32() > 0 && preview.GetProperty("height").GetInt32() > 0);
        var types = manifest.GetProperty("defaultTypes").EnumerateArray().Select(t => t.GetProperty("id").GetString() + "=" + t.GetProperty("name").GetString()).ToList();
        Assert.Contains("State=state", types);
        Assert.Contains("BreakawayEntity=breakaway entity", types);

        var suggest = manifest.GetProperty("suggest").GetProperty("entity");
        Assert.Equal("http://localhost", suggest.GetProperty("service_url").GetString());
        Assert.Equal("/reconcile/suggest/entity", suggest.GetProperty("service_path").GetString());

        var wikidata = await JsonOf(await host.Client.GetAsync("/reconcile/wikidata"));
        Assert.Equal("http://www.wikidata.org/entity/", wikidata.GetProperty("identifierSpace").GetString());
        Assert.Equal("https://www.wikidata.org/wiki/{{id}}", wikidata.GetProperty("view").GetProperty("url").GetString());
        Assert.Equal("http://localhost/reconcile/wikidata/preview?id={{id}}", wikidata.GetProperty("preview").GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_recorded_OpenRefine_batch_gets_scored_candidates_with_match_flags()
    {
        await using var host = await TestServerHost.StartAsync(SeedData.Value);
        var batch = await JsonOf(await host.Client.SendAsync(Form("/reconcile", OpenRefineBody)));
        Assert.Equal(["q0", "q1", "q2", "q3", "q4"], batch.EnumerateObject().Select(p => p.Name));

        // The state by its label, with its type as OpenRefine reads it.
        var russia = Candidates(batch, "q0");
        Assert.Equal(("entity/Q159", "Russia", 100.0, true), russia[0]);
        Assert.True(russia.Count <= 3);
        var type = batch.GetProperty("q0").GetProperty("result")[0].GetProperty("type")[0];
        Assert.Equal("State", type.GetProperty("id").GetString());
        Assert.Equal("state", type.GetProperty("name").GetString());

        // Punctuation and case do not matter; the embassy shares words, scores lower and is no match.
        var dpr = Candidates(batch, "q1");
        Assert.Equal(("entity/Q16150196", "Donetsk People's Republic", 100.0, true), dpr[0]);
        Assert.All(dpr.Skip(1), c => Assert.False(c.Match));

        // "Olga" is one person's whole name and part of another's: the first matches, the second is only a candidate.
        var olga = Candidates(batch, "q2");
        Assert.Equal("Olga", olga[0].Name);
        Assert.True(olga[0].Match);
        Assert.Contains(olga, c => c.Name == "Olga Makeyeva" && !c.Match && c.Score < olga[0].Score);

        // An alias and a property value the candidate has (its Wikidata item, as a reconciled cell).
        var kyiv = Candidates(batch, "q3");
        Assert.Equal("entity/Q212", kyiv[0].Id);
        Assert.Equal("Ukraine", kyiv[0].Name);
        Assert.True(kyiv[0].Match);

        // A type the candidate does not have filters it out.
        Assert.Empty(Candidates(batch, "q4"));

        // The same batch as a GET query string gets the same bytes.
        var get = await host.Client.GetAsync("/reconcile?" + OpenRefineBody);
        var post = await host.Client.SendAsync(Form("/reconcile", OpenRefineBody));
        Assert.Equal(await post.Content.ReadAsByteArrayAsync(), await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_property_value_the_candidate_lacks_lowers_the_score_and_takes_the_match_away()
    {
        await using var host = await TestServerHost.StartAsync(SeedData.Value);
        var queries = """{"q0":{"query":"Ukraine","properties":[{"pid":"owl:sameAs","v":"Q159"}]},"q1":{"query":"DPR","type":["BreakawayEntity","State"]}}""";
        var batch = await JsonOf(await host.Client.SendAsync(Form("/reconcile", "queries=" + Uri.EscapeDataString(queries))));
        var ukraine = Candidates(batch, "q0");
        Assert.Equal("entity/Q212", ukraine[0].Id);
        Assert.False(ukraine[0].Match);
        Assert.Equal(70.0, ukraine[0].Score);
        var dpr = Candidates(batch, "q1");
        Assert.Equal(("entity/Q16150196", "Donetsk People's Republic", 95.0, true), dpr[0]);
    }

    [Fact]
    public async Task Two_resources_of_the_same_name_are_candidates_and_neither_is_a_match()
    {
        await using var host = await TestServerHost.StartAsync(Turtle("""
            ex:georgia-state a kg:State ; rdfs:label "Georgia"@en ; owl:sameAs wd:Q230 .
            ex:georgia-us a kg:Region ; rdfs:label "Georgia"@en .
            """));
        var batch = await JsonOf(await host.Client.GetAsync("/reconcile?queries=" + Uri.EscapeDataString("""{"q0":{"query":"georgia"}}""")));
        var georgia = Candidates(batch, "q0");
        Assert.Equal(2, georgia.Count);
        Assert.All(georgia, c => Assert.False(c.Match));
        Assert.Equal(["x/georgia-state", "x/georgia-us"], georgia.Select(c => c.Id).Order(StringComparer.Ordinal));

        // With a type, one is left, and it is a match; by its Wikidata item, too.
        var typed = await JsonOf(await host.Client.GetAsync("/reconcile?queries=" + Uri.EscapeDataString("""{"q0":{"query":"Georgia","type":"State"},"q1":{"query":"Q230"}}""")));
        Assert.Equal([("x/georgia-state", "Georgia", 100.0, true)], Candidates(typed, "q0"));
        Assert.Equal([("x/georgia-state", "Georgia", 100.0, true)], Candidates(typed, "q1"));
    }

    [Fact]
    public async Task The_Wikidata_service_answers_with_the_items_the_export_links_and_only_those()
    {
        await using var host = await TestServerHost.StartAsync(SeedData.Value);
        var batch = await JsonOf(await host.Client.SendAsync(Form("/reconcile/wikidata", "queries=" + Uri.EscapeDataString("""{"q0":{"query":"Russia"},"q1":{"query":"Crimea"},"q2":{"query":"kyiv"},"q3":{"query":"Donbas"}}"""))));
        Assert.Equal(("Q159", "Russia", 100.0, true), Candidates(batch, "q0")[0]);
        Assert.Equal(("Q7835", "Crimea", 100.0, true), Candidates(batch, "q1")[0]); // the seed links Crimea to Q7835
        Assert.Equal(("Q212", "Ukraine", 95.0, true), Candidates(batch, "q2")[0]);
        Assert.Empty(Candidates(batch, "q3")); // the export has no item for Donbas

        var card = await host.Client.GetAsync("/reconcile/wikidata/preview?id=Q159");
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Contains(">Russia</a>", await card.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_preview_is_a_small_card_with_everything_from_the_data_encoded()
    {
        await using var host = await TestServerHost.StartAsync(Turtle("""
            ex:bad a kg:Person ; rdfs:label "<script>alert(1)</script>"@en ; skos:altLabel "\"onload=x"@en ; owl:sameAs wd:Q42 .
            """));
        var card = await host.Client.GetAsync("/reconcile/preview?id=x/bad");
        var html = await card.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Equal("text/html", card.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", card.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("\"onload", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("https://www.wikidata.org/wiki/Q42", html);
        Assert.Contains("http://localhost/id/x/bad", html);

        var missing = await host.Client.GetAsync("/reconcile/preview?id=x/nobody");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no resource with the id 'x/nobody'", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Suggestions_offer_names_that_start_with_what_is_typed_labels_first()
    {
        await using var host = await TestServerHost.StartAsync(SeedData.Value);
        async Task<List<string>> Names(string path)
        {
            var answer = await JsonOf(await host.Client.GetAsync(path));
            return [.. answer.GetProperty("result").EnumerateArray().Select(r => r.GetProperty("id").GetString() + " " + r.GetProperty("name").GetString())];
        }

        Assert.Equal(["entity/region.donbas Donbas", "entity/Q16150196 Donetsk People's Republic", "entity/group.donetsk-residents.000_ee2775bcac5f55b5 Donetsk residents"],
            await Names("/reconcile/suggest/entity?prefix=don"));
        // A label first, then names with a later word that starts so (names in ordinal order).
        Assert.Equal(["entity/platform.telegram Telegram", "entity/channel.dpr-embassy-in-moscows-telegram-page DPR Embassy in Moscow's Telegram page",
            "entity/channel.denis-pushilins-telegram-channel Denis Pushilin's Telegram channel"], await Names("/reconcile/suggest/entity?prefix=Tele"));
        // An alias; the cursor skips what was shown.
        Assert.Equal(["entity/news-agency.korean-central-news-agency Korean Central News Agency"], await Names("/reconcile/suggest/entity?prefix=kcn"));
        Assert.Equal(["entity/Q16150196 Donetsk People's Republic", "entity/group.donetsk-residents.000_ee2775bcac5f55b5 Donetsk residents"], await Names("/reconcile/suggest/entity?prefix=don&cursor=1"));
        // Wikidata ids: only what the export links.
        Assert.Equal(["Q16150196 Donetsk People's Republic"], await Names("/reconcile/wikidata/suggest/entity?prefix=don"));

        var bad = await host.Client.GetAsync("/reconcile/suggest/entity?prefix=don&cursor=-1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("cursor must be a whole number", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/reconcile/suggest/entity")).StatusCode);
    }

    [Theory]
    [InlineData("queries=%7B%0A+not+json", "'queries' is not JSON at line 2, byte 2: ")]
    [InlineData("queries=%5B1%2C2%5D", "'queries' must be a JSON object of queries by name")]
    [InlineData("queries=%7B%22q0%22%3A%22Russia%22%7D", "query 'q0' must be an object with 'query'")]
    [InlineData("queries=%7B%22q0%22%3A%7B%22query%22%3A5%7D%7D", "query 'q0': 'query' must be a string, not a number")]
    [InlineData("queries=%7B%22q0%22%3A%7B%22query%22%3A%22x%22%2C%22limit%22%3A%22ten%22%7D%7D", "query 'q0': 'limit' must be a whole number")]
    [InlineData("queries=%7B%22q0%22%3A%7B%22query%22%3A%22x%22%2C%22properties%22%3A%5B%7B%22pid%22%3A%22P1%22%7D%5D%7D%7D", "query 'q0': property 0 needs 'v'")]
    [InlineData("queries=%7B%22q0%22%3A%7B%7D%7D", "query 'q0' has neither a 'query' text nor 'properties'")]
    [InlineData("queries=%7B%7D&callback=f", "JSONP ('callback') is not served")]
    [InlineData("query=Russia", "send a batch as 'queries'")]
    [InlineData("nothing=1", "the form has no 'queries' field")]
    [InlineData("queries=%7B%7D&queries=%7B%7D", "give exactly one 'queries' parameter")]
    public async Task What_is_not_a_batch_is_400_with_a_message_and_the_server_goes_on(string body, string expected)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var response = await host.Client.SendAsync(Form("/reconcile", body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, text);
        Assert.DoesNotContain(" at KgExport", text);
        var ok = await host.Client.SendAsync(Form("/reconcile", "queries=" + Uri.EscapeDataString("""{"q0":{"query":"Alice"}}""")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Mangled_batches_are_answered_or_refused_never_a_server_error()
    {
        await using var host = await TestServerHost.StartAsync(SeedData.Value);
        var json = Uri.UnescapeDataString(OpenRefineBody["queries=".Length..].Replace('+', ' '));
        var random = new Random(20);
        const string Noise = "{}[]\",:0-1.e\\ nulltruefalse\u0000\uFFFF\uD800q";
        var statuses = new SortedSet<int>();
        for (var i = 0; i < 300; i++)
        {
            var chars = json.ToCharArray().ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, Noise[random.Next(Noise.Length)]); break;
                    default: chars.RemoveRange(at, chars.Count - at); break;
                }
            }
            var mangled = new string([.. chars]);
            using var response = await host.Client.SendAsync(Form("/reconcile", "queries=" + Uri.EscapeDataString(mangled.Replace('\uD800', '?'))));
            var body = await response.Content.ReadAsStringAsync();
            statuses.Add((int)response.StatusCode);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {mangled}: {body}");
            if (response.StatusCode == HttpStatusCode.OK) JsonDocument.Parse(body).Dispose();
            else Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        }
        // The mutations reached both outcomes, so the check above checked something.
        Assert.Equal([200, 400], statuses);
    }

    [Fact]
    public async Task Deep_large_and_foreign_bodies_are_refused_by_their_limits()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), new Dictionary<string, string?> { ["Server:MaxBodyBytes"] = "1000" });
        var deep = "queries=" + Uri.EscapeDataString("{\"q0\":" + new string('[', 5000) + new string(']', 5000) + "}");
        var tooLarge = await host.Client.SendAsync(Form("/reconcile", deep));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        var nested = "queries=" + Uri.EscapeDataString("{\"q0\":{\"query\":\"a\",\"properties\":[{\"pid\":\"p\",\"v\":" + new string('[', 40) + new string(']', 40) + "}]}}");
        var tooDeep = await host.Client.SendAsync(Form("/reconcile", nested));
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
        Assert.Contains("'queries' is not JSON at line 1, byte ", await tooDeep.Content.ReadAsStringAsync());

        var json = new HttpRequestMessage(HttpMethod.Post, "/reconcile") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        var foreign = await host.Client.SendAsync(json);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, foreign.StatusCode);
        Assert.Contains("application/x-www-form-urlencoded with queries=", await foreign.Content.ReadAsStringAsync());

        var many = "{" + string.Join(",", Enumerable.Range(0, 501).Select(i => $"\"q{i}\":{{\"query\":\"a\"}}")) + "}";
        await using var roomy = await TestServerHost.StartAsync(TestData.People());
        var tooMany = await roomy.Client.SendAsync(Form("/reconcile", "queries=" + Uri.EscapeDataString(many)));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("at most 500 queries", await tooMany.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_batch_that_runs_out_of_time_is_503_and_says_so()
    {
        // A timeout shorter than a tick: the clock has run out before the first entity is read.
        await using var host = await TestServerHost.StartAsync(TestData.People(), new Dictionary<string, string?> { ["Server:QueryTimeoutSeconds"] = "0.0000000001" });
        var response = await host.Client.SendAsync(Form("/reconcile", "queries=" + Uri.EscapeDataString("""{"q0":{"query":"Alice"}}""")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("the batch took longer than the limit", await response.Content.ReadAsStringAsync());
    }

    private static Dataset Turtle(string body)
    {
        var text = """
            @prefix ex: <https://w3id.org/kgexport/id/x/> .
            @prefix kg: <https://w3id.org/kgexport/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix wd: <http://www.wikidata.org/entity/> .

            """ + body;
        var parser = RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = "test.ttl" });
        return new Dataset(parser.Parse(new StringReader(text)));
    }
}
