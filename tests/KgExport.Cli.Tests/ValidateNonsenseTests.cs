using KgExport.Testing;

namespace KgExport.Cli.Tests;

/// <summary>
/// `kgexport validate` with the built-in shapes rejects an export that says impossible things (issue 18, finding 8);
/// the full set of cases, with Jena beside our validator, is in KgExport.Mapping.Tests' NonsenseShapesTests.
/// </summary>
public sealed class ValidateNonsenseTests
{
    private const string Kg = "https://w3id.org/kgexport/ontology#";
    private const string Entity = "https://w3id.org/kgexport/id/entity/";

    [Theory]
    [InlineData($"<{Kg}recognised> <{Entity}Q16150196>", $"<{Kg}recognised> <{Entity}Q423>", "does not recognise itself")]
    [InlineData($"<{Kg}severedWith> <{Entity}Q423>", $"<{Kg}severedWith> <{Entity}Q212>", "does not sever ties with itself")]
    [InlineData($"<{Kg}published> \"2022-07-14\"", $"<{Kg}published> \"2022-01-01\"", "dated after the article")]
    public void The_built_in_shapes_reject_it(string find, string replace, string message)
    {
        using var dir = new ScratchDirectory();
        var export = CliRun.Invoke("export", TestPaths.InRepository("seeds"), "-f", "ntriples", "-q");
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains(find, export.Stdout, StringComparison.Ordinal);
        var good = CliRun.Invoke("validate", dir.File("seed.nt", export.Stdout));
        Assert.True(good.ExitCode == 0, good.ToString());

        var bad = CliRun.Invoke("validate", dir.File("broken.nt", export.Stdout.Replace(find, replace, StringComparison.Ordinal)));
        Assert.True(bad.ExitCode == 1, bad.ToString());
        Assert.Contains(message, bad.Stderr, StringComparison.Ordinal);
    }
}
