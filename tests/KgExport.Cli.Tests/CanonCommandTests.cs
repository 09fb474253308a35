using System.Security.Cryptography;
using System.Text;

namespace KgExport.Cli.Tests;

/// <summary>
/// `kgexport canon` and `kgexport iso`. The W3C rdf-canon suite runs through `canon` too: the rdfc10-cli suite in
/// tests/KgExport.Conformance.
/// </summary>
public sealed class CanonCommandTests : IDisposable
{
    private const string Trig = """
        @prefix ex: <http://example.org/> .
        ex:a ex:p [ ex:q "x"@en ] .
        ex:g { ex:a ex:r [ ex:s ex:b ] , [ ex:s ex:c ] . }
        """;

    private const string SameAsNQuads = """
        _:two <http://example.org/s> <http://example.org/c> <http://example.org/g> .
        _:one <http://example.org/s> <http://example.org/b> <http://example.org/g> .
        <http://example.org/a> <http://example.org/r> _:two <http://example.org/g> .
        <http://example.org/a> <http://example.org/r> _:one <http://example.org/g> .
        _:top <http://example.org/q> "x"@en .
        <http://example.org/a> <http://example.org/p> _:top .
        <http://example.org/a> <http://example.org/p> _:top .
        """;

    private readonly SeedExports _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Two_syntaxes_of_one_dataset_give_the_same_canonical_bytes_with_named_graphs_kept()
    {
        var trig = CliRun.Invoke("canon", _files.File("a.trig", Trig));
        var nquads = CliRun.Invoke("canon", _files.File("b.nq", SameAsNQuads));
        Assert.True(trig.ExitCode == 0, trig.ToString());
        Assert.Equal(trig.Stdout, nquads.Stdout);
        var lines = trig.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, l => Assert.DoesNotContain("_:one", l));
        Assert.Contains("<http://example.org/a> <http://example.org/r> _:c14n", trig.Stdout);
        Assert.Equal(4, lines.Count(l => l.EndsWith("<http://example.org/g> .", StringComparison.Ordinal)));
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void Hash_prints_the_digest_of_the_canonical_n_quads()
    {
        var path = _files.File("a.trig", Trig);
        var canonical = CliRun.Invoke("canon", path).Stdout;
        var sha256 = CliRun.Invoke("canon", path, "--hash", "sha256");
        var sha384 = CliRun.Invoke("canon", path, "--hash", "sha384");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))) + "\n", sha256.Stdout);
        Assert.Equal(Convert.ToHexStringLower(SHA384.HashData(Encoding.UTF8.GetBytes(canonical))) + "\n", sha384.Stdout);
        Assert.Equal(sha256.Stdout, CliRun.Invoke("canon", _files.File("b.nq", SameAsNQuads), "--hash", "sha256").Stdout);
        Assert.Equal(ExitCodes.UsageError, CliRun.Invoke("canon", path, "--hash", "md5").ExitCode);
    }

    [Fact]
    public void The_seed_export_canonicalizes_alike_from_every_syntax()
    {
        var trig = CliRun.Invoke("canon", _files.Export("t", "trig"));
        Assert.True(trig.ExitCode == 0, trig.ToString());
        Assert.Equal(956, trig.Stdout.Count(c => c == '\n'));
        Assert.Equal(trig.Stdout, CliRun.Invoke("canon", _files.Export("q", "nquads")).Stdout);
        Assert.Equal(trig.Stdout, CliRun.Invoke("canon", _files.Export("j", "jsonld")).Stdout);
    }

    [Fact]
    public void Canon_reads_standard_input_with_from_and_writes_o_atomically()
    {
        var target = Path.Combine(_files.Directory, "out.nq");
        var result = CliRun.WithStdin(Trig, "canon", "-", "--from", "trig", "-o", target);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CliRun.Invoke("canon", _files.File("a.trig", Trig)).Stdout, File.ReadAllText(target));

        var bad = CliRun.WithStdin("<http://example.org/a> <http://example.org/b> .\n", "canon", "-", "--from", "nquads", "-o", target);
        Assert.Equal(ExitCodes.UsageError, bad.ExitCode);
        Assert.StartsWith("-:1:", bad.Stderr);
        Assert.Equal(6, File.ReadAllText(target).Count(c => c == '\n'));
        Assert.Equal(ExitCodes.UsageError, CliRun.WithStdin(Trig, "canon", "-").ExitCode);
    }

    [Fact]
    public void Iso_answers_with_its_exit_code()
    {
        var a = _files.File("a.trig", Trig);
        var b = _files.File("b.nq", SameAsNQuads);
        var c = _files.File("c.nq", SameAsNQuads.Replace("\"x\"@en", "\"y\"@en", StringComparison.Ordinal));
        var same = CliRun.Invoke("iso", a, b);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Equal("isomorphic: 6 quads\n", same.Output);
        var different = CliRun.Invoke("iso", a, c);
        Assert.Equal(ExitCodes.Differs, different.ExitCode);
        // The changed literal hangs from a blank node: its component of two quads differs as a whole.
        Assert.Contains("not isomorphic: 2 quads only in", different.Output);
        var quiet = CliRun.Invoke("iso", a, c, "-q");
        Assert.Equal(ExitCodes.Differs, quiet.ExitCode);
        Assert.Equal("", quiet.Output);
        var broken = CliRun.Invoke("iso", a, _files.File("d.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"open .\n"));
        Assert.Equal(ExitCodes.UsageError, broken.ExitCode);
        Assert.Matches(@"d\.ttl:2:\d+: ", broken.Stderr);
    }
}
