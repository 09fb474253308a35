namespace KgExport.Cli.Tests;

/// <summary>
/// Issue 16: a JSON-LD document cannot make the CLI read a local file by naming it as its context; every such
/// context gets the same one-line error (whether or not the file exists) and exit 2.
/// </summary>
public sealed class LocalContextTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file:///proc/self/environ")]
    [InlineData("file:///dev/zero")]
    [InlineData("file:///no/such/context.jsonld")]
    [InlineData("../../../../../../../../etc/passwd")]
    public void A_file_context_in_data_is_refused(string context)
    {
        var path = _scratch.File("doc.jsonld", $$"""{"@context": "{{context}}", "@id": "http://x/s", "http://x/p": "v"}""");
        var r = CliRun.Invoke("convert", path, "--to", "ntriples");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("is not a known local document and remote loading is off", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Equal("", r.Stdout);
    }
}
