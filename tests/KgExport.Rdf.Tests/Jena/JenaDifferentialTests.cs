using System.Text;
using KgExport.Testing;
using Xunit.Abstractions;

namespace KgExport.Rdf.Tests.Jena;

/// <summary>
/// Differential tests against Apache Jena: every Turtle file in the W3C suites that Jena accepts (no error and no
/// warning, as `riot --validate`) must convert with our Turtle parser and N-Triples writer to a graph isomorphic to
/// Jena's; likewise every TriG, N-Quads and N-Triples file, through our N-Quads / N-Triples writer. Files Jena
/// rejects are not compared.
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
        // W3C negative syntax tests (rdft:TestTrigNegativeSyntax) that Jena 4.5 wrongly accepts.
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-graph-bad-02.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-list-01.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-list-02.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-list-03.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-list-04.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-01.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-02.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-03.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-04.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-05.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-06.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-07.trig"] = NegativeTest,
        ["rdf-tests/rdf/rdf11/rdf-trig/trig-syntax-bad-numeric-escape-08.trig"] = NegativeTest,
        // Not W3C tests (no manifest entries): a \u-escaped UTF-16 surrogate pair. Jena joins the pair into one
        // character; we reject surrogate escapes, as the negative tests turtle-syntax-bad-numeric-escape-* require.
        ["rdf-tests/rdf/rdf11/rdf-turtle/test-38.ttl"] = "surrogate-pair \\u escapes: Jena joins them, we reject them",
        ["rdf-tests/rdf/rdf11/rdf-turtle/test-38.nt"] = "surrogate-pair \\u escapes: Jena joins them, we reject them",
        // Exclusive XML Canonicalization sorts an element's attributes by namespace URI, the empty one least; Jena 4.5
        // writes unqualified attributes after the qualified ones in rdf:XMLLiteral values.
        ["tests/KgExport.Rdf.Tests/RdfXml/Documents/xml-literal-unqualified-attributes.rdf"] = "XML literal attribute order: Jena puts unqualified attributes last, C14N first",
    };

    private const string NegativeTest = "W3C negative syntax test that Jena 4.5 accepts";

    [JenaFact]
    public void Every_turtle_file_jena_accepts_converts_to_isomorphic_ntriples() =>
        CompareWithJena("*.ttl", RdfFormat.Turtle, RdfFormat.NTriples);

    [JenaFact]
    public void Every_trig_file_jena_accepts_converts_to_isomorphic_nquads() =>
        CompareWithJena("*.trig", RdfFormat.TriG, RdfFormat.NQuads);

    [JenaFact]
    public void Every_nquads_file_jena_accepts_converts_to_isomorphic_nquads() =>
        CompareWithJena("*.nq", RdfFormat.NQuads, RdfFormat.NQuads);

    [JenaFact]
    public void Every_ntriples_file_jena_accepts_converts_to_isomorphic_ntriples() =>
        CompareWithJena("*.nt", RdfFormat.NTriples, RdfFormat.NTriples);

    /// <summary>
    /// RDF/XML: the documents written for this project's RDF/XML reader (RdfXml/Documents, one or more per
    /// production) and the RDF/XML files of the SPARQL suites.
    /// </summary>
    [JenaFact]
    public void Every_rdfxml_file_jena_accepts_converts_to_isomorphic_ntriples() =>
        CompareWithJena("*.rdf", RdfFormat.RdfXml, RdfFormat.NTriples, [TestPaths.InRepository("tests", "KgExport.Rdf.Tests", "RdfXml", "Documents")]);

    /// <summary>Every document in RdfXml/Invalid breaks a rule of the RDF/XML grammar: Jena must report it too.</summary>
    [JenaFact]
    public void Jena_also_rejects_every_invalid_rdfxml_document()
    {
        var folder = TestPaths.InRepository("tests", "KgExport.Rdf.Tests", "RdfXml", "Invalid");
        var inputFiles = Directory.EnumerateFiles(folder, "*.rdf").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(inputFiles);
        var work = Directory.CreateTempSubdirectory("kgexport-jena-invalid-");
        try
        {
            var jobsFile = Path.Combine(work.FullName, "jobs.tsv");
            File.WriteAllLines(jobsFile, inputFiles.Select((f, i) => $"{f}\t\t{Path.Combine(work.FullName, $"{i}.jena.nq")}"));
            var verdicts = JenaOracle.Judge(jobsFile, TimeSpan.FromMinutes(2));
            Assert.Equal(inputFiles.Count, verdicts.Count);
            foreach (var v in verdicts) output.WriteLine($"{Path.GetFileName(v.InputPath)}: {v.Verdict} {v.Detail}");
            var accepted = verdicts.Where(v => v.Verdict != "REJECTED").Select(v => Path.GetFileName(v.InputPath)).ToList();
            Assert.True(accepted.Count == 0, "Jena accepts: " + string.Join(", ", accepted));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private void CompareWithJena(string pattern, RdfFormat inputFormat, RdfFormat outputFormat, string[]? moreFolders = null)
    {
        Assert.True(Directory.Exists(TestPaths.Conformance), $"W3C suites not found at {TestPaths.Conformance}");
        var inputFiles = new[] { TestPaths.Conformance }.Concat(moreFolders ?? [])
            .SelectMany(folder => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .ToList();
        Assert.NotEmpty(inputFiles);

        var work = Directory.CreateTempSubdirectory("kgexport-jena-diff-");
        try
        {
            var ourRejections = new Dictionary<string, string>(StringComparer.Ordinal);
            var jobs = new StringBuilder();
            for (var i = 0; i < inputFiles.Count; i++)
            {
                var input = inputFiles[i];
                var ours = Path.Combine(work.FullName, $"{i}.ours.nq");
                var rejection = ConvertWithOurs(input, inputFormat, ours, outputFormat);
                if (rejection is not null) ourRejections[input] = rejection;
                jobs.Append(input).Append('\t').Append(rejection is null ? ours : "").Append('\t')
                    .Append(Path.Combine(work.FullName, $"{i}.jena.nq")).Append('\n');
            }
            var jobsFile = Path.Combine(work.FullName, "jobs.tsv");
            File.WriteAllText(jobsFile, jobs.ToString());

            var verdicts = JenaOracle.Judge(jobsFile, TimeSpan.FromMinutes(5));
            Assert.Equal(inputFiles.Count, verdicts.Count);

            var counts = verdicts.GroupBy(v => v.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine($"{inputFiles.Count} {pattern} files: {string.Join(", ", counts)}");
            var weAcceptJenaRejects = verdicts.Where(v => v.Verdict == "REJECTED" && !ourRejections.ContainsKey(v.InputPath)).ToList();
            output.WriteLine($"{weAcceptJenaRejects.Count} files Jena rejects (often only for a warning) are accepted by our parser:");
            foreach (var v in weAcceptJenaRejects) output.WriteLine($"  {Display(v.InputPath)}: {v.Detail}");

            var failures = new List<string>();
            for (var i = 0; i < verdicts.Count; i++)
            {
                var verdict = verdicts[i];
                if (verdict.Verdict is "SAME" or "REJECTED") continue;
                var relative = Display(verdict.InputPath);
                if (KnownDifferences.ContainsKey(relative)) continue;
                var detail = verdict.Verdict switch
                {
                    "MISSING" => $"we reject it: {ourRejections.GetValueOrDefault(verdict.InputPath)}",
                    "DIFFERENT" => verdict.Detail + "\n" + GroundDifference(Path.Combine(work.FullName, $"{i}.jena.nq"), Path.Combine(work.FullName, $"{i}.ours.nq")),
                    _ => verdict.Detail,
                };
                failures.Add($"{verdict.Verdict} {relative}: {detail}");
            }
            var stale = KnownDifferences.Keys.Where(k => verdicts.Any(v => v.Verdict == "SAME" && Display(v.InputPath) == k));
            failures.AddRange(stale.Select(k => $"FIXED {k}: remove it from KnownDifferences"));

            Assert.True(failures.Count == 0, $"{failures.Count} differences from Jena:\n" + string.Join("\n", failures.Take(40)));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>A path as shown in messages and <see cref="KnownDifferences"/>: below the W3C suites, else below the repository.</summary>
    private static string Display(string path)
    {
        var underSuites = Path.GetRelativePath(TestPaths.Conformance, path);
        return underSuites.StartsWith("..", StringComparison.Ordinal) ? Path.GetRelativePath(TestPaths.RepositoryRoot, path) : underSuites;
    }

    /// <summary>Converts with our stack; returns null on success, or our error message (and no output file).</summary>
    private static string? ConvertWithOurs(string input, RdfFormat inputFormat, string output, RdfFormat outputFormat)
    {
        try
        {
            var parser = RdfIo.CreateParser(inputFormat, new ParserOptions { SourceName = input, BaseIri = new Uri(input).AbsoluteUri });
            using (var reader = new StreamReader(input, new UTF8Encoding(false, true)))
            using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                var quadWriter = RdfIo.CreateWriter(outputFormat, writer);
                foreach (var quad in parser.Parse(reader)) quadWriter.Write(quad);
                quadWriter.Finish();
            }
            return null;
        }
        catch (Exception ex) when (ex is RdfSyntaxException or DecoderFallbackException)
        {
            File.Delete(output);
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
