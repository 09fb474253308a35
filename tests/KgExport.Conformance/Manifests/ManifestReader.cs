using KgExport.Rdf;

namespace KgExport.Conformance;

/// <summary>
/// Reads a W3C test manifest written in Turtle (with KgExport's own parser): the mf:entries list of every
/// mf:Manifest in the file, following mf:include recursively, in document order.
/// </summary>
public static class ManifestReader
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    public const string Rdft = "http://www.w3.org/ns/rdftest#";

    private static readonly Iri MfManifest = new(Mf + "Manifest");
    private static readonly Iri MfEntries = new(Mf + "entries");
    private static readonly Iri MfInclude = new(Mf + "include");
    private static readonly Iri MfName = new(Mf + "name");
    private static readonly Iri MfAction = new(Mf + "action");
    private static readonly Iri MfResult = new(Mf + "result");

    public static IReadOnlyList<ConformanceTest> Read(string manifestPath, TestLocations locations, CancellationToken cancellationToken = default)
    {
        var tests = new List<ConformanceTest>();
        Read(Path.GetFullPath(manifestPath), locations, tests, new HashSet<string>(StringComparer.Ordinal), cancellationToken);
        return tests;
    }

    private static void Read(string path, TestLocations locations, List<ConformanceTest> tests, HashSet<string> seen, CancellationToken cancellationToken)
    {
        if (!seen.Add(path)) return;
        var manifest = Load(path, locations, cancellationToken);
        var manifestNodes = manifest.Match(null, Vocab.Rdf.Type, MfManifest, null).Select(q => q.Subject).ToList();
        if (manifestNodes.Count == 0) manifestNodes.Add(new Iri(locations.ToPublishedIri(path)));
        foreach (var node in manifestNodes.Order(TermComparer.Instance))
        {
            // rdf-tests give mf:include a list; the SHACL suite repeats mf:include with one manifest IRI each.
            foreach (var include in manifest.Match(node, MfInclude, null, null).SelectMany(q => IsList(manifest, q.Object) ? ReadList(manifest, q.Object) : [q.Object]))
            {
                Read(locations.ToLocalPath(((Iri)include).Value), locations, tests, seen, cancellationToken);
            }
            foreach (var entry in manifest.Match(node, MfEntries, null, null).SelectMany(q => ReadList(manifest, q.Object)))
            {
                tests.Add(ToTest(manifest, entry, path, locations));
            }
        }
    }

    private static Dataset Load(string path, TestLocations locations, CancellationToken cancellationToken)
    {
        var parser = new TurtleParser(new ParserOptions { SourceName = path, BaseIri = locations.ToPublishedIri(path) }, allowGraphs: false);
        using var bytes = RdfIo.OpenFile(path);
        return new Dataset(RdfIo.Parse(parser, bytes, path, cancellationToken));
    }

    private static ConformanceTest ToTest(Dataset manifest, Term entry, string manifestPath, TestLocations locations)
    {
        Term? One(Iri p) => manifest.Match(entry, p, null, null).Select(q => q.Object).FirstOrDefault();
        var types = manifest.Match(entry, Vocab.Rdf.Type, null, null).Select(q => q.Object).OfType<Iri>().Select(i => i.Value).Order(StringComparer.Ordinal).ToList();
        var name = One(MfName) is Literal l ? l.LexicalForm : entry.ToString();
        var id = entry is Iri iri ? iri.Value : locations.ToPublishedIri(manifestPath) + "#" + name;
        return new ConformanceTest(id, types, name, entry, One(MfAction), One(MfResult), manifest, manifestPath, locations);
    }

    private static bool IsList(Dataset graph, Term node) =>
        node == Vocab.Rdf.Nil || graph.Match(node, Vocab.Rdf.First, null, null).Any();

    /// <summary>The members of an RDF collection (rdf:first / rdf:rest), in order.</summary>
    public static IEnumerable<Term> ReadList(Dataset graph, Term head)
    {
        var seen = new HashSet<Term>();
        for (var cell = head; cell != Vocab.Rdf.Nil && seen.Add(cell);)
        {
            var first = graph.Match(cell, Vocab.Rdf.First, null, null).Select(q => q.Object).FirstOrDefault();
            if (first is null) yield break;
            yield return first;
            cell = graph.Match(cell, Vocab.Rdf.Rest, null, null).Select(q => q.Object).FirstOrDefault() ?? Vocab.Rdf.Nil;
        }
    }
}
