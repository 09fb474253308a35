using System.Diagnostics;
using System.Text;
using KgExport.Rdf;

namespace KgExport.Benchmarks;

/// <summary>
/// A quick side-by-side measure outside BenchmarkDotNet: <c>parse-file FILE...</c> parses each file once (after a
/// warm-up pass) and prints quads, seconds and quads per second; <c>generate N DIR</c> writes sample.ttl and sample.nt.
/// </summary>
public static class ParseThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length == 3 && args[0] == "generate")
        {
            var n = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            Directory.CreateDirectory(args[2]);
            File.WriteAllText(Path.Combine(args[2], "sample.ttl"), SampleData.Turtle(n), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(args[2], "sample.nt"), SampleData.NTriples(n), new UTF8Encoding(false));
            return 0;
        }
        foreach (var file in args.Skip(1))
        {
            var format = RdfFormats.TryFromPath(file, out var f) ? f : RdfFormat.Turtle;
            Parse(file, format);
            var sw = Stopwatch.StartNew();
            var count = Parse(file, format);
            sw.Stop();
            Console.WriteLine($"{Path.GetFileName(file)}: {count} quads in {sw.Elapsed.TotalSeconds:F3} s = {count / sw.Elapsed.TotalSeconds:F0} quads/s");
        }
        return 0;
    }

    private static int Count(IEnumerable<Quad> quads)
    {
        var n = 0;
        foreach (var _ in quads) n++;
        return n;
    }

    private static int Parse(string file, RdfFormat format)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false), false, 1 << 16);
        return Count(RdfIo.CreateParser(format, new ParserOptions { SourceName = file, BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri }).Parse(reader));
    }
}
