using System.Collections.Concurrent;
using KgExport.Rdf;
using KgExport.Rdf.JsonLd;
using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Conformance;

/// <summary>
/// The W3C JSON-LD 1.1 API suites (json-ld-api/tests/*-manifest.jsonld). The manifests are JSON-LD themselves;
/// they are read as plain JSON here so a processor bug cannot hide tests. Tests whose option specVersion is
/// json-ld-1.0 are skipped, as the manifests specify. Documents are served from the local copy by a loader
/// that maps the published test base to it.
/// </summary>
public static class JsonLdSuites
{
    public const string PublishedBase = "https://w3c.github.io/json-ld-api/tests/";
    private const string Vocab = PublishedBase + "vocab#";
    private const string Folder = "json-ld-api/tests/";

    private static readonly ConcurrentDictionary<string, (JObject Entry, string TestsDir)> Entries = new(StringComparer.Ordinal);

    public static ConformanceSuite Expand { get; } = Suite("jsonld-expand", "expand-manifest.jsonld", "ExpandTest", RunExpand);
    public static ConformanceSuite Compact { get; } = Suite("jsonld-compact", "compact-manifest.jsonld", "CompactTest", RunCompact);
    public static ConformanceSuite Flatten { get; } = Suite("jsonld-flatten", "flatten-manifest.jsonld", "FlattenTest", RunFlatten);
    public static ConformanceSuite ToRdf { get; } = Suite("jsonld-toRdf", "toRdf-manifest.jsonld", "ToRDFTest", RunToRdf);
    public static ConformanceSuite FromRdf { get; } = Suite("jsonld-fromRdf", "fromRdf-manifest.jsonld", "FromRDFTest", RunFromRdf);
    public static ConformanceSuite RemoteDoc { get; } = Suite("jsonld-remote-doc", "remote-doc-manifest.jsonld", "ExpandTest", RunExpand);

    private delegate object? Run(ConformanceTest test, JObject entry, JsonLdOptions options, CancellationToken ct);

    private static ConformanceSuite Suite(string name, string manifest, string type, Run run) =>
        new(name, Folder + manifest, new Dictionary<string, TestHandler> { [Vocab + type] = (t, ct) => Handle(t, run, ct) })
        {
            Loader = LoadManifest,
        };

    private static IReadOnlyList<ConformanceTest> LoadManifest(string manifestPath, TestLocations locations, CancellationToken ct)
    {
        var json = (JObject)JsonTree.Parse(File.ReadAllText(manifestPath), manifestPath)!;
        var testsDir = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var manifestIri = PublishedBase + Path.GetFileNameWithoutExtension(manifestPath);
        var tests = new List<ConformanceTest>();
        var empty = new Dataset();
        foreach (var item in (JArray)json["sequence"]!)
        {
            var entry = (JObject)item!;
            var id = manifestIri + (string)entry["@id"]!;
            var types = JsonTree.AsArray(entry["@type"]).Select(t => ((string)t!).Replace("jld:", Vocab, StringComparison.Ordinal)).ToList();
            Entries[id] = (entry, testsDir);
            var action = new Iri(PublishedBase + (string)entry["input"]!);
            Iri? result = entry.TryGetValue("expect", out var e) && e is string es ? new Iri(PublishedBase + es) : null;
            tests.Add(new ConformanceTest(id, types, (string?)entry.GetValueOrDefault("name") ?? id, new Iri(id), action, result, empty, manifestPath, locations));
        }
        return tests;
    }

    private static TestOutcome Handle(ConformanceTest test, Run run, CancellationToken ct)
    {
        var (entry, testsDir) = Entries[test.Id];
        var option = entry.GetValueOrDefault("option") as JObject ?? [];
        if (option.GetValueOrDefault("specVersion") is "json-ld-1.0") return TestOutcome.Skip("json-ld-1.0 only");
        if (option.GetValueOrDefault("processorFeature") is string feature) return TestOutcome.Skip($"needs processor feature \"{feature}\"");

        var files = new LocalDocumentLoader().Map(PublishedBase, testsDir + Path.DirectorySeparatorChar);
        var inputUrl = PublishedBase + (string)entry["input"]!;
        var options = new JsonLdOptions
        {
            DocumentLoader = new SimulatedHttpLoader(files, PublishedBase, inputUrl, option),
            Base = option.GetValueOrDefault("base") as string,
            ProcessingMode = option.GetValueOrDefault("processingMode") as string ?? "json-ld-1.1",
            CompactArrays = option.GetValueOrDefault("compactArrays") as bool? ?? true,
            CompactToRelative = option.GetValueOrDefault("compactToRelative") as bool? ?? true,
            ProduceGeneralizedRdf = option.GetValueOrDefault("produceGeneralizedRdf") as bool? ?? false,
            RdfDirection = option.GetValueOrDefault("rdfDirection") as string,
            UseNativeTypes = option.GetValueOrDefault("useNativeTypes") as bool? ?? false,
            UseRdfType = option.GetValueOrDefault("useRdfType") as bool? ?? false,
            ExpandContext = option.GetValueOrDefault("expandContext") is string ec
                ? files.Load(PublishedBase + ec, ct).Document
                : null,
        };

        var negative = test.Types.Contains(Vocab + "NegativeEvaluationTest");
        object? actual;
        try
        {
            actual = run(test, entry, options, ct);
        }
        catch (JsonLdException e)
        {
            if (negative)
            {
                var expectedCode = (string)entry["expectErrorCode"]!;
                return e.Code == expectedCode ? TestOutcome.Pass : TestOutcome.Fail($"expected error \"{expectedCode}\", got: {e.Message}");
            }
            return TestOutcome.Fail($"error: {e.Message}");
        }
        if (negative) return TestOutcome.Fail($"expected error \"{entry["expectErrorCode"]}\", got a result");
        if (test.Types.Contains(Vocab + "PositiveSyntaxTest")) return TestOutcome.Pass;

        var expectPath = Path.Combine(testsDir, (string)entry["expect"]!);
        if (actual is List<Quad> quads)
        {
            var expectedQuads = RdfSyntaxSuites.ParseFile(expectPath, RdfFormat.NQuads, PublishedBase, ct);
            return DatasetComparison.AreIsomorphic(quads, expectedQuads) ? TestOutcome.Pass : TestOutcome.Fail(DatasetComparison.Describe(quads, expectedQuads));
        }
        var expected = JsonTree.Parse(File.ReadAllText(expectPath), expectPath);
        if (JsonLdObjectComparison.Equivalent(expected, actual)) return TestOutcome.Pass;
        return TestOutcome.Fail($"result differs\n  expected: {JsonTree.Serialize(expected, false)}\n  actual:   {JsonTree.Serialize(actual, false)}");
    }

    private static RemoteDocument Input(JObject entry, JsonLdOptions options, CancellationToken ct) =>
        options.DocumentLoader.Load(PublishedBase + (string)entry["input"]!, ct);

    private static object? Context(JObject entry, JsonLdOptions options, CancellationToken ct) =>
        entry.GetValueOrDefault("context") is string c ? options.DocumentLoader.Load(PublishedBase + c, ct).Document : null;

    private static object? RunExpand(ConformanceTest test, JObject entry, JsonLdOptions options, CancellationToken ct) =>
        JsonLdProcessor.Expand(Input(entry, options, ct), options, ct);

    private static object? RunCompact(ConformanceTest test, JObject entry, JsonLdOptions options, CancellationToken ct) =>
        JsonLdProcessor.Compact(Input(entry, options, ct), Context(entry, options, ct), options, ct);

    private static object? RunFlatten(ConformanceTest test, JObject entry, JsonLdOptions options, CancellationToken ct) =>
        JsonLdProcessor.Flatten(Input(entry, options, ct), Context(entry, options, ct), options, ct);

    private static object? RunToRdf(ConformanceTest test, JObject entry, JsonLdOptions options, CancellationToken ct) =>
        JsonLdProcessor.ToRdf(Input(entry, options, ct), options, "", ct).ToList();

    private static object? RunFromRdf(ConformanceTest test, JObject entry, JsonLdOptions options, CancellationToken ct)
    {
        var quads = RdfSyntaxSuites.ParseFile(test.ActionPath, RdfFormat.NQuads, PublishedBase, ct);
        return JsonLdProcessor.FromRdf(quads, options, ct);
    }
}
