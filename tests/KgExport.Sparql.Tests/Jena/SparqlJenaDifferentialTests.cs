using System.Diagnostics;
using System.Text;
using KgExport.Corpus;
using KgExport.Mapping;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using KgExport.TestSupport;
using Xunit.Abstractions;

namespace KgExport.Sparql.Tests.Jena;

/// <summary>
/// Differential tests against Jena ARQ 4.5: every query of bench/sparql-queries (35: lookups, joins, OPTIONAL, MINUS,
/// EXISTS, aggregates, paths, subqueries, VALUES, string/number/date/hash functions, ORDER BY with LIMIT, ASK,
/// CONSTRUCT, DESCRIBE; MINUS, OPTIONAL and a join over right sides that bind variables the left lacks) over the seed export and over the generated corpus of 100k triples gives the same results in
/// our engine as in Jena; over the seed export also the 34 queries of bench/sparql-queries-seed, written in the
/// export's own vocabulary (most bench queries find nothing in the small real export). Jena runs in one JVM per data file (bench/jena/SparqlRunner.java). Results compare as
/// bench/sparql-compare.sh does: blank nodes as wildcards, numbers by value, order only under ORDER BY, GROUP_CONCAT
/// parts as a multiset (SPARQL leaves their order open); graphs by isomorphism.
/// </summary>
public sealed class SparqlJenaDifferentialTests(ITestOutputHelper output)
{
    private const int GeneratedTriples = 100_000;

    private static string QueryDirectory => TestPaths.InRepository("bench", "sparql-queries");

    /// <summary>Queries in the export's own vocabulary (the bench set is shaped for the generated corpus).</summary>
    private static string SeedQueryDirectory => TestPaths.InRepository("bench", "sparql-queries-seed");

    [JenaFact]
    public void Seed_export_gives_the_same_results_as_jena()
    {
        var corpus = new CorpusRun(new CorpusOptions()).Collect(ArticleInput.Find([TestPaths.InRepository("seeds")], out var findProblems));
        Assert.True(findProblems.Count == 0 && corpus.Ok, string.Join("\n", findProblems.Concat(corpus.Problems)));
        var dataset = corpus.Dataset;
        var work = WorkDirectory("seed");
        var file = Path.Combine(work, "seed.nt");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            foreach (var q in ExportWriter.QuadsFor(dataset!, RdfFormat.NTriples))
            {
                writer.Write(NTriplesFormatter.Format(q with { Graph = null }));
                writer.Write('\n');
            }
        }
        AssertSameAsJena(file, Path.Combine(work, "seed-queries"), SeedQueryDirectory, minimumTriples: 100);
        AssertSameAsJena(file, Path.Combine(work, "bench-queries"), QueryDirectory, minimumTriples: 100);
    }

    [JenaFact]
    public void Generated_corpus_of_100k_triples_gives_the_same_results_as_jena()
    {
        var work = WorkDirectory("generated");
        var file = Path.Combine(work, "generated.ttl");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            new RecognitionCorpus().Write(writer, GeneratedTriples);
        }
        AssertSameAsJena(file, work, QueryDirectory, minimumTriples: GeneratedTriples);
    }

    private void AssertSameAsJena(string dataFile, string work, string queryDirectory, int minimumTriples)
    {
        var data = RdfIo.LoadFile(dataFile);
        Assert.True(data.Count >= minimumTriples, $"{dataFile}: {data.Count} triples, expected at least {minimumTriples}");
        var jenaDir = Path.Combine(work, "jena");
        RunJena(dataFile, queryDirectory, jenaDir);
        var queries = Directory.GetFiles(queryDirectory, "*.rq").Order(StringComparer.Ordinal).ToList();
        Assert.True(queries.Count >= 30, $"{queries.Count} queries in {queryDirectory}, the issue asks for at least 30");
        output.WriteLine($"{queries.Count} queries of {queryDirectory} over {dataFile} ({data.Count} triples)");
        var nonEmpty = 0;
        var failures = new List<string>();
        foreach (var file in queries)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var result = QueryExecutor.Execute(SparqlQuery.Parse(text), data, new QueryOptions { Timeout = TimeSpan.FromMinutes(2) });
            IReadOnlyList<string> differences;
            if (result.Kind == QueryResultKind.Graph)
            {
                var ours = result.Triples.Select(t => t.InGraph(null)).ToList();
                var theirs = RdfIo.LoadFile(Path.Combine(jenaDir, name + ".nt")).Quads.ToList();
                differences = Isomorphism.AreIsomorphic(theirs, ours)
                    ? []
                    : [$"graphs differ: Jena {theirs.Count} triples, ours {ours.Count}", Isomorphism.Describe(theirs, ours) ?? ""];
                output.WriteLine($"{name}: {ours.Count} triples, {(differences.Count == 0 ? "isomorphic" : "DIFFERENT")}");
            }
            else
            {
                var ours = QueryResult.FromBindings(result.Variables, result.Rows.ToList());
                var mine = result.Kind == QueryResultKind.Boolean ? result : ours;
                var theirs = SparqlResultsDiff.Read(Path.Combine(jenaDir, name + ".srj"));
                var ordered = text.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase);
                var separator = text.Contains("GROUP_CONCAT", StringComparison.OrdinalIgnoreCase) ? ConcatSeparator(text) : null;
                differences = SparqlResultsDiff.Compare(theirs, mine, ordered, separator);
                output.WriteLine($"{name}: {(result.Kind == QueryResultKind.Boolean ? "boolean" : ours.Rows.Count() + " rows")}, {(differences.Count == 0 ? "same" : "DIFFERENT")}");
            }
            if (result.Kind == QueryResultKind.Boolean || !IsEmpty(jenaDir, name)) nonEmpty++;
            if (differences.Count > 0) failures.Add($"{name}:\n{string.Join("\n", differences)}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {queries.Count} queries differ from Jena over {dataFile}:\n{string.Join("\n", failures)}");
        output.WriteLine($"{nonEmpty} of {queries.Count} queries have a non-empty answer");
        if (queryDirectory == SeedQueryDirectory || dataFile.EndsWith(".ttl", StringComparison.Ordinal))
            Assert.True(nonEmpty >= 30, $"only {nonEmpty} queries of {queryDirectory} have a non-empty answer over {dataFile}: too weak a comparison");
    }

    /// <summary>Whether Jena's answer has no rows (SELECT) or no triples (graphs).</summary>
    private static bool IsEmpty(string jenaDir, string name)
    {
        var graph = Path.Combine(jenaDir, name + ".nt");
        if (File.Exists(graph)) return new FileInfo(graph).Length == 0;
        return !SparqlResultsDiff.Read(Path.Combine(jenaDir, name + ".srj")).Rows.Any();
    }

    private static string ConcatSeparator(string query)
    {
        var match = System.Text.RegularExpressions.Regex.Match(query, "SEPARATOR\\s*=\\s*\"([^\"]*)\"", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value : " ";
    }

    private static string WorkDirectory(string label)
    {
        var dir = Path.Combine(Path.GetTempPath(), "kgexport-sparql-jena", $"{label}-{Environment.ProcessId}");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>bench/jena/SparqlRunner.java in one JVM: loads the data once, writes every query's results to outDir.</summary>
    private static void RunJena(string dataFile, string queryDirectory, string outDir)
    {
        var jena = TestPaths.JenaTool ?? throw new InvalidOperationException($"Jena wrapper not found under {TestPaths.Shared}/tools");
        var classPath = Run("bash", [jena, "classpath"], TimeSpan.FromMinutes(2)).Trim();
        Run("java", ["-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classPath, TestPaths.InRepository("bench", "jena", "SparqlRunner.java"),
            dataFile, queryDirectory, outDir, "0"], TimeSpan.FromMinutes(5));
    }

    private static string Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
