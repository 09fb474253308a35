using System.Text;

namespace KgExport.Cli.Tests;

/// <summary>The outcome of running `kgexport` in-process with captured streams.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}\n--- output\n{Output}";
}

/// <summary>Runs the command in-process against its own streams, so tests never touch the global Console.</summary>
public static class CliRun
{
    public static CliResult Invoke(params string[] args) => WithStdin([], args);

    public static CliResult WithStdin(string stdin, params string[] args) => WithStdin(Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult WithStdin(byte[] stdin, params string[] args)
    {
        var stdout = new MemoryStream();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var terminal = new Terminal(() => new MemoryStream(stdin, writable: false), () => stdout, output, error);
        var code = KgExportCommand.Run(args, terminal);
        return new CliResult(code, Encoding.UTF8.GetString(stdout.ToArray()), error.ToString(), output.ToString());
    }
}

/// <summary>A temporary directory removed after the test.</summary>
public sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kgexport-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null) System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
