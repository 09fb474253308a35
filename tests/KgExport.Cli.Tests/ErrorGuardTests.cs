using KgExport.Corpus;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Cli.Tests;

/// <summary>One error guard around every command line, one table from exception to exit code and message.</summary>
public sealed class ErrorGuardTests
{
    private const string UnknownContext = "https://unknown.example/context.jsonld";

    [Theory]
    [InlineData("export")]
    [InlineData("convert")]
    public void An_unknown_context_url_is_an_input_error_that_says_so(string verb)
    {
        var result = verb == "export"
            ? CliRun.Invoke("export", TestPaths.InRepository("seeds"), "--no-cache", "-q", "-f", "jsonld", "--context-url", UnknownContext)
            : CliRun.Invoke("convert", TestPaths.InRepository("tests", "KgExport.Cli.Tests", "Samples", "recognition.ttl"), "--to", "jsonld", "--context-url", UnknownContext);
        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.Contains($"kgexport: cannot write JSON-LD: loading document failed: <{UnknownContext}>", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Help_that_cannot_be_written_is_an_exit_code_not_an_unhandled_exception()
    {
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), new FullDisk(), error);
        Assert.Equal(ExitCodes.UsageError, KgExportCommand.Run(["export", "--help"], terminal));
        Assert.Contains("kgexport: No space left on device", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void When_standard_error_fails_too_the_exit_code_still_says_it()
    {
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), new FullDisk(), new FullDisk());
        Assert.Equal(ExitCodes.UsageError, KgExportCommand.Run(["--help"], terminal));
    }

    public static TheoryData<Exception, int, string> Table => new()
    {
        { new RdfSyntaxException("a.ttl", new TextPosition(3, 4, 20), "'.' expected"), ExitCodes.UsageError, "a.ttl:3:4: '.' expected" },
        { new InvalidUtf8Exception("a.ttl", 7), ExitCodes.UsageError, "a.ttl: not valid UTF-8 (byte offset 7)" },
        { new UsageException("--jobs must be from 1 to 256"), ExitCodes.UsageError, "kgexport: --jobs must be from 1 to 256" },
        { new DatasetLoadException("a.txt: the article's graph does not conform", dataInvalid: true), ExitCodes.DataInvalid, "kgexport: a.txt: the article's graph does not conform" },
        { new DatasetLoadException("a.txt: the article is empty"), ExitCodes.UsageError, "kgexport: a.txt: the article is empty" },
        { new ValidationLimitException("validation took longer than 60 s"), ExitCodes.UsageError, "kgexport: validation took longer than 60 s" },
        { new OperationCanceledException(), ExitCodes.Cancelled, "kgexport: cancelled" },
        { new InvalidOperationException("a bug"), ExitCodes.UsageError, "kgexport: internal error (InvalidOperationException): a bug (set KGEXPORT_DEBUG=1 for details)" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_failure_has_one_exit_code_and_one_message(Exception failure, int code, string message)
    {
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), new StringWriter(), error);
        Assert.Equal(code, GuardedAction.Run(terminal, () => throw failure));
        Assert.Equal(message + "\n", error.ToString());
    }

    /// <summary>A writer on a full disk: every flush fails, as writing to /dev/full does.</summary>
    private sealed class FullDisk : StringWriter
    {
        public override void Flush() => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
