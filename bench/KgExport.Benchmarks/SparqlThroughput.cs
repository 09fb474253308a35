using System.Diagnostics;
using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.Benchmarks;

/// <summary>
/// `sparql DATA QUERYDIR OUTDIR [RUNS] [TIMEOUT_SECONDS]`: loads DATA (a file, or a durable store's directory) once (timed), then runs every *.rq of QUERYDIR:
/// once to write its results to OUTDIR (SPARQL JSON, or N-Triples for graphs) and RUNS more times, printing the best
/// time. A query that runs out of time (default 300 s) prints "&gt;" and the timeout, and is not run again.
/// Output lines: "load\t&lt;triples&gt;\t&lt;wall ms&gt;\t&lt;cpu ms&gt;" then "&lt;query&gt;\t&lt;rows&gt;\t&lt;best wall ms&gt;\t&lt;best cpu ms&gt;"
/// (CPU: this process's CPU time, which a busy shared machine disturbs far less than wall time); the same lines as
/// bench/jena/SparqlRunner.java prints for Jena.
/// </summary>
public static class SparqlThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks sparql DATA.nt|ttl|STORE-DIR QUERYDIR OUTDIR [RUNS] [TIMEOUT_SECONDS]");
            return 2;
        }
        var runs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var timeout = TimeSpan.FromSeconds(args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 300);
        Directory.CreateDirectory(args[2]);
        var clock = Stopwatch.StartNew();
        var cpu = CpuTime();
        // A directory is a durable store (kgexport load --location): its dataset is what serve --location queries.
        using var store = Directory.Exists(args[0]) ? KgExport.Store.DurableStore.Open(args[0], warning => Console.Error.WriteLine(warning)) : null;
        var data = store?.Dataset ?? RdfIo.LoadFile(args[0]);
        Console.WriteLine(FormattableString.Invariant($"load\t{data.Count}\t{clock.Elapsed.TotalMilliseconds:0}\t{(CpuTime() - cpu).TotalMilliseconds:0}"));
        foreach (var file in Directory.GetFiles(args[1], "*.rq").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var query = SparqlQuery.Parse(File.ReadAllText(file));
            var options = new QueryOptions { Timeout = timeout };
            long rows;
            try
            {
                rows = WriteResults(query, data, options, Path.Combine(args[2], name));
            }
            catch (QueryEvaluationException e) when (e.IsLimit)
            {
                var ms = timeout.TotalMilliseconds;
                Console.WriteLine(FormattableString.Invariant($"{name}\t-\t>{ms:0}\t>{ms:0}"));
                continue;
            }
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            for (var i = 0; i < runs; i++)
            {
                clock.Restart();
                cpu = CpuTime();
                var r = QueryExecutor.Execute(query, data, options);
                _ = r.Kind switch
                {
                    QueryResultKind.Graph => r.Triples.Count(),
                    QueryResultKind.Bindings => r.Rows.Count(),
                    _ => 1,
                };
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                var used = (CpuTime() - cpu).TotalMilliseconds;
                // A thread that ends during the run takes its CPU time with it: such a run's CPU time is not kept.
                if (used >= 0) bestCpu = Math.Min(bestCpu, used);
            }
            if (runs == 0) best = bestCpu = 0;
            if (bestCpu == double.MaxValue) bestCpu = -1;
            Console.WriteLine(FormattableString.Invariant($"{name}\t{rows}\t{best:0.0}\t{bestCpu:0.0}"));
        }
        return 0;
    }

    /// <summary>Runs the query once and writes its results to PATH.nt (graphs) or PATH.srj; the number of rows or triples.</summary>
    private static long WriteResults(SparqlQuery query, Dataset data, QueryOptions options, string path)
    {
        var result = QueryExecutor.Execute(query, data, options);
        if (result.Kind == QueryResultKind.Graph)
        {
            var triples = result.Triples.ToList();
            using var w = new StreamWriter(path + ".nt");
            var writer = RdfIo.CreateWriter(RdfFormat.NTriples, w);
            foreach (var t in triples) writer.Write(t.InGraph(null));
            writer.Finish();
            return triples.Count;
        }
        var materialised = QueryResult.FromBindings(result.Variables, result.Rows.ToList());
        using var output = new StreamWriter(path + ".srj");
        SparqlResultsFormats.Write(result.Kind == QueryResultKind.Boolean ? result : materialised, SparqlResultsFormat.Json, output);
        return result.Kind == QueryResultKind.Boolean ? 1 : materialised.Rows.Count();
    }

    /// <summary>
    /// CPU time of this process: the sum over its threads of /proc/self/task/N/schedstat's first field (nanoseconds),
    /// the same measure bench/jena/SparqlRunner.java takes for Jena; the runtime's process time elsewhere.
    /// </summary>
    private static TimeSpan CpuTime()
    {
        if (Directory.Exists("/proc/self/task"))
        {
            long nanos = 0;
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                try
                {
                    var line = File.ReadAllText(Path.Combine(task, "schedstat"));
                    nanos += long.Parse(line.AsSpan(0, line.IndexOf(' ')), System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // the thread ended while we were reading
                }
            }
            return TimeSpan.FromTicks(nanos / 100);
        }
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
