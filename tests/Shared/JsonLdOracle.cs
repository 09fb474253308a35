using System.Diagnostics;

namespace KgExport.Testing;

/// <summary>
/// The JSON-LD 1.1 reference processor (npm jsonld, wrapped by ../shared/tools/jsonld11) as a test oracle:
/// runs one command and returns its exit code, stdout and stderr.
/// </summary>
public static class JsonLdOracle
{
    public static string? Tool => File.Exists(Path.Combine(TestPaths.Shared, "tools", "jsonld11")) ? Path.Combine(TestPaths.Shared, "tools", "jsonld11") : null;

    /// <summary>Why the oracle cannot run here, or null when it can.</summary>
    public static string? Unavailable()
    {
        if (Tool is null) return $"jsonld11 not found under {TestPaths.Shared}/tools (set KGEXPORT_SHARED)";
        if (!File.Exists("/usr/bin/node") && !File.Exists("/usr/local/bin/node")) return $"node is not installed; run: bash {TestPaths.Shared}/tools/install-oracles jsonld11";
        return null;
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Tool ?? throw new InvalidOperationException(Unavailable()));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"jsonld11 {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fact that needs the jsonld11 oracle: skipped with the reason when it is missing, except on CI where it must run.</summary>
public sealed class JsonLdOracleFactAttribute : FactAttribute
{
    public JsonLdOracleFactAttribute()
    {
        if (!TestPaths.IsCi && JsonLdOracle.Unavailable() is { } reason) Skip = reason;
    }
}
