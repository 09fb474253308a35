using System.Diagnostics;
using System.Text;
using KgExport.Rdf;

namespace KgExport.Benchmarks;

/// <summary>
/// A quick parse-only measure outside BenchmarkDotNet, to set beside bench/compare.sh's end-to-end numbers:
/// <c>parse-file FILE...</c> parses each file once to warm up, once timed, and prints quads per second.
/// </summary>
public static class ParseThroughput
{
    public static int Run(string[] files)
    {
        if (files.Length == 0)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks parse-file FILE.ttl|FILE.nt|FILE.nq|FILE.trig...");
            return 2;
        }
        foreach (var file in files)
        {
            if (!RdfFormats.TryFromPath(file, out var format))
            {
                Console.Error.WriteLine($"{file}: cannot tell the RDF format from the extension");
                return 2;
            }
            Parse(file, format);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var count = Parse(file, format);
            sw.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"{Path.GetFileName(file)}: {count} quads in {sw.Elapsed.TotalSeconds:F3} s wall, {cpuSeconds:F3} s CPU = {count / sw.Elapsed.TotalSeconds:F0} quads/s");
        }
        return 0;
    }

    private static long Parse(string file, RdfFormat format)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false), false, 1 << 16);
        var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = file, BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri });
        long n = 0;
        foreach (var _ in parser.Parse(reader)) n++;
        return n;
    }
}
