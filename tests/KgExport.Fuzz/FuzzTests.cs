using System.Diagnostics;
using KgExport.Fuzz.Running;
using Xunit.Abstractions;

namespace KgExport.Fuzz;

/// <summary>
/// The bounded fuzz run that CI makes: every parser with a fixed seed, in this process, with no crash and no hang
/// allowed, for its first <see cref="PerParser"/> inputs or <see cref="AtMost"/>, whichever ends first (so a fast
/// machine never runs inputs a slower one has not). The figures are written to the test output, and so to the CI
/// log, which prints the lines that start with "fuzz ". Long runs use the console runner; see the README.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const ulong Seed = 20261216;
    private const long PerParser = 20_000;
    private static readonly TimeSpan AtMost = TimeSpan.FromSeconds(6);

    public static TheoryData<string> Parsers => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_bounded_fuzz_run_finds_no_crash_and_no_hang(string parser)
    {
        var target = FuzzTargets.Find(parser)!;
        var folder = Directory.CreateTempSubdirectory("kgexport-fuzz-");
        try
        {
            var inputs = new InputMaker(target, SeedCorpus.Load(target, TestPaths.Shared), Seed);
            var runner = new FuzzRunner(target, inputs, new CrashStore(folder.FullName), new FuzzRunnerSettings());
            var report = runner.Run(0, new FuzzBudget(PerParser, AtMost));
            output.WriteLine(report.ToString());
            var saved = folder.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).Take(3).Select(f => File.ReadAllText(f.FullName));
            Assert.True(report.Clean, $"{report}\n{string.Join("\n", saved)}");
            Assert.True(report.Executions > 100, $"too few executions to mean anything: {report}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_parser_has_generated_inputs_it_accepts_and_inputs_it_rejects()
    {
        // A generator that only ever makes rejected input would fuzz nothing but the first token.
        foreach (var target in FuzzTargets.All)
        {
            int accepted = 0, rejected = 0;
            var reasons = new List<string>();
            for (var i = 0; i < 300; i++)
            {
                var input = target.Generator.Generate(FuzzRandom.For(Seed, target.Name, i), Generators.DocumentShape.Ordinary);
                try
                {
                    target.Execute(input, CancellationToken.None);
                    accepted++;
                }
                catch (Exception e) when (target.IsExpected(e))
                {
                    if (rejected++ < 8) reasons.Add("  " + e.Message.ReplaceLineEndings(" "));
                }
            }
            output.WriteLine($"{target.Name}: {accepted} of 300 generated documents accepted; rejected for instance:\n{string.Join("\n", reasons)}");
            Assert.True(target.Name == "facts" ? accepted + rejected == 300 : accepted >= 45 && rejected > 0, $"{target.Name}: {accepted} accepted, {rejected} rejected");
        }
    }

    [Fact]
    public void The_same_seed_and_index_make_the_same_input()
    {
        foreach (var target in FuzzTargets.All)
        {
            var a = new InputMaker(target, target.Seeds, Seed);
            var b = new InputMaker(target, target.Seeds, Seed);
            for (var i = 0; i < 50; i++) Assert.Equal(a.Make(i), b.Make(i));
        }
    }

    [Fact]
    public async Task A_worker_that_dies_is_counted_as_a_crash_and_the_run_goes_on()
    {
        var folder = Directory.CreateTempSubdirectory("kgexport-fuzz-");
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { typeof(FuzzTests).Assembly.Location, "--parser", "turtle", "--executions", "40", "--fail-fast-at", "10", "--crashes", folder.FullName })
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            // Not written to the test output: CI prints the lines of that which start with "fuzz ".
            Assert.True(process.ExitCode == 1, stdout);
            Assert.Contains("fuzz turtle: 40 executions, 1 crashes, 0 hangs", stdout);
            Assert.Contains("turtle-s1-i10.crash.input", await stderr);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "turtle-s1-i10.crash.input")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
