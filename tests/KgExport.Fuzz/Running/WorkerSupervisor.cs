using System.Diagnostics;

namespace KgExport.Fuzz.Running;

/// <summary>
/// Runs a target in worker processes (this program with <c>--worker-progress</c>), so that an input that ends the
/// process (a stack overflow, which .NET cannot catch) is found, saved and counted, and the run goes on from the next
/// index in a new worker. The worker's counters live in a shared <see cref="ProgressFile"/> and survive its death.
/// </summary>
public sealed class WorkerSupervisor(FuzzOptions options, CrashStore crashes)
{
    /// <summary>A worker's exit code when it gave up on an input that never returned (already saved and counted).</summary>
    public const int StuckExitCode = 3;

    public FuzzReport Run(FuzzTarget target, InputMaker inputs, FuzzBudget budget)
    {
        var total = new FuzzReport(target.Name, 0, 0, 0, 0, TimeSpan.Zero, options.First);
        var clock = Stopwatch.StartNew();
        var path = Path.Combine(Path.GetTempPath(), $"kgexport-fuzz-{Environment.ProcessId}-{target.Name}.progress");
        using var progress = ProgressFile.Create(path);
        try
        {
            var next = options.First;
            while (true)
            {
                var left = new FuzzBudget(budget.Executions - total.Executions, budget.Duration - clock.Elapsed);
                if (left.Executions <= 0 || left.Duration <= TimeSpan.Zero) break;
                progress.Reset(next);
                var segment = Stopwatch.StartNew();
                var exitCode = RunWorker(options.WorkerArguments(target.Name, next, left, path));
                var counted = new FuzzReport(target.Name, progress.Executions, progress.Crashes, progress.Hangs, progress.Slow, segment.Elapsed, next);
                if (exitCode == 0)
                {
                    total = total.Add(counted);
                    break;
                }
                var index = progress.Current;
                if (exitCode != StuckExitCode)
                {
                    crashes.Save(target.Name, inputs.Seed, index, "crash", inputs.Make(index),
                        $"the worker process ended with exit code {exitCode}: a stack overflow or another fatal error (its stderr is above)");
                    counted = counted with { Executions = counted.Executions + 1, Crashes = counted.Crashes + 1 };
                }
                total = total.Add(counted);
                next = index + 1;
            }
        }
        finally
        {
            File.Delete(path);
        }
        return total with { Elapsed = clock.Elapsed };
    }

    private static int RunWorker(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        // Under `dotnet KgExport.Fuzz.dll` the host is dotnet itself and needs the assembly first.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(WorkerSupervisor).Assembly.Location);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start a fuzz worker");
        process.WaitForExit();
        return process.ExitCode;
    }
}
