using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using KgExport.Rdf;

namespace KgExport.Benchmarks;

/// <summary>
/// Writer throughput (N-Triples, N-Quads, pretty Turtle and TriG) and RDFC-1.0 cost on generated statements with
/// the variety of the real export: IRIs in several namespaces, language-tagged and typed literals, escapes,
/// nested blank nodes, collections and named graphs. Output goes through a UTF-8 StreamWriter into Stream.Null.
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private const string Kg = "https://w3id.org/kgexport/ontology#";
    private const string Res = "https://w3id.org/kgexport/resource/";

    private static readonly string[] Languages = ["en", "fr", "de", "ru", "zh-Hans", "ar"];

    private Quad[] _quads = [];
    private Quad[] _triples = [];
    private Quad[] _blankHeavy = [];
    private PrefixMap _prefixes = new();

    [Params(100_000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _quads = Generate(Statements).ToArray();
        _triples = _quads.Select(q => q.InGraph(null)).ToArray();
        _blankHeavy = _quads.Where(q => q.Subject is BlankNode || q.Object is BlankNode).Take(5_000).ToArray();
        _prefixes = new PrefixMap(
        [
            new("kg", Kg),
            new("res", Res),
            new("xsd", Vocab.Xsd.Namespace),
            new("rdf", Vocab.Rdf.Namespace),
        ]);
    }

    [Benchmark]
    public void NTriples() => Write(RdfFormat.NTriples, _triples);

    [Benchmark]
    public void NQuads() => Write(RdfFormat.NQuads, _quads);

    [Benchmark]
    public void Turtle() => Write(RdfFormat.Turtle, _triples);

    [Benchmark]
    public void TriG() => Write(RdfFormat.TriG, _quads);

    [Benchmark]
    public int CanonicalizeBlankNodeQuads() => RdfCanonicalizer.Canonicalize(_blankHeavy).Quads.Count;

    private void Write(RdfFormat format, Quad[] quads)
    {
        using var output = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
        var writer = RdfIo.CreateWriter(format, output, new WriterOptions { Prefixes = _prefixes });
        foreach (var q in quads) writer.Write(q);
        writer.Finish();
    }

    /// <summary>A deterministic stream of about <paramref name="count"/> statements.</summary>
    public static IEnumerable<Quad> Generate(int count)
    {
        var random = new Random(4242);
        var type = Vocab.Rdf.Type;
        var produced = 0;
        for (var i = 0; produced < count; i++)
        {
            var act = new Iri($"{Res}act/{i:D7}");
            var graph = new Iri($"{Res}article/{i / 50:D6}");
            var recogniser = new Iri($"{Res}state/S{random.Next(200)}");
            var evidence = new BlankNode($"ev{i}");
            var list = new BlankNode($"l{i}a");
            var list2 = new BlankNode($"l{i}b");
            var inv = CultureInfo.InvariantCulture;
            Quad[] batch =
            [
                new(act, type, new Iri(Kg + "RecognitionAct"), graph),
                new(act, new Iri(Kg + "recogniser"), recogniser, graph),
                new(act, new Iri(Kg + "recognised"), new Iri($"{Res}state/S{random.Next(200)}"), graph),
                new(act, new Iri(Kg + "date"), Literal.Typed($"20{random.Next(10, 25)}-0{random.Next(1, 9)}-1{random.Next(0, 9)}", Vocab.Xsd.Date), graph),
                new(act, new Iri(Kg + "ordinal"), Literal.Typed(random.Next(1, 120).ToString(inv), Vocab.Xsd.Integer), graph),
                new(act, new Iri(Kg + "confidence"), Literal.Typed((random.Next(0, 1000) / 1000m).ToString("0.000", inv), Vocab.Xsd.Decimal), graph),
                new(act, new Iri(Kg + "label"), Literal.WithLanguage($"Akt {i} \"zitiert\" — Anerkennung\nzweite Zeile", Languages[i % Languages.Length]), graph),
                new(act, new Iri(Kg + "evidence"), evidence, graph),
                new(evidence, new Iri(Kg + "exact"), new Literal($"…the government said it \"recognises\" the state (#{i})\t."), graph),
                new(evidence, new Iri(Kg + "start"), Literal.Typed((i * 13 % 5000).ToString(inv), Vocab.Xsd.Integer), graph),
                new(act, new Iri(Kg + "sources"), list, graph),
                new(list, Vocab.Rdf.First, new Iri($"{Res}agency/A{random.Next(20)}"), graph),
                new(list, Vocab.Rdf.Rest, list2, graph),
                new(list2, Vocab.Rdf.First, new Iri($"{Res}agency/A{random.Next(20)}"), graph),
                new(list2, Vocab.Rdf.Rest, Vocab.Rdf.Nil, graph),
            ];
            foreach (var q in batch)
            {
                produced++;
                yield return q;
            }
        }
    }
}
