using System.Diagnostics;
using KgExport.Cli.Commands;
using KgExport.Publishing.Http;

namespace KgExport.Publishing.Tests;

/// <summary>
/// Stores that misbehave on purpose (issue 16): one that accepts the connection and never answers must not hold a
/// publish for minutes, and a redirect off http(s) must be a clear error, not an internal one.
/// </summary>
public sealed class HostileStoreTests : IDisposable
{
    // Bounds that a hung publish (5 attempts x 100 s by default) would break by far; not a measure of speed.
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);
    private readonly string _dir = Directory.CreateTempSubdirectory("kgexport-hostile-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Data()
    {
        var path = Path.Combine(_dir, "data.trig");
        File.WriteAllText(path, "<http://e/g1> { <http://e/s> <http://e/p> \"one\" . }\n<http://e/g2> { <http://e/s> <http://e/p> \"two\" . }\n");
        return path;
    }

    [Fact]
    public void A_store_that_never_answers_fails_after_timeout_times_attempts()
    {
        using var store = LoopbackStore.Silent();
        var request = new PublishCommand.PublishRequest([Data()], store.Url, null, null, null, null, null, 10000, DryRun: false, Verify: false)
        {
            Retry = new RetryPolicy(2, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)),
            TimeoutSeconds = 0.5,
        };

        var clock = Stopwatch.StartNew();
        var r = PublishRun.Invoke(request);

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains("the store did not answer within 0.5 s; gave up after 2 attempts", r.Stderr, StringComparison.Ordinal);
        // The second graph is not tried against a store that has stopped answering.
        Assert.Contains("http://e/g2 (from", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("not attempted: the store became unreachable", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, store.Requests);
    }

    [Fact]
    public void The_deadline_stops_the_whole_publish_with_one_line_and_exit_3()
    {
        using var store = LoopbackStore.Silent();
        var clock = Stopwatch.StartNew();
        // 5 attempts of 100 s each by default: only the deadline ends this one soon.
        var r = PublishRun.Cli("publish", Data(), "--store", store.Url, "--deadline", "1.5");

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.True(r.ExitCode == 3, r.ToString());
        var line = Assert.Single(r.Stderr.Split('\n'), l => l.StartsWith("publish: stopped at the deadline", StringComparison.Ordinal));
        Assert.Equal("publish: stopped at the deadline (--deadline 1.5 s) with 0 of 2 graphs published and 2 not (the one being sent may be partial on the store); rerun the same command to converge, graphs are replaced whole", line);
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_timeout_option_bounds_each_request()
    {
        using var store = LoopbackStore.Silent();
        var clock = Stopwatch.StartNew();
        // 5 attempts of 0.3 s with the default backoff (at most 0.5 + 1 + 2 + 4 s) instead of 5 x 100 s.
        var r = PublishRun.Cli("publish", Data(), "--store", store.Url, "--timeout", "0.3");

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains("the store did not answer within 0.3 s; gave up after 5 attempts", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "-1")]
    [InlineData("--deadline", "NaN")]
    [InlineData("--deadline", "1e300")]
    public void Timeouts_out_of_range_are_usage_errors(string option, string value)
    {
        var r = PublishRun.Cli("publish", Data(), "--store", "http://127.0.0.1:1/store", option, value);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains($"{option} must be a number of seconds greater than 0", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "which is not an http(s) URL")]
    [InlineData("ftp://127.0.0.1/x", "which is not an http(s) URL")]
    [InlineData("javascript:alert(1)", "which is not an http(s) URL")]
    public void A_redirect_off_http_is_a_clear_error(string location, string expected)
    {
        using var store = LoopbackStore.Answering($"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n");

        var r = PublishRun.Cli("publish", Data(), "--store", store.Url);

        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains($"the store redirected to {new Uri(location).AbsoluteUri}, {expected}; redirects are followed only to http(s)", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
        // Refused, not retried: the same request would be redirected the same way.
        Assert.Equal(2, store.Requests);
    }

    [Fact]
    public void A_redirect_loop_stops_after_the_cap()
    {
        using var store = LoopbackStore.Answering("HTTP/1.1 307 Temporary Redirect\r\nLocation: /store/again\r\nContent-Length: 0\r\n\r\n");

        var r = PublishRun.Cli("publish", Data(), "--store", store.Url);

        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains($"the store redirected more than {StoreRedirect.MaxHops} times", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(2 * (StoreRedirect.MaxHops + 1), store.Requests);
    }

    [Fact]
    public void A_see_other_answer_to_a_write_is_an_error()
    {
        using var store = LoopbackStore.Answering("HTTP/1.1 303 See Other\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");

        var r = PublishRun.Cli("publish", Data(), "--store", store.Url);

        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains("to a PUT, which would turn the write into a GET", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_within_the_store_is_followed_with_the_credentials_and_one_elsewhere_gets_none()
    {
        var seen = new List<(string Uri, string? Authorization)>();
        using var handler = new FakeStore((request, n) =>
        {
            seen.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString()));
            return request.RequestUri!.Host switch
            {
                "store.example" when request.RequestUri.AbsolutePath == "/old" => Redirect(308, "/new"),
                "store.example" => Redirect(307, "http://other.example/take"),
                _ => FakeStore.Status(204),
            };
        });
        using var connection = new StoreConnection(new StoreCredentials.BearerToken("secret"), RetryPolicy.None, handler);

        var response = await connection.SendAsync(HttpMethod.Put, new Uri("http://store.example/old"), [1, 2, 3], "application/n-triples", null, CancellationToken.None);

        Assert.Equal(204, response.StatusCode);
        Assert.Equal(
            [("http://store.example/old", "Bearer secret"), ("http://store.example/new", "Bearer secret"), ("http://other.example/take", null)],
            seen);
    }

    private static HttpResponseMessage Redirect(int status, string location)
    {
        var response = FakeStore.Status(status);
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    }
}
