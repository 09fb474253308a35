using System.Diagnostics;
using KgExport.Testing;

namespace KgExport.Rdf.Tests.Jena;

/// <summary>One verdict of <c>SyntaxOracle.java</c> on one input file.</summary>
public sealed record JenaVerdict(string Verdict, string InputPath, string Detail);

/// <summary>
/// Runs <c>Jena/SyntaxOracle.java</c> in a single JVM over many files (Java's single-file source launcher, on the class
/// path that <c>jena classpath</c> prints), because a JVM per file would cost ~0.65 s each.
/// </summary>
public static class JenaOracle
{
    public static string SourceFile => TestPaths.InRepository("tests", "KgExport.Rdf.Tests", "Jena", "SyntaxOracle.java");

    public static IReadOnlyList<JenaVerdict> Judge(string jobsFile, TimeSpan timeout)
    {
        var jena = TestPaths.JenaTool ?? throw new InvalidOperationException($"Jena wrapper not found under {TestPaths.Shared}/tools");
        var classPath = RunToEnd("bash", [jena, "classpath"], TimeSpan.FromMinutes(2)).Trim();
        var output = RunToEnd("java", ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss8m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
            "-cp", classPath, SourceFile, jobsFile], timeout);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 3))
            .Where(parts => parts.Length == 3)
            .Select(parts => new JenaVerdict(parts[0], parts[1], parts[2]))
            .ToList();
    }

    private static string RunToEnd(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {stderr.Result}");
        }
        return stdout.Result;
    }
}
