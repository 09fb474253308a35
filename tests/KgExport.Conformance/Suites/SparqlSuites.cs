using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;
using KgExport.Sparql.Syntax;
using KgExport.Sparql.Update;

namespace KgExport.Conformance;

/// <summary>
/// The SPARQL suites: SPARQL 1.1 syntax (query and update), SPARQL 1.1 query evaluation, SPARQL 1.1 update
/// evaluation and SPARQL 1.0 evaluation. Each suite reads its manifests and runs the test types it handles, dropping (and counting) the types it lists as ignored;
/// entailment-regime tests are skipped with a reason; SERVICE tests run against local endpoints (<see cref="LocalServiceEndpoints"/>).
/// </summary>
public static class SparqlSuites
{
    private const string Mf = ManifestReader.Mf;
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    private const string Root = "rdf-tests/sparql/";
    private static int _loads;

    // Types of the shared manifests that another suite (or nobody) runs, with the reason; see ConformanceSuite.IgnoredTypes.
    private const string InEval = "evaluation test: run by the sparql11-eval suite";
    private const string InUpdate = "update evaluation test: run by the sparql11-update suite";
    private const string InSyntax = "syntax test: run by the sparql11-syntax suite";
    private const string Http = "SPARQL 1.1 Protocol / Graph Store / Service Description test: an HTTP exchange described in prose, not automated by this runner";

    private static readonly Dictionary<string, string> HttpTypes = new(StringComparer.Ordinal)
    {
        [Mf + "ProtocolTest"] = Http,
        [Mf + "GraphStoreProtocolTest"] = Http,
        [Mf + "ServiceDescriptionTest"] = Http,
    };

    private static readonly Dictionary<string, string> SyntaxTypes = new(StringComparer.Ordinal)
    {
        [Mf + "PositiveSyntaxTest11"] = InSyntax,
        [Mf + "NegativeSyntaxTest11"] = InSyntax,
        [Mf + "PositiveUpdateSyntaxTest11"] = InSyntax,
        [Mf + "NegativeUpdateSyntaxTest11"] = InSyntax,
    };

    public static ConformanceSuite Syntax11 { get; } = Filtered("sparql11-syntax", Root + "sparql11/manifest-all.ttl", new Dictionary<string, TestHandler>
    {
        [Mf + "PositiveSyntaxTest11"] = (t, _) => ParsesQuery(t),
        [Mf + "NegativeSyntaxTest11"] = (t, _) => Rejects(t, () => SparqlQuery.Parse(File.ReadAllText(t.ActionPath), t.ActionBaseIri)),
        [Mf + "PositiveUpdateSyntaxTest11"] = (t, _) => ParsesUpdate(t),
        [Mf + "NegativeUpdateSyntaxTest11"] = (t, _) => Rejects(t, () => SparqlUpdate.Parse(File.ReadAllText(t.ActionPath), t.ActionBaseIri)),
    }, new Dictionary<string, string>(HttpTypes, StringComparer.Ordinal)
    {
        [Mf + "QueryEvaluationTest"] = InEval,
        [Mf + "CSVResultFormatTest"] = InEval,
        [Mf + "UpdateEvaluationTest"] = InUpdate,
    });

    public static ConformanceSuite Eval11 { get; } = Filtered("sparql11-eval", Root + "sparql11/manifest-all.ttl", new Dictionary<string, TestHandler>
    {
        [Mf + "QueryEvaluationTest"] = QueryEvaluation,
        [Mf + "CSVResultFormatTest"] = QueryEvaluation,
    }, new Dictionary<string, string>(SyntaxTypes.Concat(HttpTypes), StringComparer.Ordinal)
    {
        [Mf + "UpdateEvaluationTest"] = InUpdate,
    });

    public static ConformanceSuite Update11 { get; } = Filtered("sparql11-update", Root + "sparql11/manifest-sparql11-update.ttl", new Dictionary<string, TestHandler>
    {
        [Mf + "UpdateEvaluationTest"] = UpdateEvaluation,
        [Ut + "UpdateEvaluationTest"] = UpdateEvaluation,
    }, SyntaxTypes.Where(t => t.Key != Mf + "PositiveSyntaxTest11").ToDictionary(StringComparer.Ordinal));

    public static ConformanceSuite Eval10 { get; } = Filtered("sparql10-eval", Root + "sparql10/manifest-evaluation.ttl", new Dictionary<string, TestHandler>
    {
        [Mf + "QueryEvaluationTest"] = QueryEvaluation,
    }, []);

    /// <summary>A suite over a manifest that mixes test kinds: runs the handled types, drops (and counts) the ignored ones.</summary>
    private static ConformanceSuite Filtered(string name, string manifest, Dictionary<string, TestHandler> handlers, Dictionary<string, string> ignored)
    {
        var guarded = handlers.ToDictionary(kv => kv.Key, kv => Guard(kv.Value));
        return new ConformanceSuite(name, manifest, guarded)
        {
            IgnoredTypes = ignored,
        };
    }

    private static TestHandler Guard(TestHandler inner) => (test, ct) =>
    {
        var dir = Path.GetFileName(Path.GetDirectoryName(test.ManifestPath));
        if (dir == "entailment") return TestOutcome.Skip("entailment regimes are out of scope");
        if (test.Value(Dawgt + "approval") is Iri a && a.Value.EndsWith("Withdrawn", StringComparison.Ordinal))
            return TestOutcome.Skip("withdrawn by the working group");
        return inner(test, ct);
    };

    private static TestOutcome ParsesQuery(ConformanceTest t)
    {
        try
        {
            SparqlQuery.Parse(File.ReadAllText(t.ActionPath), t.ActionBaseIri);
            return TestOutcome.Pass;
        }
        catch (SparqlSyntaxException e)
        {
            return TestOutcome.Fail("rejected a valid query: " + e.Message);
        }
    }

    private static TestOutcome ParsesUpdate(ConformanceTest t)
    {
        try
        {
            SparqlUpdate.Parse(File.ReadAllText(t.ActionPath), t.ActionBaseIri);
            return TestOutcome.Pass;
        }
        catch (SparqlSyntaxException e)
        {
            return TestOutcome.Fail("rejected a valid update: " + e.Message);
        }
    }

    private static TestOutcome Rejects(ConformanceTest t, Action parse)
    {
        try
        {
            parse();
            return TestOutcome.Fail("accepted input the grammar rejects");
        }
        catch (SparqlSyntaxException)
        {
            return TestOutcome.Pass;
        }
    }

    /// <summary>Parses one data file (Turtle family or RDF/XML, by extension) into quads.</summary>
    private static IEnumerable<Quad> LoadFile(ConformanceTest test, Term file, CancellationToken ct)
    {
        var path = test.LocalPath(file);
        var format = RdfFormats.TryFromPath(path, out var f) ? f : RdfFormat.Turtle;
        // Each file's blank nodes are its own: a per-load prefix keeps equal labels in two files apart.
        var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = path, BaseIri = ((Iri)file).Value, BlankNodePrefix = $"f{Interlocked.Increment(ref _loads)}_" });
        using var bytes = RdfIo.OpenFile(path);
        return [.. RdfIo.Parse(parser, bytes, path, ct)];
    }

    private static void LoadInto(Dataset store, ConformanceTest test, Term file, Term? graph, CancellationToken ct)
    {
        foreach (var q in LoadFile(test, file, ct)) store.Add(q.InGraph(graph ?? q.Graph));
    }

    private static TestOutcome QueryEvaluation(ConformanceTest test, CancellationToken ct)
    {
        var action = test.Action!;
        var queryFile = test.Value(Qt + "query", action)!;
        // SERVICE tests: each endpoint is a kgexport server on loopback, named in the query and data by its local URL.
        using var services = LocalServiceEndpoints.Start(test.Values(Qt + "serviceData", action).Select(sd =>
            (((Iri)test.Value(Qt + "endpoint", sd)!).Value, LoadFile(test, test.Value(Qt + "data", sd)!, ct))));
        var query = SparqlQuery.Parse(services.Rewrite(File.ReadAllText(test.LocalPath(queryFile))), ((Iri)queryFile).Value);
        var store = new Dataset();
        foreach (var d in test.Values(Qt + "data", action)) LoadInto(store, test, d, null, ct);
        foreach (var g in test.Values(Qt + "graphData", action)) LoadInto(store, test, g, g, ct);
        foreach (var g in query.From.Concat(query.FromNamed))
        {
            if (!store.HasGraph(g) && File.Exists(test.LocalPath(g))) LoadInto(store, test, g, g, ct);
        }
        if (services.Any) store = new Dataset(store.Quads.Select(services.ToLocal));
        var options = new QueryOptions { Timeout = TimeSpan.FromSeconds(30), Federation = services.Any ? services.Federation() : null };
        var actual = QueryExecutor.Execute(query, store, options, ct);
        var resultPath = test.ResultPath;
        if (actual.Kind == QueryResultKind.Graph)
        {
            var expectedGraph = LoadFile(test, test.Result!, ct).Select(q => q.Triple);
            return SparqlResultComparison.Isomorphic(expectedGraph, actual.Triples) ? TestOutcome.Pass : TestOutcome.Fail("graph differs from the expected result");
        }
        var ext = Path.GetExtension(resultPath);
        var expected = ext switch
        {
            ".srx" => ReadResults(resultPath, SparqlResultsFormat.Xml),
            ".srj" => ReadResults(resultPath, SparqlResultsFormat.Json),
            ".tsv" => ReadResults(resultPath, SparqlResultsFormat.Tsv),
            ".csv" => ReadResults(resultPath, SparqlResultsFormat.Csv),
            ".ttl" or ".rdf" => RdfResultSet.Read(new Dataset(LoadFile(test, test.Result!, ct))),
            _ => throw new ConformanceFailure($"{ext} results not supported"),
        };
        if (actual.Kind == QueryResultKind.Boolean || expected.Kind == QueryResultKind.Boolean)
        {
            return actual.Kind == expected.Kind && actual.Boolean == expected.Boolean
                ? TestOutcome.Pass
                : TestOutcome.Fail($"expected {expected.Boolean}, got {actual.Boolean}");
        }
        var actualRows = actual.Rows.Select(r => r.Select(services.ToExample).ToArray()).ToList();
        var actualVars = actual.Variables;
        if (ext == ".csv")
        {
            // CSV loses term types: compare through the CSV writer and reader.
            var sw = new StringWriter();
            CsvResultsWriter.Write(QueryResult.FromBindings(actualVars, actualRows), sw);
            var reread = CsvResultsReader.Read(new StringReader(sw.ToString()));
            actualRows = [.. reread.Rows];
        }
        var expectedRows = expected.Rows.ToList();
        if (test.Value(Mf + "resultCardinality") is Iri)
        {
            expectedRows = [.. expectedRows.Distinct(Solution.EqualityComparer.Instance)];
            actualRows = [.. actualRows.Distinct(Solution.EqualityComparer.Instance)];
        }
        var ordered = query.Syntax.OrderBy.Count > 0;
        return SparqlResultComparison.SameBindings(expected.Variables, expectedRows, actualVars, actualRows, ordered)
            ? TestOutcome.Pass
            : TestOutcome.Fail($"expected {expectedRows.Count} rows, got {actualRows.Count}\n expected:\n{Show(expected.Variables, expectedRows)}\n actual:\n{Show(actualVars, actualRows)}");
    }

    private static string Show(IReadOnlyList<string> vars, List<Term?[]> rows) =>
        string.Join("\n", rows.Take(30).Select(r => "  " + string.Join(" ", vars.Select((v, i) => $"?{v}={(i < r.Length ? r[i]?.ToString() : "")}"))));

    private static QueryResult ReadResults(string path, SparqlResultsFormat format)
    {
        using var reader = new StreamReader(path);
        return SparqlResultsFormats.Read(reader, format);
    }

    private static TestOutcome UpdateEvaluation(ConformanceTest test, CancellationToken ct)
    {
        var action = test.Action!;
        var store = new Dataset();
        LoadState(test, action, store, ct);
        var request = test.Value(Ut + "request", action)!;
        UpdateExecutor.Execute(SparqlUpdate.Parse(File.ReadAllText(test.LocalPath(request)), ((Iri)request).Value), store, new QueryOptions(), ct);
        var expected = new Dataset();
        if (test.Result is not null) LoadState(test, test.Result, expected, ct);
        if (!SparqlResultComparison.Isomorphic(expected.Match(null, null, null, null).Select(q => q.Triple), store.Match(null, null, null, null).Select(q => q.Triple)))
            return TestOutcome.Fail("default graph differs:\n" + string.Join("\n", store.Match(null, null, null, null)));
        foreach (var g in expected.NamedGraphs.Concat(store.NamedGraphs).Distinct())
        {
            if (!SparqlResultComparison.Isomorphic(expected.Match(null, null, null, g).Select(q => q.Triple), store.Match(null, null, null, g).Select(q => q.Triple)))
                return TestOutcome.Fail($"graph {g} differs:\n" + string.Join("\n", store.Match(null, null, null, g)));
        }
        return TestOutcome.Pass;
    }

    private static void LoadState(ConformanceTest test, Term node, Dataset store, CancellationToken ct)
    {
        foreach (var d in test.Values(Ut + "data", node)) LoadInto(store, test, d, null, ct);
        foreach (var gd in test.Values(Ut + "graphData", node))
        {
            var file = test.Value(Ut + "graph", gd)!;
            var label = test.Value(Rdfs + "label", gd) as Literal;
            LoadInto(store, test, file, label is null ? file : new Iri(label.LexicalForm), ct);
        }
    }
}
