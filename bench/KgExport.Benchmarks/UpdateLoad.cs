using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace KgExport.Benchmarks;

/// <summary>
/// `update-load URL TOKEN UPDATES CONCURRENCY`: sends UPDATES SPARQL updates (each an INSERT DATA of three triples
/// about a new subject) to URL/update from CONCURRENCY clients at once, and prints updates/s and the p50/p99 time to
/// the acknowledgement. Against `serve --location` every acknowledgement waited for its fsync (bench/store-compare.sh).
/// </summary>
public static class UpdateLoad
{
    public static int Run(string[] args)
    {
        if (args.Length != 4 || !int.TryParse(args[2], out var updates) || !int.TryParse(args[3], out var concurrency) || updates <= 0 || concurrency <= 0)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks update-load URL TOKEN UPDATES CONCURRENCY");
            return 2;
        }
        using var client = new HttpClient { BaseAddress = new Uri(args[0]) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", args[1]);
        var latencies = new double[updates];
        var next = -1;
        var failures = 0;
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < updates)
            {
                var s = $"<http://example.org/update/{run}/{i}>";
                var body = $"INSERT DATA {{ {s} <http://example.org/a> {i} ; <http://example.org/b> \"update {i}\" ; <http://example.org/c> <http://example.org/x> }}";
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("update", new StringContent(body, Encoding.UTF8, "application/sparql-update"));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        })).ToArray();
        Task.WaitAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        string Ms(double q) => latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))].ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{updates} updates, {concurrency} clients: {updates / seconds:0} updates/s, p50 {Ms(0.5)} ms, p99 {Ms(0.99)} ms, {failures} failed"));
        return failures == 0 ? 0 : 1;
    }
}
