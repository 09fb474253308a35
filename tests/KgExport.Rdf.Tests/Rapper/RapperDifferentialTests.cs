using KgExport.Testing;
using Xunit.Abstractions;

namespace KgExport.Rdf.Tests.Rapper;

/// <summary>
/// A second oracle for the RDF/XML reader: every RDF/XML document of this project (RdfXml/Documents) and of the
/// SPARQL suites that Raptor's <c>rapper</c> reads without an error or warning must give a graph isomorphic to ours.
/// </summary>
public sealed class RapperDifferentialTests(ITestOutputHelper output)
{
    /// <summary>Files where we knowingly differ from rapper, by path below the repository or the suites, with the reason.</summary>
    /// <remarks>
    /// Jena 4.5 agrees with us on the first three.
    /// </remarks>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["tests/KgExport.Rdf.Tests/RdfXml/Documents/languages.rdf"] =
            "rapper ignores xml:lang for property attributes; RDF/XML 7.2.25 gives them the element's language",
        ["tests/KgExport.Rdf.Tests/RdfXml/Documents/xml-base-chain.rdf"] =
            "rapper drops the base IRI's query when resolving a same-document reference; RFC 3986 5.2.2 keeps it",
        ["tests/KgExport.Rdf.Tests/RdfXml/Documents/xml-literals.rdf"] =
            "rapper pads comments with spaces and drops processing instructions in XML literals; exclusive C14N with comments keeps both as written",
        ["tests/KgExport.Rdf.Tests/RdfXml/Documents/xml-literal-unqualified-attributes.rdf"] =
            "rapper (like Jena) sorts XML literal attributes by qualified name; C14N sorts by namespace URI, the empty one first",
        ["rdf-tests/rdf/rdf11/rdf-xml/rdfms-xmllang/test006.rdf"] =
            "rapper ignores xml:lang for property attributes (as in languages.rdf); the W3C test's own test006.nt expects \"chat\"@fr, as we give",
    };

    [RapperFact]
    public void Every_rdfxml_file_rapper_accepts_gives_a_graph_isomorphic_to_ours()
    {
        var files = Directory.EnumerateFiles(TestPaths.InRepository("tests", "KgExport.Rdf.Tests", "RdfXml", "Documents"), "*.rdf")
            .Concat(Directory.EnumerateFiles(TestPaths.Conformance, "*.rdf", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var sameFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = Display(file);
            var baseIri = new Uri(file).AbsoluteUri;
            var (exitCode, stdout, stderr) = Run(RapperFactAttribute.RapperPath, ["-q", "-i", "rdfxml", "-o", "ntriples", file, baseIri]);
            string verdict;
            if (exitCode != 0 || stderr.Length > 0)
            {
                verdict = "REJECTED";
                output.WriteLine($"rapper rejects {display}: {stderr.Split('\n')[0]}");
            }
            else
            {
                var expected = new NQuadsParser(new ParserOptions { SourceName = "rapper:" + display }, allowQuads: false).Parse(new StringReader(stdout)).ToList();
                List<Quad> ours;
                try
                {
                    ours = [.. RdfIo.LoadFile(file).Quads];
                }
                catch (RdfSyntaxException e)
                {
                    failures.Add($"MISSING {display}: we reject it: {e.Message}");
                    continue;
                }
                verdict = Isomorphism.AreIsomorphic(expected, ours) ? "SAME" : "DIFFERENT";
                if (verdict == "SAME") sameFiles.Add(display);
                if (verdict == "DIFFERENT" && !KnownDifferences.ContainsKey(display))
                {
                    failures.Add($"DIFFERENT {display}:\n{Isomorphism.Describe(expected, ours, maxLines: 10)}");
                }
            }
            counts[verdict] = counts.GetValueOrDefault(verdict) + 1;
        }
        var stale = KnownDifferences.Keys.Where(k => !files.Any(f => Display(f) == k) || sameFiles.Contains(k));
        failures.AddRange(stale.Select(k => $"FIXED or gone {k}: remove it from KnownDifferences"));
        output.WriteLine($"{files.Count} *.rdf files: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} differences from rapper:\n" + string.Join("\n", failures));
    }

    private static string Display(string path)
    {
        var underSuites = Path.GetRelativePath(TestPaths.Conformance, path);
        return underSuites.StartsWith("..", StringComparison.Ordinal) ? Path.GetRelativePath(TestPaths.RepositoryRoot, path) : underSuites;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string fileName, IEnumerable<string> arguments) =>
        OracleProcess.Run(fileName, arguments, TimeSpan.FromMinutes(1));
}
