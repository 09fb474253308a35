using KgExport.Testing;

namespace KgExport.Rdf.Tests.Writing;

/// <summary>
/// The graphs of the W3C RDF 1.1 syntax suites, read from their manifests: the expected result of every evaluation
/// test and the input of every positive syntax test.
/// </summary>
internal static class W3CGraphs
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    public static readonly IReadOnlyDictionary<string, (string Directory, RdfFormat Format)> Suites = new Dictionary<string, (string, RdfFormat)>
    {
        ["ntriples"] = ("rdf-n-triples", RdfFormat.NTriples),
        ["nquads"] = ("rdf-n-quads", RdfFormat.NQuads),
        ["turtle"] = ("rdf-turtle", RdfFormat.Turtle),
        ["trig"] = ("rdf-trig", RdfFormat.TriG),
    };

    public static string SuiteDirectory(string suite) =>
        Path.Combine(TestPaths.Conformance, "rdf-tests", "rdf", "rdf11", Suites[suite].Directory);

    /// <summary>(file name, quads) for every graph of a suite, in manifest order.</summary>
    public static IEnumerable<(string Name, List<Quad> Quads)> Load(string suite)
    {
        var dir = SuiteDirectory(suite);
        var manifestPath = Path.Combine(dir, "manifest.ttl");
        var manifest = Parse(manifestPath, RdfFormat.Turtle);
        var type = Vocab.Rdf.Type;
        var action = new Iri(Mf + "action");
        var result = new Iri(Mf + "result");

        var files = new List<(string Path, RdfFormat Format)>();
        foreach (var q in manifest)
        {
            if (q.Predicate == result && q.Object is Iri r)
            {
                var path = new Uri(r.Value).LocalPath;
                files.Add((path, path.EndsWith(".nq", StringComparison.Ordinal) ? RdfFormat.NQuads : RdfFormat.NTriples));
            }
            else if (q.Predicate == type && q.Object is Iri t && t.Value.EndsWith("PositiveSyntax", StringComparison.Ordinal))
            {
                var a = manifest.First(m => m.Subject == q.Subject && m.Predicate == action).Object;
                files.Add((new Uri(((Iri)a).Value).LocalPath, Suites[suite].Format));
            }
        }
        foreach (var (path, format) in files.Distinct())
        {
            yield return (Path.GetFileName(path), Parse(path, format));
        }
    }

    public static List<Quad> Parse(string path, RdfFormat format)
    {
        var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = path, BaseIri = new Uri(path).AbsoluteUri });
        using var reader = new StreamReader(path);
        return [.. parser.Parse(reader)];
    }
}
