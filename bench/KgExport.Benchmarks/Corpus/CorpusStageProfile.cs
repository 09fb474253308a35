using System.Globalization;
using KgExport.Corpus;
using KgExport.Extraction;
using KgExport.Extraction.Text;
using KgExport.Facts;
using KgExport.Mapping;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Benchmarks.Corpus;

/// <summary>
/// `corpus-stages DIR`: where an article's time and allocations go, one thread, summed over a directory of articles: reading, loading
/// (reviewed facts) or extracting, mapping, SHACL validation of the article graph, sorting and writing N-Quads.
/// Times are process CPU time (one busy thread), so they hold on a loaded machine where wall time does not.
/// </summary>
public static class CorpusStageProfile
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: KgExport.Benchmarks corpus-stages DIR SHAPES.ttl");
            return 2;
        }
        var inputs = ArticleInput.Find([args[0]], out var problems);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems));
        var validator = new ShapeValidator(ShapesGraph.Load(RdfIo.LoadFile(args[1])));
        var stages = new[] { "read", "facts", "map", "validate", "sort", "write" }.ToDictionary(s => s, _ => new CpuClock());
        long quads = 0;
        for (var round = 0; round < 2; round++)
        {
            // Round 0 warms up the JIT on the first 50 articles; round 1 is measured.
            foreach (var s in stages.Values) s.Reset();
            foreach (var input in round == 0 ? inputs.Take(50) : inputs)
            {
                stages["read"].Start();
                var raw = File.ReadAllText(input.TextPath);
                var factsJson = input.FactsPath is null ? null : File.ReadAllText(input.FactsPath);
                stages["read"].Stop();
                stages["facts"].Start();
                ArticleText text;
                ArticleFacts facts;
                if (factsJson is null)
                {
                    var document = PlainTextArticleReader.Read(Path.GetFileNameWithoutExtension(input.TextPath), raw);
                    text = new ArticleText(document.Text);
                    facts = FactsLoader.Verify(ArticleExtraction.Extract(document), text).Facts!;
                }
                else
                {
                    text = new ArticleText(raw);
                    facts = FactsLoader.Load(factsJson, text).Facts!;
                }
                stages["facts"].Stop();
                stages["map"].Start();
                var dataset = FactsMapper.Map(facts, text);
                stages["map"].Stop();
                stages["validate"].Start();
                var report = validator.Validate(dataset, IriMinter.Graph(facts.Article.Id));
                stages["validate"].Stop();
                if (!report.Conforms) throw new InvalidOperationException(input.TextPath + " does not conform");
                stages["sort"].Start();
                var sorted = dataset.Quads.Order(QuadComparer.Instance).ToList();
                stages["sort"].Stop();
                stages["write"].Start();
                var sw = new StringWriter();
                var writer = new NQuadsWriter(sw, allowQuads: true);
                foreach (var q in sorted)
                {
                    writer.Write(q);
                    if (round == 1) quads++;
                }
                writer.Finish();
                stages["write"].Stop();
            }
        }
        var total = stages.Values.Sum(s => s.Milliseconds);
        Console.WriteLine($"{inputs.Count} articles, {quads} quads, one thread, CPU time: {(inputs.Count / (total / 1000)).ToString("0", CultureInfo.InvariantCulture)} articles/s");
        foreach (var (name, s) in stages)
        {
            var perArticle = s.Milliseconds / inputs.Count;
            Console.WriteLine($"  {name,-9} {perArticle.ToString("0.000", CultureInfo.InvariantCulture)} ms/article  {(100 * s.Milliseconds / total).ToString("0", CultureInfo.InvariantCulture),3}%  {(s.AllocatedBytes / 1024.0 / inputs.Count).ToString("0.0", CultureInfo.InvariantCulture),8} KB allocated/article");
        }
        return 0;
    }
}

/// <summary>Process CPU time between Start and Stop, summed (fine while one thread does the work).</summary>
internal sealed class CpuClock
{
    private TimeSpan _started;
    private TimeSpan _total;

    private long _allocatedAtStart;

    public double Milliseconds => _total.TotalMilliseconds;

    /// <summary>Bytes this thread allocated between Start and Stop, summed.</summary>
    public long AllocatedBytes { get; private set; }

    public void Start()
    {
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        _started = Environment.CpuUsage.TotalTime;
    }

    public void Stop()
    {
        _total += Environment.CpuUsage.TotalTime - _started;
        AllocatedBytes += GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;
    }

    public void Reset()
    {
        _total = TimeSpan.Zero;
        AllocatedBytes = 0;
    }
}
