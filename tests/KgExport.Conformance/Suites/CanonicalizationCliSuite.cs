using System.Text;
using KgExport.Cli;

namespace KgExport.Conformance;

/// <summary>
/// The RDF Dataset Canonicalization suite again, through the command a user runs: every evaluation test is
/// `kgexport canon ACTION --from nquads` (with `--rdfc-hash sha384` where the test names SHA-384), in-process, its
/// standard output compared byte for byte with the expected N-Quads; the poison graph must exit 2 with a message.
/// Map tests check the issued identifiers, which the command does not print; they run in the library suite.
/// </summary>
public static class CanonicalizationCliSuite
{
    private const string Rdfc = "https://w3c.github.io/rdf-canon/tests/vocab#";

    public static ConformanceSuite Rdfc10Cli { get; } = new("rdfc10-cli", "rdf-canon/tests/manifest.ttl", new Dictionary<string, TestHandler>
    {
        [Rdfc + "RDFC10EvalTest"] = Eval,
        [Rdfc + "RDFC10MapTest"] = (_, _) => TestOutcome.Skip("the issued identifiers map is not printed by `kgexport canon`; checked by the rdfc10 suite"),
        [Rdfc + "RDFC10NegativeEvalTest"] = Negative,
    });

    private static TestOutcome Eval(ConformanceTest test, CancellationToken ct)
    {
        var (code, stdout, stderr) = Canon(test);
        if (code != ExitCodes.Ok) return TestOutcome.Fail($"exit {code}: {stderr}");
        var expected = File.ReadAllText(test.ResultPath, Encoding.UTF8);
        return stdout == expected ? TestOutcome.Pass : TestOutcome.Fail($"stdout differs from {Path.GetFileName(test.ResultPath)}:\n{stdout}");
    }

    private static TestOutcome Negative(ConformanceTest test, CancellationToken ct)
    {
        var (code, _, stderr) = Canon(test);
        return code == ExitCodes.UsageError && stderr.Contains("too symmetric", StringComparison.Ordinal)
            ? TestOutcome.Pass
            : TestOutcome.Fail($"expected exit 2 with a message about the work limit, got exit {code}: {stderr}");
    }

    private static (int Code, string Stdout, string Stderr) Canon(ConformanceTest test)
    {
        List<string> args = ["canon", test.ActionPath, "--from", "nquads", "--base", test.ActionBaseIri];
        if (test.Value(Rdfc + "hashAlgorithm") is KgExport.Rdf.Literal { LexicalForm: var name }) args.AddRange(["--rdfc-hash", name.ToLowerInvariant()]);
        var stdout = new MemoryStream();
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(() => new MemoryStream([], writable: false), () => stdout, new StringWriter(), error);
        var code = KgExportCommand.Run([.. args], terminal);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), error.ToString());
    }
}
