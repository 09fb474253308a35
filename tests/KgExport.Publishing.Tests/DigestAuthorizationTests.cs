using KgExport.Publishing.Http;

namespace KgExport.Publishing.Tests;

public class DigestAuthorizationTests
{
    // The worked example of RFC 2617 section 3.5.
    private const string Rfc2617Challenge =
        "realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

    [Fact]
    public void Rfc2617ExampleGivesTheRfcResponse()
    {
        var challenge = DigestChallenge.Parse(Rfc2617Challenge)!;
        Assert.Equal("testrealm@host.com", challenge.Realm);
        Assert.Equal("auth", challenge.Qop);
        Assert.Equal("MD5", challenge.Algorithm);
        var digest = new DigestAuthorization(challenge, "Mufasa", "Circle Of Life", () => "0a4f113b");
        var header = digest.For("GET", "/dir/index.html");
        Assert.Contains("response=\"6629fae49393a05397450978507c4ef1\"", header);
        Assert.Contains("nc=00000001", header);
        Assert.Contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"", header);
        // The nonce count goes up with each use of the same nonce, which changes the response.
        var second = digest.For("GET", "/dir/index.html");
        Assert.Contains("nc=00000002", second);
        Assert.DoesNotContain("6629fae49393a05397450978507c4ef1", second);
    }

    [Fact]
    public void ChallengeWithoutNonceIsRejected()
    {
        Assert.Null(DigestChallenge.Parse("realm=\"x\""));
    }

    [Fact]
    public void UnknownAlgorithmIsRefusedClearly()
    {
        var challenge = DigestChallenge.Parse("realm=\"r\", nonce=\"n\", algorithm=SHA-512-256")!;
        var e = Assert.Throws<NotSupportedException>(() => new DigestAuthorization(challenge, "u", "p"));
        Assert.Contains("SHA-512-256", e.Message);
    }

    [Fact]
    public async Task ConnectionAnswersADigestChallengeAndReusesTheNonce()
    {
        const string wwwAuthenticate = "Digest realm=\"SPARQL\", nonce=\"abc123\", opaque=\"op\", stale=\"false\", qop=\"auth\", algorithm=\"MD5\"";
        var handler = new FakeStore((request, n) =>
        {
            if (request.Headers.Authorization is null)
            {
                var challenge = FakeStore.Status(401);
                challenge.Headers.TryAddWithoutValidation("WWW-Authenticate", wwwAuthenticate);
                return challenge;
            }
            return FakeStore.Status(201);
        });
        using var connection = new StoreConnection(new StoreCredentials.UserPassword("dba", "secret"), RetryPolicy.None, handler);
        var uri = new Uri("http://127.0.0.1:1/sparql-graph-crud-auth?graph=http%3A%2F%2Fe%2Fg");
        await connection.SendAsync(HttpMethod.Put, uri, "<a:s> <a:p> <a:o> .\n"u8.ToArray(), "application/n-triples", null, CancellationToken.None);
        await connection.SendAsync(HttpMethod.Post, uri, "<a:s> <a:p> <a:o2> .\n"u8.ToArray(), "application/n-triples", null, CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count); // challenge, answer, then pre-emptive
        Assert.Null(handler.Requests[0].Authorization);
        var first = handler.Requests[1].Authorization!;
        Assert.StartsWith("Digest username=\"dba\", realm=\"SPARQL\", nonce=\"abc123\", uri=\"/sparql-graph-crud-auth?graph=http%3A%2F%2Fe%2Fg\"", first);
        Assert.Contains("nc=00000001", first);
        Assert.Contains("nc=00000002", handler.Requests[2].Authorization!);
        // The body is sent in full each time (the request is rebuilt, not reused).
        Assert.Equal("<a:s> <a:p> <a:o> .\n", handler.Requests[1].Body);

        // Check the response value independently of the implementation: MD5(HA1:nonce:nc:cnonce:qop:HA2).
        var cnonce = System.Text.RegularExpressions.Regex.Match(first, "cnonce=\"([^\"]+)\"").Groups[1].Value;
        static string Md5(string s) => Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(s)));
        var expected = Md5($"{Md5("dba:SPARQL:secret")}:abc123:00000001:{cnonce}:auth:{Md5("PUT:/sparql-graph-crud-auth?graph=http%3A%2F%2Fe%2Fg")}");
        Assert.Contains($"response=\"{expected}\"", first);
    }

    [Fact]
    public async Task SecondChallengeMeansWrongCredentials()
    {
        var handler = new FakeStore((_, _) =>
        {
            var challenge = FakeStore.Status(401, "<html><body><h1>Unauthorized</h1></body></html>");
            challenge.Headers.TryAddWithoutValidation("WWW-Authenticate", "Digest realm=\"SPARQL\", nonce=\"n1\", qop=\"auth\"");
            return challenge;
        });
        using var connection = new StoreConnection(new StoreCredentials.UserPassword("dba", "wrong"), RetryPolicy.Default, handler, sleep: (_, _) => Task.CompletedTask);
        var e = await Assert.ThrowsAsync<StoreRequestException>(() =>
            connection.SendAsync(HttpMethod.Get, new Uri("http://127.0.0.1:1/sparql-auth"), null, null, null, CancellationToken.None));
        Assert.Equal(401, e.StatusCode);
        Assert.Equal(1, e.Attempts); // a 4xx is never retried
        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains("401 Unauthorized", e.Message);
        Assert.Contains("authentication as \"dba\" was rejected", e.Message);
    }

    [Fact]
    public async Task BasicChallengeGetsBasicCredentials()
    {
        var handler = new FakeStore((request, _) =>
        {
            if (request.Headers.Authorization is null)
            {
                var challenge = FakeStore.Status(401);
                challenge.Headers.TryAddWithoutValidation("WWW-Authenticate", "Basic realm=\"fuseki\"");
                return challenge;
            }
            return FakeStore.Status(200);
        });
        using var connection = new StoreConnection(new StoreCredentials.UserPassword("admin", "pw"), RetryPolicy.None, handler);
        await connection.SendAsync(HttpMethod.Get, new Uri("http://127.0.0.1:1/ds/sparql"), null, null, null, CancellationToken.None);
        Assert.Equal("Basic " + Convert.ToBase64String("admin:pw"u8.ToArray()), handler.Requests[1].Authorization);
    }

    [Fact]
    public async Task BearerTokenIsSentOnEveryRequest()
    {
        var handler = new FakeStore((_, _) => FakeStore.Status(204));
        using var connection = new StoreConnection(new StoreCredentials.BearerToken("t0k"), RetryPolicy.None, handler);
        await connection.SendAsync(HttpMethod.Get, new Uri("http://127.0.0.1:1/x"), null, null, null, CancellationToken.None);
        Assert.Equal("Bearer t0k", Assert.Single(handler.Requests).Authorization);
    }
}
