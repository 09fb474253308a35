using BenchmarkDotNet.Attributes;
using KgExport.Diff;
using KgExport.Rdf;

namespace KgExport.Benchmarks;

/// <summary>
/// `DatasetComparer.Compare` of two in-memory exports (a replicated seed-like graph, one date in every hundredth
/// node changed, some nodes with blank-node evidence) against RDFC-1.0 canonicalization of both sides, the work a
/// `canon`-then-compare would do. bench/diff-compare.sh measures the commands end to end on a 1M-quad export.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private List<Quad> _old = [];
    private List<Quad> _new = [];

    [Params(100_000)]
    public int Quads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _old = Build(Quads, changed: false);
        _new = Build(Quads, changed: true);
    }

    [Benchmark(Baseline = true)]
    public int CanonicalizeBoth() =>
        RdfCanonicalizer.ToCanonicalNQuads(_old).Length + RdfCanonicalizer.ToCanonicalNQuads(_new).Length;

    [Benchmark]
    public long Diff() => DatasetComparer.Compare(_old, _new).Counts.AddedQuads;

    private static List<Quad> Build(int quads, bool changed)
    {
        const string ns = "https://w3id.org/kgexport/";
        var type = new Iri(Vocab.Rdf.Namespace + "type");
        var act = new Iri(ns + "ontology#RecognitionAct");
        var date = new Iri(ns + "ontology#date");
        var party = new Iri(ns + "ontology#recogniser");
        var evidence = new Iri(ns + "ontology#evidence");
        var start = new Iri("http://www.w3.org/ns/oa#start");
        var dateType = new Iri(Vocab.Xsd.Namespace + "date");
        var list = new List<Quad>(quads);
        for (var i = 0; list.Count < quads; i++)
        {
            var graph = new Iri($"{ns}id/graph/{i / 50:D6}");
            var node = new Iri($"{ns}id/recognition/{i:D7}");
            var day = changed && i % 100 == 0 ? "14" : "13";
            list.Add(new Quad(node, type, act, graph));
            list.Add(new Quad(node, date, new Literal($"2022-07-{day}", dateType), graph));
            list.Add(new Quad(node, party, new Iri($"{ns}id/entity/Q{i % 200}"), graph));
            if (i % 10 == 0)
            {
                var blank = new BlankNode((changed ? "n" : "o") + i);
                list.Add(new Quad(node, evidence, blank, graph));
                list.Add(new Quad(blank, start, new Literal((i % 997).ToString(System.Globalization.CultureInfo.InvariantCulture), new Iri(Vocab.Xsd.Namespace + "integer")), graph));
            }
        }
        return list;
    }
}
