using KgExport.Publishing.Http;

namespace KgExport.Publishing.Tests;

public class RetryPolicyTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:1/sparql-graph-crud-auth?graph=g");

    [Fact]
    public void DelaysGrowExponentiallyWithinJitterBoundsAndAreCapped()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(1000));
        Assert.Equal(TimeSpan.FromMilliseconds(50), policy.DelayAfter(1, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(100), policy.DelayAfter(1, 1));
        Assert.Equal(TimeSpan.FromMilliseconds(200), policy.DelayAfter(3, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(400), policy.DelayAfter(3, 1));
        Assert.Equal(TimeSpan.FromMilliseconds(1000), policy.DelayAfter(9, 1));
        Assert.Equal(TimeSpan.FromMilliseconds(500), policy.DelayAfter(40, 0));
    }

    [Fact]
    public async Task ServerErrorsAreRetriedUntilSuccess()
    {
        var handler = new FakeStore((_, n) => n < 3 ? FakeStore.Status(503, "busy") : FakeStore.Status(201));
        var waits = new List<TimeSpan>();
        var policy = new RetryPolicy(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));
        using var connection = new StoreConnection(StoreCredentials.None, policy, handler, (t, _) => { waits.Add(t); return Task.CompletedTask; }, () => 0.5);
        var response = await connection.SendAsync(HttpMethod.Put, Endpoint, [1], "application/n-triples", null, CancellationToken.None);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(75), TimeSpan.FromMilliseconds(150) }, waits);
    }

    [Fact]
    public async Task ClientErrorsAreNotRetriedAndCarryTheStoresMessage()
    {
        const string page = "<html><head><title>SPARQL Graph Protocol request failed</title></head><body><h3>Error 22023</h3><xmp>The PUT request for graph &lt;g&gt; is rejected: bad &amp; wrong</xmp></body></html>";
        var handler = new FakeStore((_, _) => FakeStore.Status(400, page));
        using var connection = new StoreConnection(StoreCredentials.None, RetryPolicy.Default, handler, (_, _) => throw new InvalidOperationException("must not wait"));
        var e = await Assert.ThrowsAsync<StoreRequestException>(() => connection.SendAsync(HttpMethod.Put, Endpoint, [1], "application/n-triples", null, CancellationToken.None));
        Assert.Single(handler.Requests);
        Assert.Equal(400, e.StatusCode);
        Assert.Equal("PUT http://127.0.0.1:1/sparql-graph-crud-auth: the store answered 400 Bad Request: The PUT request for graph <g> is rejected: bad & wrong", e.Message);
    }

    [Fact]
    public async Task ConnectionErrorsGiveUpAfterTheBound()
    {
        var handler = new FakeStore((_, _) => throw new HttpRequestException("Connection refused (127.0.0.1:1)"));
        var waits = 0;
        using var connection = new StoreConnection(StoreCredentials.None, new RetryPolicy(4, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2)), handler, (_, _) => { waits++; return Task.CompletedTask; });
        var e = await Assert.ThrowsAsync<StoreRequestException>(() => connection.SendAsync(HttpMethod.Get, Endpoint, null, null, null, CancellationToken.None));
        Assert.True(e.IsUnreachable);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(3, waits);
        Assert.Contains("cannot reach the store (Connection refused (127.0.0.1:1)); gave up after 4 attempts", e.Message);
    }

    [Fact]
    public async Task CancellationStopsTheRetries()
    {
        using var cts = new CancellationTokenSource();
        var handler = new FakeStore((_, _) => { cts.Cancel(); return FakeStore.Status(503); });
        using var connection = new StoreConnection(StoreCredentials.None, RetryPolicy.Default, handler, Task.Delay);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.SendAsync(HttpMethod.Get, Endpoint, null, null, null, cts.Token));
        Assert.Single(handler.Requests);
    }
}
