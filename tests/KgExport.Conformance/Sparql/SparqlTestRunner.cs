using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;
using KgExport.Sparql.Syntax;
using KgExport.Sparql.Update;

namespace KgExport.Conformance.Sparql;

public enum TestOutcome
{
    Passed,
    Failed,
    KnownFailure,
    Excluded,
}

public sealed record TestReport(string TestIri, TestOutcome Outcome, string Detail);

/// <summary>
/// Runs the SPARQL test suites from their manifests: syntax tests, query evaluation tests and update evaluation
/// tests. Which test types a suite runs is data (see <see cref="SparqlSuites"/>).
/// </summary>
public sealed class SparqlTestRunner(IReadOnlySet<string> testTypes, IReadOnlyDictionary<string, string> knownFailures)
{
    private static readonly Dictionary<string, string> ExcludedDirectories = new()
    {
        ["entailment"] = "entailment regimes are out of scope",
        ["service"] = "SERVICE (federation) is refused by design",
    };

    public List<TestReport> Run(string manifestPath, CancellationToken cancellationToken = default)
    {
        var reports = new List<TestReport>();
        RunManifest(Path.GetFullPath(manifestPath), reports, cancellationToken);
        return reports;
    }

    private static string FileIri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string PathOf(Term iri) => new Uri(((Iri)iri).Value).LocalPath;

    private void RunManifest(string path, List<TestReport> reports, CancellationToken cancellationToken)
    {
        var dir = Path.GetFileName(Path.GetDirectoryName(path)!);
        var manifest = new ManifestGraph(TurtleShim.Load(path, FileIri(path)));
        var self = new Iri(FileIri(path));
        foreach (var include in manifest.List(manifest.Object(self, ManifestGraph.Mf + "include")))
        {
            RunManifest(PathOf(include), reports, cancellationToken);
        }
        foreach (var test in manifest.List(manifest.Object(self, ManifestGraph.Mf + "entries")))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = manifest.Object(test, Vocab.Rdf.Namespace + "type") is Iri t ? t.Value : "";
            var name = test is Iri ti ? ti.Value : test.ToString();
            if (!testTypes.Contains(type)) continue;
            if (ExcludedDirectories.TryGetValue(dir, out var why))
            {
                reports.Add(new TestReport(name, TestOutcome.Excluded, why));
                continue;
            }
            if (manifest.Object(test, ManifestGraph.Dawgt + "approval") is Iri approval && approval.Value.EndsWith("Withdrawn", StringComparison.Ordinal))
            {
                reports.Add(new TestReport(name, TestOutcome.Excluded, "withdrawn by the working group"));
                continue;
            }
            string? failure;
            try
            {
                failure = RunTest(manifest, test, type, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
            }
            if (knownFailures.TryGetValue(name, out var reason))
            {
                reports.Add(failure is null
                    ? new TestReport(name, TestOutcome.Failed, "listed as a known failure but passes: remove it from the list")
                    : new TestReport(name, TestOutcome.KnownFailure, reason));
            }
            else
            {
                reports.Add(new TestReport(name, failure is null ? TestOutcome.Passed : TestOutcome.Failed, failure ?? ""));
            }
        }
    }

    private string? RunTest(ManifestGraph m, Term test, string type, CancellationToken ct)
    {
        var action = m.Object(test, ManifestGraph.Mf + "action")!;
        var local = type[(type.LastIndexOf('#') + 1)..];
        switch (local)
        {
            case "PositiveSyntaxTest" or "PositiveSyntaxTest11":
                SparqlQuery.Parse(ReadText(action), ((Iri)action).Value);
                return null;
            case "PositiveUpdateSyntaxTest11":
                SparqlUpdate.Parse(ReadText(action), ((Iri)action).Value);
                return null;
            case "NegativeSyntaxTest" or "NegativeSyntaxTest11":
                return Rejects(() => SparqlQuery.Parse(ReadText(action), ((Iri)action).Value));
            case "NegativeUpdateSyntaxTest11":
                return Rejects(() => SparqlUpdate.Parse(ReadText(action), ((Iri)action).Value));
            case "QueryEvaluationTest" or "CSVResultFormatTest":
                return RunQueryTest(m, test, action, ct);
            case "UpdateEvaluationTest":
                return RunUpdateTest(m, test, action, ct);
            default:
                return $"unsupported test type {type}";
        }
    }

    private static string ReadText(Term file) => File.ReadAllText(PathOf(file));

    private static string? Rejects(Action parse)
    {
        try
        {
            parse();
            return "accepted a query the grammar rejects";
        }
        catch (SparqlSyntaxException)
        {
            return null;
        }
    }

    private static void LoadInto(Dataset store, Term file, Term? graph)
    {
        var path = PathOf(file);
        if (path.EndsWith(".rdf", StringComparison.Ordinal)) throw new NotSupportedException("RDF/XML input not supported");
        var loaded = TurtleShim.Load(path, ((Iri)file).Value);
        foreach (var q in loaded.Quads) store.Add(q.InGraph(graph ?? q.Graph));
    }

    private string? RunQueryTest(ManifestGraph m, Term test, Term action, CancellationToken ct)
    {
        var queryFile = m.Object(action, ManifestGraph.Qt + "query")!;
        var query = SparqlQuery.Parse(ReadText(queryFile), ((Iri)queryFile).Value);
        var store = new Dataset();
        foreach (var d in m.Objects(action, ManifestGraph.Qt + "data")) LoadInto(store, d, null);
        foreach (var g in m.Objects(action, ManifestGraph.Qt + "graphData")) LoadInto(store, g, g);
        foreach (var g in query.From.Concat(query.FromNamed))
        {
            if (!store.HasGraph(g) && File.Exists(PathOf(g))) LoadInto(store, g, g);
        }
        var resultFile = m.Object(test, ManifestGraph.Mf + "result")!;
        var resultPath = PathOf(resultFile);
        var actual = QueryExecutor.Execute(query, store, new QueryOptions { Timeout = TimeSpan.FromSeconds(20) }, ct);
        var ext = Path.GetExtension(resultPath);
        var lax = m.Object(test, ManifestGraph.Mf + "resultCardinality") is Iri;
        if (actual.Kind == QueryResultKind.Graph)
        {
            var expectedGraph = TurtleLoadOrThrow(resultFile).Quads.Select(q => q.Triple);
            return ResultComparison.Isomorphic(expectedGraph, actual.Triples) ? null : "graph differs from the expected result";
        }
        QueryResult expected = ext switch
        {
            ".srx" => Read(resultPath, SparqlResultsFormat.Xml),
            ".srj" => Read(resultPath, SparqlResultsFormat.Json),
            ".tsv" => Read(resultPath, SparqlResultsFormat.Tsv),
            ".csv" => Read(resultPath, SparqlResultsFormat.Csv),
            ".ttl" => RdfResultSet.Read(new ManifestGraph(TurtleLoadOrThrow(resultFile))),
            _ => throw new NotSupportedException($"result format {ext} not supported"),
        };
        if (actual.Kind == QueryResultKind.Boolean || expected.Kind == QueryResultKind.Boolean)
            return actual.Kind == expected.Kind && actual.Boolean == expected.Boolean ? null : $"expected {expected.Boolean}, got {actual.Boolean}";
        var actualRows = actual.Rows.ToList();
        if (ext == ".csv")
        {
            // CSV loses types: compare through the CSV writer.
            var sw = new StringWriter();
            CsvResultsWriter.Write(QueryResult.FromBindings(actual.Variables, actualRows), sw);
            actual = CsvResultsReader.Read(new StringReader(sw.ToString()));
            actualRows = actual.Rows.ToList();
        }
        var expectedRows = expected.Rows.ToList();
        if (lax)
        {
            expectedRows = expectedRows.Distinct(Solution.EqualityComparer.Instance).ToList();
            actualRows = actualRows.Distinct(Solution.EqualityComparer.Instance).ToList();
        }
        var ordered = query.Syntax.OrderBy.Count > 0;
        return ResultComparison.SameBindings(expected.Variables, expectedRows, actual.Variables, actualRows, ordered)
            ? null
            : $"expected {expectedRows.Count} rows, got {actualRows.Count}:\n{Show(expected.Variables, expectedRows)}\n--- actual ---\n{Show(actual.Variables, actualRows)}";
    }

    private static string Show(IReadOnlyList<string> vars, List<Term?[]> rows) =>
        string.Join("\n", rows.Take(80).Select(r => string.Join(" ", vars.Select((v, i) => $"?{v}={(i < r.Length ? r[i]?.ToString() : "")}"))));

    private static QueryResult Read(string path, SparqlResultsFormat format)
    {
        using var reader = new StreamReader(path);
        return SparqlResultsFormats.Read(reader, format);
    }

    private static Dataset TurtleLoadOrThrow(Term file)
    {
        var path = PathOf(file);
        if (path.EndsWith(".rdf", StringComparison.Ordinal)) throw new NotSupportedException("RDF/XML input not supported");
        return TurtleShim.Load(path, ((Iri)file).Value);
    }

    private string? RunUpdateTest(ManifestGraph m, Term test, Term action, CancellationToken ct)
    {
        var store = new Dataset();
        LoadState(m, action, store);
        var request = m.Object(action, ManifestGraph.Ut + "request")!;
        var result = m.Object(test, ManifestGraph.Mf + "result");
        try
        {
            UpdateExecutor.Execute(SparqlUpdate.Parse(ReadText(request), ((Iri)request).Value), store, new QueryOptions(), ct);
        }
        catch (QueryEvaluationException e)
        {
            if (result is Iri r && r.Value.EndsWith("failure", StringComparison.Ordinal)) return null;
            return "update failed: " + e.Message;
        }
        var expected = new Dataset();
        if (result is not null) LoadState(m, result, expected);
        var graphs = expected.NamedGraphs.Concat(store.NamedGraphs).Distinct().ToList();
        if (!ResultComparison.Isomorphic(expected.Match(null, null, null, null).Select(q => q.Triple), store.Match(null, null, null, null).Select(q => q.Triple)))
            return "default graph differs:\n" + string.Join("\n", store.Match(null, null, null, null));
        foreach (var g in graphs)
        {
            if (!ResultComparison.Isomorphic(expected.Match(null, null, null, g).Select(q => q.Triple), store.Match(null, null, null, g).Select(q => q.Triple)))
                return $"graph {g} differs:\n" + string.Join("\n", store.Match(null, null, null, g));
        }
        return null;
    }

    private static void LoadState(ManifestGraph m, Term node, Dataset store)
    {
        foreach (var d in m.Objects(node, ManifestGraph.Ut + "data")) LoadInto(store, d, null);
        foreach (var gd in m.Objects(node, ManifestGraph.Ut + "graphData"))
        {
            var file = m.Object(gd, ManifestGraph.Ut + "graph")!;
            var label = m.Object(gd, ManifestGraph.Rdfs + "label") as Literal;
            LoadInto(store, file, label is null ? file : new Iri(label.LexicalForm));
        }
    }
}
