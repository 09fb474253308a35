using BenchmarkDotNet.Attributes;
using KgExport.TestSupport;
using KgExport.Rdf;
using KgExport.Rdf.JsonLd;

namespace KgExport.Benchmarks;

/// <summary>JSON-LD writing (fromRdf + compaction/expansion) and reading (expansion + toRdf) on the recognition corpus.</summary>
[MemoryDiagnoser]
public class JsonLdBenchmarks
{
    private List<Quad> _quads = [];
    private string _compacted = "";
    private PrefixMap _prefixes = new();

    [Params(20_000)]
    public int Triples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var turtle = new StringWriter();
        new RecognitionCorpus().Write(turtle, Triples);
        var parser = new TurtleParser(new ParserOptions(), allowGraphs: false);
        _quads = [.. parser.Parse(new StringReader(turtle.ToString()))];
        _prefixes = parser.Prefixes;
        _compacted = Write(JsonLdForm.Compacted);
    }

    [Benchmark]
    public int WriteCompacted() => Write(JsonLdForm.Compacted).Length;

    [Benchmark]
    public int WriteExpanded() => Write(JsonLdForm.Expanded).Length;

    [Benchmark]
    public int ReadCompacted()
    {
        var parser = new JsonLdParser(new ParserOptions { DocumentLoader = new LocalDocumentLoader() });
        return parser.Parse(new StringReader(_compacted)).Count();
    }

    private string Write(JsonLdForm form)
    {
        var output = new StringWriter();
        var writer = new JsonLdWriter(output, new WriterOptions
        {
            Prefixes = _prefixes,
            JsonLd = new JsonLdWriterSettings { Form = form, DocumentLoader = new LocalDocumentLoader() },
        });
        foreach (var q in _quads) writer.Write(q);
        writer.Finish();
        return output.ToString();
    }
}
