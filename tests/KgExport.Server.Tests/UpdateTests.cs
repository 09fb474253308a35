using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KgExport.Server.Tests;

/// <summary>/update: refused (403) unless --allow-update and the bearer token; atomic when it runs.</summary>
public sealed class UpdateTests
{
    private const string Insert = "INSERT DATA { <http://example.org/erin> <http://www.w3.org/2000/01/rdf-schema#label> \"Erin\" }";

    private static HttpRequestMessage Update(string text, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/update") { Content = new StringContent(text, Encoding.UTF8, "application/sparql-update") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<bool> ErinExists(HttpClient client) =>
        (await client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString("ASK { <http://example.org/erin> ?p ?o }"))).Contains("true");

    [Fact]
    public async Task Updates_are_403_without_allow_update_even_with_the_token()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), new Dictionary<string, string?> { ["Server:UpdateToken"] = TestServerHost.Token });
        using var response = await host.Client.SendAsync(Update(Insert, TestServerHost.Token));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("--allow-update", await response.Content.ReadAsStringAsync());
        Assert.False(await ErinExists(host.Client));
    }

    [Theory]
    [InlineData(null, "Authorization: Bearer")]
    [InlineData("wrong", "not valid")]
    public async Task Updates_are_401_with_a_challenge_without_the_right_token(string? token, string expected)
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        using var response = await host.Client.SendAsync(Update(Insert, token));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"kgexport\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.False(await ErinExists(host.Client));
    }

    [Fact]
    public async Task Allow_update_without_a_configured_token_still_refuses()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), new Dictionary<string, string?> { ["Server:AllowUpdate"] = "true" });
        using var response = await host.Client.SendAsync(Update(Insert, "anything"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("none is configured", await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task With_the_token_an_update_applies_and_reads_see_it()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        using (var response = await host.Client.SendAsync(Update(Insert, TestServerHost.Token))) Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(await ErinExists(host.Client));

        var form = new HttpRequestMessage(HttpMethod.Post, "/update") { Content = new FormUrlEncodedContent([new("update", "DELETE WHERE { <http://example.org/erin> ?p ?o }")]) };
        TestServerHost.Authorize(form);
        using (var response = await host.Client.SendAsync(form)) Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await ErinExists(host.Client));
    }

    [Fact]
    public async Task Update_posted_to_sparql_is_gated_the_same_way()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People());
        var request = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new StringContent(Insert, Encoding.UTF8, "application/sparql-update") };
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_update_is_400_and_changes_nothing()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        using var response = await host.Client.SendAsync(Update("INSERT DATA { <http://example.org/erin> ", TestServerHost.Token));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("malformed update: 1:", await response.Content.ReadAsStringAsync());
        Assert.False(await ErinExists(host.Client));
    }

    [Fact]
    public async Task Update_with_a_wrong_media_type_is_415()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        var request = new HttpRequestMessage(HttpMethod.Post, "/update") { Content = new StringContent(Insert, Encoding.UTF8, "text/plain") };
        TestServerHost.Authorize(request);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Updates_get_no_cors_headers()
    {
        await using var host = await TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable());
        var request = Update(Insert, TestServerHost.Token);
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_default_graph_is_the_live_union_an_update_to_an_article_graph_shows_in_it()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds(), TestServerHost.Writable());
        const string graph = "https://w3id.org/kgexport/id/graph/000_ee2775bcac5f55b5";
        const string ask = "ASK { <http://example.org/added> ?p ?o }";
        using (var r = await host.Client.SendAsync(Update($"INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/added> <http://example.org/p> 1 }} }}", TestServerHost.Token)))
        {
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        }
        Assert.Contains("true", await host.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString(ask)));
        using (var r = await host.Client.SendAsync(Update($"DROP GRAPH <{graph}>", TestServerHost.Token))) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        Assert.Contains("false", await host.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString(ask)));
        var count = await host.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        Assert.Contains("\"0\"", count);
    }

    [Fact]
    public async Task Basic_users_are_challenged_then_write_with_their_password()
    {
        var settings = TestServerHost.Writable(("Server:Users", "alice:" + Protocol.PasswordHash.Create("correct horse", iterations: 1000)));
        await using var host = await TestServerHost.StartAsync(TestData.People(), settings);
        using (var anonymous = await host.Client.SendAsync(Update(Insert, null)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("Basic realm=\"kgexport\", charset=\"UTF-8\"", Assert.Single(anonymous.Headers.WwwAuthenticate).ToString());
            Assert.Contains("Authorization: Bearer", await anonymous.Content.ReadAsStringAsync());
        }
        HttpRequestMessage WithBasic(string password)
        {
            var request = Update(Insert, null);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:" + password)));
            return request;
        }
        using (var wrong = await host.Client.SendAsync(WithBasic("wrong horse"))) Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(await ErinExists(host.Client));
        using (var right = await host.Client.SendAsync(WithBasic("correct horse"))) Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.True(await ErinExists(host.Client));
    }

    [Fact]
    public async Task A_malformed_password_hash_stops_the_server_from_starting()
    {
        var e = await Assert.ThrowsAsync<ServerConfigurationException>(() => TestServerHost.StartAsync(TestData.People(), TestServerHost.Writable(("Server:Users", "bob:plain-text-password"))));
        Assert.Contains("user 'bob'", e.Message);
    }
}
