using System.Text;
using BenchmarkDotNet.Attributes;
using KgExport.Benchmarks.Corpus;
using KgExport.Rdf;
using KgExport.TestSupport;

namespace KgExport.Benchmarks;

/// <summary>Parser throughput on the generated recognition corpus, as Turtle, TriG, N-Triples and RDF/XML.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _turtle = "";
    private string _ntriples = "";
    private string _rdfXml = "";

    [Params(100_000)]
    public int Triples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var turtle = new StringWriter();
        new RecognitionCorpus().Write(turtle, Triples);
        _turtle = turtle.ToString();
        var ntriples = new StringBuilder();
        foreach (var quad in new TurtleParser(new ParserOptions(), allowGraphs: false).Parse(new StringReader(_turtle)))
        {
            NTriplesFormatter.AppendQuad(ntriples, quad);
            ntriples.Append('\n');
        }
        _ntriples = ntriples.ToString();
        var rdfXml = new StringWriter();
        RdfXmlCorpus.Write(new TurtleParser(new ParserOptions(), allowGraphs: false).Parse(new StringReader(_turtle)), rdfXml);
        _rdfXml = rdfXml.ToString();
    }

    [Benchmark]
    public int Turtle() => Count(new TurtleParser(new ParserOptions(), allowGraphs: false), _turtle);

    [Benchmark]
    public int TriG() => Count(new TurtleParser(new ParserOptions(), allowGraphs: true), _turtle);

    [Benchmark]
    public int NTriples() => Count(new NQuadsParser(new ParserOptions(), allowQuads: false), _ntriples);

    [Benchmark]
    public int RdfXml() => Count(new RdfXmlParser(new ParserOptions()), _rdfXml);

    private static int Count(IRdfParser parser, string text)
    {
        var n = 0;
        foreach (var _ in parser.Parse(new StringReader(text))) n++;
        return n;
    }
}
