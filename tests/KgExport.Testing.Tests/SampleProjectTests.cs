using System.Diagnostics;

namespace KgExport.Testing.Tests;

/// <summary>
/// The sample project (samples/KgExport.Testing.Sample), copied to a scratch folder without its approved file and
/// run with `dotnet test` as a user would: it fails, passes after the accept switch, passes again without it, and
/// fails with the semantic difference once its graph changes.
/// </summary>
public sealed class SampleProjectTests : IDisposable
{
    private const string Approved = "RecognitionGraphTests.The_recognition_graph_is_approved.approved.nq";
    private readonly ScratchTest _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void The_sample_fails_then_passes_after_the_accept_switch()
    {
        var sample = TestPaths.InRepository("samples", "KgExport.Testing.Sample");
        var project = Path.Combine(_scratch.Folder, "sample");
        Directory.CreateDirectory(project);
        foreach (var file in new[] { "KgExport.Testing.Sample.csproj", "RecognitionGraphTests.cs" }) File.Copy(Path.Combine(sample, file), Path.Combine(project, file));
        // Outside the repository the sample still takes the repository's build settings and central package versions.
        File.WriteAllText(Path.Combine(_scratch.Folder, "Directory.Build.props"), $"<Project><Import Project=\"{TestPaths.InRepository("Directory.Build.props")}\" /></Project>\n");
        File.WriteAllText(Path.Combine(_scratch.Folder, "Directory.Packages.props"), $"<Project><Import Project=\"{TestPaths.InRepository("Directory.Packages.props")}\" /></Project>\n");

        var first = DotnetTest(project, accept: false);
        Assert.True(first.ExitCode != 0, first.Output);
        Assert.Contains("There is no approved file", first.Output);
        Assert.False(File.Exists(Path.Combine(project, Approved)));

        var accepting = DotnetTest(project, accept: true);
        Assert.True(accepting.ExitCode == 0, accepting.Output);
        Assert.Equal(File.ReadAllText(Path.Combine(sample, Approved)), File.ReadAllText(Path.Combine(project, Approved)));

        var again = DotnetTest(project, accept: false);
        Assert.True(again.ExitCode == 0, again.Output);

        var source = Path.Combine(project, "RecognitionGraphTests.cs");
        File.WriteAllText(source, File.ReadAllText(source).Replace("\"2022-07-13\"^^xsd:date", "\"2022-07-14\"^^xsd:date", StringComparison.Ordinal));
        var changed = DotnetTest(project, accept: false);
        Assert.True(changed.ExitCode != 0, changed.Output);
        Assert.Contains("\"2022-07-13\"^^xsd:date → \"2022-07-14\"^^xsd:date", changed.Output);
    }

    private static (int ExitCode, string Output) DotnetTest(string project, bool accept)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "test", "-nodeReuse:false", $"-p:KgExportRoot={TestPaths.RepositoryRoot}/", "--logger", "console;verbosity=normal" }) start.ArgumentList.Add(arg);
        start.Environment.Remove("CI");
        start.Environment.Remove(AcceptSwitch.Variable);
        if (accept) start.Environment[AcceptSwitch.Variable] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet test of the sample did not finish in 8 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
