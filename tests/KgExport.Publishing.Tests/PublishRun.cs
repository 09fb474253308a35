using KgExport.Cli;
using KgExport.Cli.Commands;

namespace KgExport.Publishing.Tests;

internal sealed record PublishResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the publish verb in-process with captured streams.</summary>
internal static class PublishRun
{
    public static PublishResult Invoke(PublishCommand.PublishRequest request)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), output, error);
        var code = GuardedAction.Run(terminal, () => PublishCommand.Run(request with { PlainProgress = true }, terminal, CancellationToken.None));
        return new PublishResult(code, output.ToString(), error.ToString());
    }

    public static PublishResult Cli(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(() => new MemoryStream(), () => new MemoryStream(), output, error);
        var code = KgExportCommand.Run(args, terminal);
        return new PublishResult(code, output.ToString(), error.ToString());
    }
}
