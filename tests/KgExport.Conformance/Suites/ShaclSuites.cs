using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Conformance;

/// <summary>
/// The W3C SHACL test suite (data-shapes-test-suite): core and SPARQL. Each sht:Validate test loads its data and
/// shapes graphs, validates, and compares the report with the expected one the way the suite intends: sh:conforms
/// must agree, and the results must be the same multiset of (focus node, result path, value, source shape,
/// component, severity). Result paths are compared by structure; sh:resultMessage only where the test states one.
/// A file that is both the manifest and a graph is read once, so its blank nodes keep their identity.
/// </summary>
public static class ShaclSuites
{
    private const string Sht = "http://www.w3.org/ns/shacl-test#";
    private static readonly Iri DataGraph = new(Sht + "dataGraph");
    private static readonly Iri ShapesGraphIri = new(Sht + "shapesGraph");
    private static readonly Iri Failure = new(Sht + "Failure");
    private static readonly Iri SourceConstraint = ShaclVocab.Sh("sourceConstraint");

    public static ConformanceSuite Core { get; } = new(
        "shacl-core",
        "data-shapes/data-shapes-test-suite/tests/core/manifest.ttl",
        new Dictionary<string, TestHandler> { [Sht + "Validate"] = Validate });

    public static ConformanceSuite Sparql { get; } = new(
        "shacl-sparql",
        "data-shapes/data-shapes-test-suite/tests/sparql/manifest.ttl",
        new Dictionary<string, TestHandler> { [Sht + "Validate"] = Validate });

    private static TestOutcome Validate(ConformanceTest test, CancellationToken cancellationToken)
    {
        var action = test.Action ?? throw new ConformanceFailure("no mf:action");
        var data = Graph(test, test.Value(DataGraph.Value, action), cancellationToken);
        var shapes = Graph(test, test.Value(ShapesGraphIri.Value, action), cancellationToken);
        var expectedNode = test.Result ?? throw new ConformanceFailure("no mf:result");

        var expectsFailure = expectedNode.Equals(Failure);
        ValidationReport report;
        try
        {
            report = new ShapeValidator(ShapesGraph.Load(shapes, null, cancellationToken)).Validate(data, null, cancellationToken);
        }
        catch (ShapesGraphException e) when (expectsFailure && !e.IsUnsupportedFeature)
        {
            // The test wants the shapes rejected, and they were, for a reason of their own (not "SPARQL is missing").
            return TestOutcome.Pass;
        }
        catch (ShapesGraphException e)
        {
            throw new ConformanceFailure("shapes graph rejected: " + e.Message);
        }
        if (expectsFailure) throw new ConformanceFailure("expected the validation to fail (sht:Failure), but it produced a report");

        var expected = ReportSummary.Read(test.Manifest, expectedNode);
        var actualGraph = report.ToDataset();
        var actualNode = actualGraph.Match(null, Vocab.Rdf.Type, ShaclVocab.ValidationReport, null).Single().Subject;
        var actual = ReportSummary.Read(actualGraph, actualNode);
        var problem = expected.Difference(actual);
        return problem is null ? TestOutcome.Pass : TestOutcome.Fail(problem);
    }

    private static Dataset Graph(ConformanceTest test, Term? graph, CancellationToken cancellationToken)
    {
        if (graph is not Iri iri) throw new ConformanceFailure("the action has no graph IRI");
        var path = Path.GetFullPath(test.LocalPath(iri));
        if (path == Path.GetFullPath(test.ManifestPath)) return test.Manifest;
        var parser = new TurtleParser(new ParserOptions { SourceName = path, BaseIri = iri.Value.Split('#')[0], BlankNodePrefix = "g" }, allowGraphs: false);
        using var bytes = RdfIo.OpenFile(path);
        return new Dataset(RdfIo.Parse(parser, bytes, path, cancellationToken));
    }

    /// <summary>A report reduced to what the suite compares.</summary>
    private sealed record ReportSummary(bool? Conforms, List<string> Results, List<(string Key, string Messages)> Messages)
    {
        public static ReportSummary Read(Dataset g, Term report)
        {
            Term? One(Term s, Iri p) => g.Match(s, p, null, null).Select(q => q.Object).FirstOrDefault();
            bool? conforms = One(report, ShaclVocab.Conforms) is Literal l ? l.LexicalForm is "true" or "1" : null;
            var results = new List<string>();
            var messages = new List<(string, string)>();
            foreach (var r in g.Match(report, ShaclVocab.Result, null, null).Select(q => q.Object))
            {
                var key = string.Join(" | ",
                    "focus " + Show(One(r, ShaclVocab.FocusNode)),
                    "path " + (One(r, ShaclVocab.ResultPath) is { } p ? ShowPath(g, p, 0) : "-"),
                    "value " + Show(One(r, ShaclVocab.Value)),
                    "shape " + Show(One(r, ShaclVocab.SourceShape)),
                    "constraint " + Show(One(r, SourceConstraint)),
                    "component " + Show(One(r, ShaclVocab.SourceConstraintComponent)),
                    "severity " + Show(One(r, ShaclVocab.ResultSeverity)));
                results.Add(key);
                var texts = g.Match(r, ShaclVocab.ResultMessage, null, null).Select(q => q.Object.ToString()).Order(StringComparer.Ordinal).ToList();
                if (texts.Count > 0) messages.Add((key, string.Join(", ", texts)));
            }
            results.Sort(StringComparer.Ordinal);
            return new ReportSummary(conforms, results, messages);
        }

        /// <summary>Null when <paramref name="actual"/> matches this (expected) report, else what differs.</summary>
        public string? Difference(ReportSummary actual)
        {
            var problems = new List<string>();
            if (Conforms != actual.Conforms) problems.Add($"sh:conforms: expected {Conforms}, got {actual.Conforms}");
            var missing = Results.ToList();
            var extra = new List<string>();
            foreach (var r in actual.Results)
            {
                if (!missing.Remove(r)) extra.Add(r);
            }
            problems.AddRange(missing.Select(m => "missing result: " + m));
            problems.AddRange(extra.Select(e => "unexpected result: " + e));
            foreach (var (key, text) in Messages)
            {
                if (!actual.Messages.Contains((key, text))) problems.Add($"expected message {text} on {key}");
            }
            return problems.Count == 0 ? null : string.Join("\n    ", problems);
        }

        private static string Show(Term? t) => t?.ToString() ?? "-";

        private static string ShowPath(Dataset g, Term p, int depth)
        {
            if (depth > 20) throw new ConformanceFailure("result path too deep");
            if (p is not BlankNode) return p.ToString();
            Term? One(Iri pr) => g.Match(p, pr, null, null).Select(q => q.Object).FirstOrDefault();
            if (One(Vocab.Rdf.First) is not null) return "(" + string.Join(" / ", ManifestReader.ReadList(g, p).Select(x => ShowPath(g, x, depth + 1))) + ")";
            if (One(ShaclVocab.InversePath) is { } i) return "^" + ShowPath(g, i, depth + 1);
            if (One(ShaclVocab.AlternativePath) is { } a) return "(" + string.Join(" | ", ManifestReader.ReadList(g, a).Select(x => ShowPath(g, x, depth + 1))) + ")";
            if (One(ShaclVocab.ZeroOrMorePath) is { } z) return ShowPath(g, z, depth + 1) + "*";
            if (One(ShaclVocab.OneOrMorePath) is { } o) return ShowPath(g, o, depth + 1) + "+";
            if (One(ShaclVocab.ZeroOrOnePath) is { } q) return ShowPath(g, q, depth + 1) + "?";
            return "?" + p;
        }
    }
}
