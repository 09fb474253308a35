using System.Diagnostics;
using KgExport.Corpus;
using KgExport.Rdf;
using KgExport.Testing;

namespace KgExport.Shacl.Tests;

/// <summary>
/// Broken copies of the seed export (Fixtures/BrokenSeed/*.trig: triples to remove and to add), each breaking a
/// different shape of shapes/kg.shapes.ttl. Our validator and Jena's shacl must agree on sh:conforms and on the set
/// of (focus node, result path, constraint component) results. Skips visibly without Jena, fails on CI.
/// </summary>
public class JenaDifferentialTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "BrokenSeed");
    private static readonly string ShapesFile = TestPaths.InRepository("shapes", "kg.shapes.ttl");
    private static readonly Lazy<Dataset> Seed = new(BuildSeedExport);

    private static List<string> FixtureNames() =>
        [.. Directory.EnumerateFiles(FixtureDirectory, "*.trig").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Fixtures() => new(FixtureNames());

    [Fact]
    public void There_are_at_least_ten_fixtures_each_breaking_something_different()
    {
        var validator = Validator();
        var signatures = FixtureNames().Select(f => string.Join("\n", Results(validator.Validate(Broken(f)).ToDataset()).Results)).ToList();
        Assert.True(signatures.Count >= 10, $"only {signatures.Count} fixtures");
        Assert.Equal(signatures.Count, signatures.Distinct().Count());
    }

    [Fact]
    public void The_seed_export_itself_conforms()
    {
        var report = Validator().Validate(Seed.Value);
        Assert.True(report.Conforms, string.Join("\n", report.Results.Select(r => $"{r.FocusNode} {r.Path} {r.Component}")));
    }

    [SkippableTheory]
    [MemberData(nameof(Fixtures))]
    public void Our_report_agrees_with_jena(string fixture)
    {
        var data = Broken(fixture);
        var ours = Results(Validator().Validate(data).ToDataset());
        Assert.False(ours.Conforms, $"{fixture} breaks nothing");

        var jena = TestPaths.JenaTool;
        if (jena is null)
        {
            Assert.False(TestPaths.IsCi, "Jena (../shared/tools/jena) is required on CI");
            Skip.If(true, "Jena not found (../shared/tools/jena): differential test not run");
        }
        var theirs = Results(RunJena(jena!, data));
        Assert.Equal(theirs.Conforms, ours.Conforms);
        Assert.Equal(theirs.Results, ours.Results);
    }

    private static ShapeValidator Validator()
    {
        var parser = new TurtleParser(new ParserOptions { SourceName = ShapesFile, BaseIri = new Uri(ShapesFile).AbsoluteUri }, allowGraphs: false);
        using var reader = new StreamReader(ShapesFile);
        return new ShapeValidator(ShapesGraph.Load(new Dataset(parser.Parse(reader))));
    }

    private static Dataset BuildSeedExport()
    {
        var articles = ArticleInput.Find([TestPaths.InRepository("seeds")], out var problems);
        Assert.Empty(problems);
        var corpus = new CorpusRun(new CorpusOptions()).Collect(articles);
        var export = corpus.Ok ? corpus.Dataset : throw new InvalidOperationException(string.Join("\n", corpus.Problems));
        return new Dataset(export.Quads.Select(q => q with { Graph = null }));
    }

    /// <summary>The seed export with a fixture's patch applied; every triple it removes must be there (so fixtures cannot go stale silently).</summary>
    private static Dataset Broken(string fixture)
    {
        var path = Path.Combine(FixtureDirectory, fixture);
        var parser = new TurtleParser(new ParserOptions { SourceName = path }, allowGraphs: true);
        using var reader = new StreamReader(path);
        var patch = parser.Parse(reader).ToList();
        var data = new Dataset(Seed.Value.Quads);
        foreach (var q in patch)
        {
            var triple = q with { Graph = null };
            switch ((q.Graph as Iri)?.Value)
            {
                case "https://w3id.org/kgexport/id/remove":
                    Assert.True(data.Remove(triple), $"{fixture}: the seed export has no {triple}; update the fixture");
                    break;
                case "https://w3id.org/kgexport/id/add":
                    data.Add(triple);
                    break;
                default:
                    throw new InvalidOperationException($"{fixture}: triples belong in <remove> or <add>, not {q.Graph}");
            }
        }
        return data;
    }

    private static Dataset RunJena(string jena, Dataset data)
    {
        var dataFile = Path.Combine(Path.GetTempPath(), $"kgexport-shacl-{Guid.NewGuid():N}.nt");
        try
        {
            using (var writer = new StreamWriter(dataFile))
            {
                RdfIo.Write(data, RdfFormat.NTriples, writer);
            }
            var start = new ProcessStartInfo("bash", [jena, "shacl-check", "--shapes", ShapesFile, "--data", dataFile])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var report = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode is 0 or 1, $"jena shacl-check failed ({process.ExitCode}): {stderr.Result}");
            var parser = new TurtleParser(new ParserOptions { SourceName = "jena-report.ttl" }, allowGraphs: false);
            return new Dataset(parser.Parse(new StringReader(report)));
        }
        finally
        {
            File.Delete(dataFile);
        }
    }

    private sealed record ReportSet(bool? Conforms, List<string> Results);

    /// <summary>sh:conforms and the sorted, de-duplicated (focus node, path, component) of each result of an RDF report.</summary>
    private static ReportSet Results(Dataset report)
    {
        var root = Assert.Single(report.Match(null, Vocab.Rdf.Type, ShaclVocab.ValidationReport, null)).Subject;
        Term? One(Term s, Iri p) => report.Match(s, p, null, null).Select(q => q.Object).FirstOrDefault();
        bool? conforms = One(root, ShaclVocab.Conforms) is Literal l ? l.LexicalForm == "true" : null;
        var results = report.Match(root, ShaclVocab.Result, null, null)
            .Select(q => q.Object)
            .Select(r => $"{One(r, ShaclVocab.FocusNode)} {(One(r, ShaclVocab.ResultPath) is { } p ? PathText(report, p) : "-")} {One(r, ShaclVocab.SourceConstraintComponent)}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ReportSet(conforms, results);
    }

    private static string PathText(Dataset g, Term p)
    {
        if (p is not BlankNode) return p.ToString();
        Term? One(Iri pr) => g.Match(p, pr, null, null).Select(q => q.Object).FirstOrDefault();
        if (One(ShaclVocab.InversePath) is { } i) return "^" + PathText(g, i);
        if (One(ShaclVocab.ZeroOrMorePath) is { } z) return PathText(g, z) + "*";
        if (One(ShaclVocab.OneOrMorePath) is { } o) return PathText(g, o) + "+";
        if (One(ShaclVocab.ZeroOrOnePath) is { } q) return PathText(g, q) + "?";
        if (One(ShaclVocab.AlternativePath) is { } a) return "(" + string.Join("|", ListItems(g, a).Select(x => PathText(g, x))) + ")";
        return "(" + string.Join("/", ListItems(g, p).Select(x => PathText(g, x))) + ")";
    }

    private static IEnumerable<Term> ListItems(Dataset g, Term head)
    {
        for (var cell = head; !cell.Equals(Vocab.Rdf.Nil);)
        {
            yield return g.Match(cell, Vocab.Rdf.First, null, null).Single().Object;
            cell = g.Match(cell, Vocab.Rdf.Rest, null, null).Single().Object;
        }
    }
}
