using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KgExport.Cli.Tests;

/// <summary>The outcome of a child process: exit code and what it wrote.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// The built <c>kgexport</c> run as a child process, for what only a real process shows: signals, its own standard
/// output redirected by a shell, resource limits.
/// </summary>
public static class CliProcess
{
    internal static readonly string Dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    internal static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "kgexport.dll");

    /// <summary>A shell command line that runs kgexport with <paramref name="args"/>, each quoted.</summary>
    public static string CommandLine(params string[] args) =>
        string.Join(' ', new[] { Dotnet, Dll }.Concat(args).Select(ShellQuote));

    /// <summary>Runs <paramref name="script"/> with bash in <paramref name="directory"/> and waits for it.</summary>
    public static ProcessResult Shell(string script, string directory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", script },
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {timeout}");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts kgexport with its standard streams redirected; the caller feeds and ends it.</summary>
    public static Process Start(string directory, params string[] args)
    {
        var info = new ProcessStartInfo(Dotnet)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    /// <summary>Sends <paramref name="signal"/> (a POSIX signal number) to a process; .NET can only send SIGKILL.</summary>
    public static void Signal(Process process, int signal)
    {
        if (Kill(process.Id, signal) != 0) throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    private static string ShellQuote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
