using BenchmarkDotNet.Attributes;
using KgExport.Extraction;
using KgExport.Extraction.Text;

namespace KgExport.Benchmarks.Extraction;

/// <summary>
/// Articles per second through reading and extraction (text -> sentences -> mentions -> facts -> facts format),
/// over 1,000 generated articles. BenchmarkDotNet reports the time per article (OperationsPerInvoke);
/// articles/s = 1 s / that time. Target: at least 2,000 articles/s on the 2-core reference machine.
/// </summary>
[MemoryDiagnoser]
public class ExtractionThroughputBenchmarks
{
    private const int Articles = 1000;
    private static readonly ExtractionOptions Options = new() { Today = new DateOnly(2026, 11, 29) };
    private List<string> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = new ArticleCorpus().Generate(Articles);
        _ = new FactExtractor(); // load the gazetteer outside the measurement
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int ReadAndExtract()
    {
        var facts = 0;
        for (var i = 0; i < _articles.Count; i++)
        {
            var document = ArticleReader.Read("a" + i, _articles[i]);
            var result = ArticleExtraction.Extract(document, Options);
            facts += result.Recognitions.Count + result.Severances.Count + result.Annexations.Count;
        }
        return facts;
    }

    /// <summary>The same work spread over the machine's cores (articles are independent; the extractor is shared).</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int ReadAndExtractParallel()
    {
        var facts = 0;
        Parallel.For(0, _articles.Count, i =>
        {
            var result = ArticleExtraction.Extract(ArticleReader.Read("a" + i, _articles[i]), Options);
            Interlocked.Add(ref facts, result.Recognitions.Count + result.Severances.Count + result.Annexations.Count);
        });
        return facts;
    }
}
