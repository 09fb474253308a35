using BenchmarkDotNet.Attributes;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Benchmarks.Shacl;

/// <summary>
/// Validating a generated export (copies of the seed export, at least 1M triples by default) against the
/// project's shapes/kg.shapes.ttl. Loading is excluded: only ShapeValidator.Validate is measured.
/// bench/shacl-compare.sh runs the same data through `kgexport validate` and Jena's shacl side by side.
/// </summary>
[MemoryDiagnoser]
public class ShaclValidationBenchmarks
{
    private Dataset _data = null!;
    private ShapeValidator _validator = null!;

    [Params(1_000_000)]
    public int Triples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = SeedReplicaCorpus.Build(Triples);
        var shapesFile = Path.Combine(SeedReplicaCorpus.RepositoryRoot(), "shapes", "kg.shapes.ttl");
        _validator = new ShapeValidator(ShapesGraph.Load(RdfIo.LoadFile(shapesFile)));
        var report = _validator.Validate(_data);
        if (!report.Conforms) throw new InvalidOperationException($"the generated corpus should conform, but has {report.Results.Count} results");
    }

    [Benchmark]
    public int Validate() => _validator.Validate(_data).Results.Count;
}
