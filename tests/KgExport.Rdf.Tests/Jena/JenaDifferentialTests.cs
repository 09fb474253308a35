using System.Text;
using KgExport.Testing;
using Xunit.Abstractions;

namespace KgExport.Rdf.Tests.Jena;

/// <summary>
/// Differential test against Apache Jena: every Turtle file in the W3C suites that Jena accepts (no error and no
/// warning, as `riot --validate`) must convert with our Turtle parser and N-Triples writer to a graph isomorphic to
/// Jena's. Files Jena rejects are not compared.
/// </summary>
public sealed class JenaDifferentialTests(ITestOutputHelper output)
{
    /// <summary>Files where we knowingly differ from Jena, by path below the suites folder, with the reason.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        // W3C negative syntax tests (rdft:TestTurtleNegativeSyntax) that Jena 4.5 wrongly accepts; we must reject them.
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-01.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-02.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-03.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-04.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-05.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-06.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-07.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-numeric-escape-08.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-struct-08.ttl"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-turtle/turtle-syntax-bad-struct-11.ttl"] = NegativeTest,
        // Not a W3C test (no manifest entry): a \u-escaped UTF-16 surrogate pair. Jena joins the pair into one
        // character; we reject surrogate escapes, as the negative tests turtle-syntax-bad-numeric-escape-* require.
        ["rdf-tests/rdf/rdf11/rdf-turtle/test-38.ttl"] = "surrogate-pair \\u escapes: Jena joins them, we reject them",
    };

    private const string NegativeTest = "W3C negative syntax test that Jena 4.5 accepts";

    [JenaFact]
    public void Every_turtle_file_jena_accepts_converts_to_isomorphic_ntriples()
    {
        Assert.True(Directory.Exists(TestPaths.Conformance), $"W3C suites not found at {TestPaths.Conformance}");
        var turtleFiles = Directory.EnumerateFiles(TestPaths.Conformance, "*.ttl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(turtleFiles);

        var work = Directory.CreateTempSubdirectory("kgexport-jena-diff-");
        try
        {
            var ourRejections = new Dictionary<string, string>(StringComparer.Ordinal);
            var jobs = new StringBuilder();
            for (var i = 0; i < turtleFiles.Count; i++)
            {
                var turtle = turtleFiles[i];
                var ours = Path.Combine(work.FullName, $"{i}.ours.nt");
                var rejection = ConvertWithOurs(turtle, ours);
                if (rejection is not null) ourRejections[turtle] = rejection;
                jobs.Append(turtle).Append('\t').Append(rejection is null ? ours : "").Append('\t')
                    .Append(Path.Combine(work.FullName, $"{i}.jena.nt")).Append('\n');
            }
            var jobsFile = Path.Combine(work.FullName, "jobs.tsv");
            File.WriteAllText(jobsFile, jobs.ToString());

            var verdicts = JenaOracle.Judge(jobsFile, TimeSpan.FromMinutes(5));
            Assert.Equal(turtleFiles.Count, verdicts.Count);

            var counts = verdicts.GroupBy(v => v.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine($"{turtleFiles.Count} Turtle files: {string.Join(", ", counts)}");
            var weAcceptJenaRejects = verdicts.Where(v => v.Verdict == "REJECTED" && !ourRejections.ContainsKey(v.TurtlePath)).ToList();
            output.WriteLine($"{weAcceptJenaRejects.Count} files Jena rejects (often only for a warning) are accepted by our parser:");
            foreach (var v in weAcceptJenaRejects) output.WriteLine($"  {Path.GetRelativePath(TestPaths.Conformance, v.TurtlePath)}: {v.Detail}");

            var failures = new List<string>();
            for (var i = 0; i < verdicts.Count; i++)
            {
                var verdict = verdicts[i];
                if (verdict.Verdict is "SAME" or "REJECTED") continue;
                var relative = Path.GetRelativePath(TestPaths.Conformance, verdict.TurtlePath);
                if (KnownDifferences.ContainsKey(relative)) continue;
                var detail = verdict.Verdict switch
                {
                    "MISSING" => $"we reject it: {ourRejections.GetValueOrDefault(verdict.TurtlePath)}",
                    "DIFFERENT" => verdict.Detail + "\n" + GroundDifference(Path.Combine(work.FullName, $"{i}.jena.nt"), Path.Combine(work.FullName, $"{i}.ours.nt")),
                    _ => verdict.Detail,
                };
                failures.Add($"{verdict.Verdict} {relative}: {detail}");
            }
            var stale = KnownDifferences.Keys.Where(k => verdicts.Any(v => v.Verdict == "SAME" && Path.GetRelativePath(TestPaths.Conformance, v.TurtlePath) == k));
            failures.AddRange(stale.Select(k => $"FIXED {k}: remove it from KnownDifferences"));

            Assert.True(failures.Count == 0, $"{failures.Count} differences from Jena:\n" + string.Join("\n", failures.Take(40)));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Converts with our stack; returns null on success, or our error message (and no output file).</summary>
    private static string? ConvertWithOurs(string turtle, string ntriples)
    {
        try
        {
            var parser = RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = turtle, BaseIri = new Uri(turtle).AbsoluteUri });
            using (var reader = new StreamReader(turtle, new UTF8Encoding(false, true)))
            using (var writer = new StreamWriter(ntriples, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                var quadWriter = RdfIo.CreateWriter(RdfFormat.NTriples, writer);
                foreach (var quad in parser.Parse(reader)) quadWriter.Write(quad);
                quadWriter.Finish();
            }
            return null;
        }
        catch (Exception ex) when (ex is RdfSyntaxException or DecoderFallbackException)
        {
            File.Delete(ntriples);
            return ex.Message;
        }
    }

    /// <summary>Lines without blank nodes that only one side has; enough to see most differences.</summary>
    private static string GroundDifference(string jena, string ours)
    {
        static HashSet<string> Ground(string path) =>
            File.Exists(path) ? File.ReadLines(path).Where(l => l.Length > 0 && !l.Contains("_:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal) : [];
        var expected = Ground(jena);
        var actual = Ground(ours);
        var onlyJena = expected.Except(actual).Order(StringComparer.Ordinal).Take(5).Select(l => "    jena only: " + l);
        var onlyOurs = actual.Except(expected).Order(StringComparer.Ordinal).Take(5).Select(l => "    ours only: " + l);
        return string.Join("\n", onlyJena.Concat(onlyOurs));
    }
}
