using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using KgExport.Rdf;

namespace KgExport.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Protocol tests (sparql11/protocol/manifest.ttl), read from the manifest and run against the
/// in-process server: each test's graph data is loaded into the named graphs it labels, its requests are sent in
/// order (with the update token, so the update tests can run), and each response's status class, result format and
/// boolean are checked. Expected failures are listed by IRI in tests/KgExport.Conformance/known-failures.txt.
/// </summary>
public sealed class W3cProtocolTests
{
    private const string Manifest = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest#";
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Cnt = "http://www.w3.org/2011/content#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Hts = "http://www.w3.org/2011/http-statusCodes#StatusCode";

    private static string ManifestPath => Path.Combine(TestPaths.Conformance, "rdf-tests", "sparql", "sparql11", "protocol", "manifest.ttl");

    public static TheoryData<string> Tests()
    {
        var data = new TheoryData<string>();
        if (!File.Exists(ManifestPath))
        {
            data.Add("(manifest missing)");
            return data;
        }
        var manifest = RdfIo.LoadFile(ManifestPath);
        var root = manifest.Match(null, new Iri(Mf + "entries"), null, null).Single();
        foreach (var entry in List(manifest, root.Object)) data.Add(((Iri)entry).Value);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Tests))]
    public async Task Protocol_test(string testIri)
    {
        if (!File.Exists(ManifestPath))
        {
            Assert.False(TestPaths.IsCi, $"the W3C protocol manifest is missing at {ManifestPath}");
            Skip.If(true, $"SKIPPED: the W3C protocol manifest is not at {ManifestPath} (set KGEXPORT_SHARED or KGEXPORT_W3C)");
        }
        var knownFailure = KnownFailures().ContainsKey(testIri);
        var failure = await Run(testIri);
        if (knownFailure)
        {
            Assert.True(failure is not null, $"{testIri} is listed in known-failures.txt but now passes: remove its line");
            return;
        }
        Assert.True(failure is null, $"{testIri}: {failure}");
    }

    /// <summary>Runs one test; null when it passes, else what went wrong.</summary>
    private static async Task<string?> Run(string testIri)
    {
        var manifest = RdfIo.LoadFile(ManifestPath);
        var test = new Iri(testIri);
        var dataset = new Dataset();
        foreach (var graphData in Objects(manifest, test, Ut + "graphData"))
        {
            var file = new Uri(((Iri)One(manifest, graphData, Ut + "graph")).Value).LocalPath;
            var name = new Iri(((Literal)One(manifest, graphData, "http://www.w3.org/2000/01/rdf-schema#label")).LexicalForm);
            foreach (var q in RdfIo.LoadFile(file).Quads) dataset.Add(q.InGraph(name));
        }
        await using var host = await TestServerHost.StartAsync(dataset, TestServerHost.Writable());
        var action = One(manifest, test, Mf + "action");
        var n = 0;
        foreach (var requestNode in List(manifest, One(manifest, action, Ht + "requests")))
        {
            n++;
            var request = BuildRequest(manifest, requestNode);
            using var response = await host.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var expected = One(manifest, requestNode, Ht + "resp");
            var classes = Objects(manifest, expected, Mf + "expectedStatus").Select(s => ((Iri)s).Value[Hts.Length..]).ToList();
            var statusClass = $"{(int)response.StatusCode / 100}xx";
            if (!classes.Contains(statusClass)) return $"request {n}: status {(int)response.StatusCode} ({body.Trim()}), expected {string.Join(" or ", classes)}";
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (Objects(manifest, expected, Mf + "expectedFormat").FirstOrDefault() is Literal format)
            {
                var ok = format.LexicalForm switch
                {
                    "boolean" => type is "application/sparql-results+json" or "application/sparql-results+xml",
                    "tabular" => type is "application/sparql-results+json" or "application/sparql-results+xml" or "text/csv" or "text/tab-separated-values",
                    "RDF" => type is "text/turtle" or "application/n-triples" or "application/ld+json" or "application/trig" or "application/n-quads",
                    _ => false,
                };
                if (!ok) return $"request {n}: {type} is not a {format.LexicalForm} result format";
            }
            if (Objects(manifest, expected, Mf + "expectedBoolean").FirstOrDefault() is Literal boolean)
            {
                var actual = type.EndsWith("json", StringComparison.Ordinal)
                    ? JsonDocument.Parse(body).RootElement.GetProperty("boolean").GetBoolean()
                    : XDocument.Parse(body).Descendants().First(e => e.Name.LocalName == "boolean").Value == "true";
                if (actual != (boolean.LexicalForm == "true")) return $"request {n}: boolean {actual}, expected {boolean.LexicalForm}";
            }
        }
        return null;
    }

    private static HttpRequestMessage BuildRequest(Dataset manifest, Term node)
    {
        var path = ((Literal)One(manifest, node, Ht + "absolutePath")).LexicalForm;
        if (path.StartsWith("/sparql/", StringComparison.Ordinal)) path = "/sparql" + path["/sparql/".Length..];
        var method = new HttpMethod(((Literal)One(manifest, node, Ht + "methodName")).LexicalForm);
        var request = new HttpRequestMessage(method, path);
        if (Objects(manifest, node, Ht + "body").FirstOrDefault() is { } bodyNode)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(((Literal)One(manifest, bodyNode, Cnt + "chars")).LexicalForm));
        }
        if (Objects(manifest, node, Ht + "headers").FirstOrDefault() is { } headers)
        {
            foreach (var header in List(manifest, headers))
            {
                var name = ((Literal)One(manifest, header, Ht + "fieldName")).LexicalForm;
                var value = ((Literal)One(manifest, header, Ht + "fieldValue")).LexicalForm;
                if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content ??= new ByteArrayContent([]);
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", value);
                }
                else
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }
        }
        TestServerHost.Authorize(request);
        return request;
    }

    private static Dictionary<string, string> KnownFailures()
    {
        var path = TestPaths.InRepository("tests", "KgExport.Conformance", "known-failures.txt");
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && line.StartsWith(Manifest, StringComparison.Ordinal)) d[line[..tab]] = line[(tab + 1)..];
        }
        return d;
    }

    private static IEnumerable<Term> Objects(Dataset d, Term subject, string predicate) =>
        d.Match(subject, new Iri(predicate), null, null).Select(q => q.Object);

    private static Term One(Dataset d, Term subject, string predicate) =>
        Objects(d, subject, predicate).FirstOrDefault() ?? throw new InvalidOperationException($"{subject} has no <{predicate}>");

    private static IEnumerable<Term> List(Dataset d, Term head)
    {
        while (head is not Iri { Value: "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil" })
        {
            yield return One(d, head, "http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
            head = One(d, head, "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");
        }
    }
}
