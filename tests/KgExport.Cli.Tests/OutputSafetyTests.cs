using System.Text;
using KgExport.Testing;

namespace KgExport.Cli.Tests;

/// <summary>
/// <c>-o</c> and standard output under hostile conditions (issue 16): writes go through the file the user named, a
/// failed write is one line and exit 2 with the old file intact, and no temporary file outlives the process, whatever
/// stops it.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputSafetyTests : IDisposable
{
    private static readonly string Sample = TestPaths.InRepository("tests", "KgExport.Cli.Tests", "Samples", "recognition.ttl");
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(2);
    private const string OldContent = "old content\n";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_symlink_given_to_o_is_followed_and_stays_a_link()
    {
        var real = _scratch.File("real.nt", OldContent);
        var link = Path.Combine(_scratch.Path, "link.nt");
        File.CreateSymbolicLink(link, "real.nt");

        var r = CliRun.Invoke("convert", Sample, "--to", "nt", "-o", link);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("real.nt", new FileInfo(link).LinkTarget);
        Assert.StartsWith("<https://w3id.org/kgexport/", File.ReadAllText(real), StringComparison.Ordinal);
        Assert.Empty(TemporaryFilesIn(_scratch.Path));
    }

    [Fact]
    public void A_dangling_symlink_creates_the_file_it_names()
    {
        Directory.CreateDirectory(Path.Combine(_scratch.Path, "data"));
        var link = Path.Combine(_scratch.Path, "link.nt");
        File.CreateSymbolicLink(link, Path.Combine("data", "new.nt"));

        var r = CliRun.Invoke("convert", Sample, "--to", "nt", "-o", link);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(_scratch.Path, "data", "new.nt")));
    }

    [Fact]
    public void A_replaced_file_keeps_its_permissions()
    {
        var target = _scratch.File("out.nt", OldContent);
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var r = CliRun.Invoke("convert", Sample, "--to", "nt", "-o", target);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
    }

    [Fact]
    public async Task A_fifo_given_to_o_is_written_in_place()
    {
        var fifo = Path.Combine(_scratch.Path, "pipe.nt");
        var made = CliProcess.Shell("mkfifo pipe.nt", _scratch.Path, ChildTimeout);
        Assert.True(made.ExitCode == 0, made.ToString());
        // Opening a FIFO blocks until the other end opens: the reader gets its own thread.
        var reader = Task.Factory.StartNew(() => File.ReadAllText(fifo), TaskCreationOptions.LongRunning);

        var r = CliRun.Invoke("convert", Sample, "--to", "nt", "-o", fifo);

        try
        {
            Assert.True(r.ExitCode == 0, r.ToString());
            var received = await reader.WaitAsync(ChildTimeout);
            Assert.StartsWith("<https://w3id.org/kgexport/", received, StringComparison.Ordinal);
            Assert.Equal(FileNodeKind.Fifo, FileNodeKinds.Of(fifo));
            Assert.Empty(TemporaryFilesIn(_scratch.Path));
        }
        finally
        {
            // A failed run never opened the FIFO: open its writing end once so the reader thread ends.
            if (!reader.IsCompleted) using (new FileStream(fifo, FileMode.Open, FileAccess.Write)) { }
        }
    }

    [Fact]
    public void Dev_null_is_written_to_and_stays_a_device()
    {
        var r = CliRun.Invoke("convert", Sample, "--to", "nt", "-o", "/dev/null");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(FileNodeKind.CharacterDevice, FileNodeKinds.Of("/dev/null"));
        Assert.Empty(TemporaryFilesIn("/dev"));
    }

    [Fact]
    public void Dev_stdout_is_the_standard_output_it_names()
    {
        var piped = CliProcess.Shell(CliProcess.CommandLine("convert", Sample, "--to", "nt", "-o", "/dev/stdout") + " | cat", _scratch.Path, ChildTimeout);
        var redirected = CliProcess.Shell(CliProcess.CommandLine("convert", Sample, "--to", "nt", "-o", "/dev/stdout") + " > out.nt", _scratch.Path, ChildTimeout);

        Assert.True(piped.ExitCode == 0, piped.ToString());
        Assert.StartsWith("<https://w3id.org/kgexport/", piped.Stdout, StringComparison.Ordinal);
        Assert.True(redirected.ExitCode == 0, redirected.ToString());
        Assert.Equal(piped.Stdout, File.ReadAllText(Path.Combine(_scratch.Path, "out.nt")));
        Assert.Empty(TemporaryFilesIn(_scratch.Path));
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("export")]
    [InlineData("wikidata")]
    public void O_dev_full_is_one_line_and_exit_2(string verb)
    {
        var r = CliRun.Invoke([.. VerbArguments(verb), "-o", "/dev/full"]);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.EndsWith("kgexport: /dev/full: cannot write: no space left on device\n", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(FileNodeKind.CharacterDevice, FileNodeKinds.Of("/dev/full"));
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("export")]
    public void Standard_output_to_dev_full_is_one_line_and_exit_2(string verb)
    {
        var r = CliProcess.Shell(CliProcess.CommandLine(VerbArguments(verb)) + " > /dev/full", _scratch.Path, ChildTimeout);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal("kgexport: standard output: cannot write: no space left on device\n", r.Stderr);
    }

    [Fact]
    public void A_write_that_fails_keeps_the_old_file_and_leaves_no_temporary_file()
    {
        var target = _scratch.File("out.nt", OldContent);
        var input = BigNTriples(20_000);
        // The shell's file-size limit (in KiB) makes a real write fail part way. W^X is off because the runtime's
        // double-mapped code heap is a file the limit would also cut short.
        var r = CliProcess.Shell("ulimit -f 64; exec " + CliProcess.CommandLine("convert", input, "--to", "nt", "-o", target), _scratch.Path, ChildTimeout,
            new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "0" });

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal($"kgexport: {target}: cannot write: file too large; {target} keeps its previous content\n", r.Stderr);
        Assert.Equal(OldContent, File.ReadAllText(target));
        Assert.Empty(TemporaryFilesIn(_scratch.Path));
    }

    [Fact]
    public void An_export_that_fails_on_its_data_keeps_the_old_file_and_leaves_no_temporary_file()
    {
        var target = _scratch.File("out.nt", OldContent);
        var article = _scratch.File("empty.txt", "   \n");

        var r = CliRun.Invoke("export", article, "-f", "nquads", "--no-cache", "-o", target);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal(OldContent, File.ReadAllText(target));
        Assert.Empty(TemporaryFilesIn(_scratch.Path));
    }

    [Theory]
    [InlineData(15, 143)] // SIGTERM
    [InlineData(2, 130)] // SIGINT, as Ctrl-C sends it
    public async Task A_signal_during_a_long_conversion_leaves_no_temporary_file(int signal, int exitCode)
    {
        var target = _scratch.File("out.nt", OldContent);
        // An input that is still arriving: the conversion has written megabytes to its temporary file and is waiting
        // for more when the signal comes, the moment a big export spends most of its time in.
        using var child = CliProcess.Start(_scratch.Path, "convert", "-", "--from", "ntriples", "--to", "nt", "-o", target);
        var stderr = child.StandardError.ReadToEndAsync();
        for (var i = 0; i < 100_000; i++) child.StandardInput.Write(Triple(i));
        child.StandardInput.Flush();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!TemporaryFilesIn(_scratch.Path).Any(f => new FileInfo(f).Length > 1 << 20))
        {
            if (child.HasExited) Assert.Fail("kgexport ended before the signal: " + await stderr);
            Assert.True(clock.Elapsed < ChildTimeout, "the temporary file never grew past 1 MiB");
            Thread.Sleep(20);
        }

        CliProcess.Signal(child, signal);

        await child.WaitForExitAsync(new CancellationTokenSource(ChildTimeout).Token);
        Assert.Equal(exitCode, child.ExitCode);
        Assert.Empty(TemporaryFilesIn(_scratch.Path));
        Assert.Equal(OldContent, File.ReadAllText(target));
    }

    /// <summary>
    /// The seed with its publisher's item (Reuters, Q130879), so that its references name a source and the batch is
    /// not empty; a facts file without it has every fact held for review.
    /// </summary>
    private static readonly Lazy<string> CitedSeed = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("kgexport-cited-seed-").FullName;
        var text = TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.txt");
        var facts = KgExport.Facts.FactsLoader.LoadFileOrThrow(TestPaths.InRepository("seeds", "000_ee2775bcac5f55b5.facts.json"), KgExport.Facts.ArticleText.Load(text));
        facts = facts with { Entities = [.. facts.Entities.Select(e => e.Id == "reuters" ? e with { Wikidata = "Q130879" } : e)] };
        File.Copy(text, Path.Combine(dir, "000_ee2775bcac5f55b5.txt"));
        File.WriteAllText(Path.Combine(dir, "000_ee2775bcac5f55b5.facts.json"), KgExport.Facts.FactsWriter.Write(facts));
        return dir;
    });

    private static string[] VerbArguments(string verb) => verb switch
    {
        "convert" => ["convert", Sample, "--to", "nt"],
        "export" => ["export", TestPaths.InRepository("seeds"), "--no-cache", "-q"],
        "wikidata" => ["wikidata", CitedSeed.Value, "--map", TestPaths.InRepository("ontology", "wikibase-map.json")],
        _ => throw new ArgumentOutOfRangeException(nameof(verb)),
    };

    private string BigNTriples(int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++) text.Append(Triple(i));
        return _scratch.File("big.nt", text.ToString());
    }

    private static string Triple(int i) => $"<http://example.org/s{i}> <http://example.org/p> \"value {i}\" .\n";


    /// <summary>The hidden temporary files an output leaves beside its target while it is written.</summary>
    private static string[] TemporaryFilesIn(string directory) =>
        Directory.GetFiles(directory, ".*.tmp");
}
