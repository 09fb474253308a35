using System.Diagnostics;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>Runs the shared Jena wrapper as an oracle.</summary>
internal static class Jena
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }

    public static Result Run(params string[] args)
    {
        var tool = TestPaths.JenaTool ?? throw new InvalidOperationException("Apache Jena not found at " + Path.Combine(TestPaths.Shared, "tools", "jena"));
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("jena " + string.Join(' ', args) + " did not finish in 3 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a SPARQL ASK query over a file and returns its boolean.</summary>
    public static bool Ask(string dataFile, string query)
    {
        var queryFile = Seed.WriteTemp(query, ".rq");
        var r = Run("sparql", "--data", dataFile, "--query", queryFile, "--results=json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(r.Stdout);
        return json.RootElement.GetProperty("boolean").GetBoolean();
    }
}
