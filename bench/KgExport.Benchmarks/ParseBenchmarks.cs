using BenchmarkDotNet.Attributes;
using KgExport.Rdf;

namespace KgExport.Benchmarks;

/// <summary>Parser throughput on generated data (see <see cref="SampleData"/>): quads per second per syntax.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _turtle = "";
    private string _ntriples = "";

    [Params(100_000)]
    public int Triples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _turtle = SampleData.Turtle(Triples);
        _ntriples = SampleData.NTriples(Triples);
    }

    [Benchmark]
    public int Turtle() => Count(new TurtleParser(new ParserOptions(), allowGraphs: false), _turtle);

    [Benchmark]
    public int TriG() => Count(new TurtleParser(new ParserOptions(), allowGraphs: true), _turtle);

    [Benchmark]
    public int NTriples() => Count(new NQuadsParser(new ParserOptions(), allowQuads: false), _ntriples);

    private static int Count(IRdfParser parser, string text)
    {
        var n = 0;
        foreach (var _ in parser.Parse(new StringReader(text))) n++;
        return n;
    }
}
