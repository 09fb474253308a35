using System.Text;
using System.Text.Json;
using KgExport.Rdf;

namespace KgExport.Conformance;

/// <summary>
/// The RDF Dataset Canonicalization suite (rdf-canon/tests/manifest.ttl): evaluation tests compare our canonical
/// N-Quads with the expected file byte for byte; map tests compare the issued identifiers map with the expected JSON;
/// the negative test must stop with <see cref="CanonicalizationLimitException"/> (a poison graph).
/// </summary>
public static class CanonicalizationSuite
{
    private const string Rdfc = "https://w3c.github.io/rdf-canon/tests/vocab#";

    public static ConformanceSuite Rdfc10 { get; } = new("rdfc10", "rdf-canon/tests/manifest.ttl", new Dictionary<string, TestHandler>
    {
        [Rdfc + "RDFC10EvalTest"] = Eval,
        [Rdfc + "RDFC10MapTest"] = Map,
        [Rdfc + "RDFC10NegativeEvalTest"] = Negative,
    });

    private static TestOutcome Eval(ConformanceTest test, CancellationToken ct)
    {
        var actual = RdfCanonicalizer.Canonicalize(Input(test, ct), Options(test), ct).NQuads;
        var expected = File.ReadAllText(test.ResultPath, Encoding.UTF8);
        return actual == expected ? TestOutcome.Pass : TestOutcome.Fail(FirstDifference(expected, actual));
    }

    private static TestOutcome Map(ConformanceTest test, CancellationToken ct)
    {
        var actual = RdfCanonicalizer.Canonicalize(Input(test, ct), Options(test), ct).IssuedIdentifiers;
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(test.ResultPath, Encoding.UTF8))
            ?? throw new ConformanceFailure($"{test.ResultPath}: not a JSON object");
        var wrong = expected
            .Where(kv => !actual.TryGetValue(kv.Key, out var v) || v != kv.Value)
            .Select(kv => $"{kv.Key}: expected {kv.Value}, got {(actual.TryGetValue(kv.Key, out var v) ? v : "nothing")}")
            .Concat(actual.Keys.Except(expected.Keys).Select(k => $"{k}: not expected, got {actual[k]}"))
            .ToList();
        return wrong.Count == 0 ? TestOutcome.Pass : TestOutcome.Fail("issued identifiers differ: " + string.Join("; ", wrong));
    }

    private static TestOutcome Negative(ConformanceTest test, CancellationToken ct)
    {
        try
        {
            var result = RdfCanonicalizer.Canonicalize(Input(test, ct), Options(test), ct);
            return TestOutcome.Fail($"canonicalized a poison graph ({result.Quads.Count} quads) instead of stopping at the work limit");
        }
        catch (CanonicalizationLimitException)
        {
            return TestOutcome.Pass;
        }
    }

    private static List<Quad> Input(ConformanceTest test, CancellationToken ct) =>
        RdfSyntaxSuites.ParseFile(test.ActionPath, RdfFormat.NQuads, test.ActionBaseIri, ct);

    private static CanonicalizationOptions Options(ConformanceTest test) =>
        test.Value(Rdfc + "hashAlgorithm") is Literal { LexicalForm: var name }
            ? new CanonicalizationOptions
            {
                HashAlgorithm = name.ToUpperInvariant() switch
                {
                    "SHA256" => RdfcHashAlgorithm.Sha256,
                    "SHA384" => RdfcHashAlgorithm.Sha384,
                    _ => throw new ConformanceFailure($"unknown rdfc:hashAlgorithm \"{name}\""),
                },
            }
            : CanonicalizationOptions.Default;

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end)";
            var al = i < a.Length ? a[i] : "(end)";
            if (el != al) return $"canonical N-Quads differ at line {i + 1}:\n    expected {el}\n    actual   {al}";
        }
        return "canonical N-Quads differ";
    }
}
