using System.Diagnostics;
using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.Benchmarks;

/// <summary>
/// `sparql DATA QUERYDIR OUTDIR [RUNS]`: loads DATA once (timed), then runs every *.rq of QUERYDIR: once to write
/// its results to OUTDIR (SPARQL JSON, or N-Triples for graphs) and RUNS more times, printing the best time.
/// Output lines: "load\t&lt;triples&gt;\t&lt;ms&gt;" then "&lt;query&gt;\t&lt;rows&gt;\t&lt;best ms&gt;".
/// </summary>
public static class SparqlThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks sparql DATA.nt|ttl QUERYDIR OUTDIR [RUNS]");
            return 2;
        }
        var runs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
        Directory.CreateDirectory(args[2]);
        var clock = Stopwatch.StartNew();
        var data = RdfIo.LoadFile(args[0]);
        Console.WriteLine($"load\t{data.Count}\t{clock.Elapsed.TotalMilliseconds:0}");
        foreach (var file in Directory.GetFiles(args[1], "*.rq").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var query = SparqlQuery.Parse(File.ReadAllText(file));
            var options = new QueryOptions { Timeout = TimeSpan.FromMinutes(5) };
            long rows;
            var result = QueryExecutor.Execute(query, data, options);
            if (result.Kind == QueryResultKind.Graph)
            {
                var triples = result.Triples.ToList();
                rows = triples.Count;
                using var w = new StreamWriter(Path.Combine(args[2], name + ".nt"));
                var writer = RdfIo.CreateWriter(RdfFormat.NTriples, w);
                foreach (var t in triples) writer.Write(t.InGraph(null));
                writer.Finish();
            }
            else
            {
                var materialised = QueryResult.FromBindings(result.Variables, result.Rows.ToList());
                rows = result.Kind == QueryResultKind.Boolean ? 1 : materialised.Rows.Count();
                using var w = new StreamWriter(Path.Combine(args[2], name + ".srj"));
                SparqlResultsFormats.Write(result.Kind == QueryResultKind.Boolean ? result : materialised, SparqlResultsFormat.Json, w);
            }
            var best = double.MaxValue;
            for (var i = 0; i < runs; i++)
            {
                clock.Restart();
                var r = QueryExecutor.Execute(query, data, options);
                _ = r.Kind switch
                {
                    QueryResultKind.Graph => r.Triples.Count(),
                    QueryResultKind.Bindings => r.Rows.Count(),
                    _ => 1,
                };
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{name}\t{rows}\t{best:0.0}");
        }
        return 0;
    }
}
