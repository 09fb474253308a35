using KgExport.Fuzz.Running;

namespace KgExport.Fuzz;

/// <summary>The fuzz runner for long runs; the bounded run that CI makes is <see cref="FuzzTests"/>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        FuzzOptions options;
        IReadOnlyList<FuzzTarget> targets;
        try
        {
            options = FuzzOptions.Parse(args);
            targets = options.Targets();
            if ((options.Replay is not null || options.ReplayFile is not null || options.WorkerProgress is not null) && targets.Count != 1)
                throw new FormatException("--replay, --replay-file and workers need exactly one --parser");
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("fuzz: " + e.Message);
            Console.Error.WriteLine(FuzzOptions.Usage);
            return 2;
        }
        if (options.Help)
        {
            Console.WriteLine(FuzzOptions.Usage);
            return 0;
        }
        if (options.List)
        {
            foreach (var t in FuzzTargets.All) Console.WriteLine($"{t.Name,-14} {t.Description}");
            return 0;
        }

        var crashes = new CrashStore(Path.GetFullPath(options.CrashDirectory));
        var settings = new FuzzRunnerSettings { TimeLimit = TimeSpan.FromMilliseconds(options.TimeLimitMs), StackBytes = options.StackKb * 1024 };
        if (options.Replay is { } index) return Replay.Run(targets[0], MakerFor(targets[0], options).Make(index), settings, show: true);
        if (options.ReplayFile is { } file) return Replay.Run(targets[0], File.ReadAllText(file), settings, show: false);
        if (options.WorkerProgress is { } progressPath) return RunWorker(targets[0], options, crashes, settings, progressPath);

        var reports = new List<FuzzReport>();
        foreach (var target in targets)
        {
            var inputs = MakerFor(target, options);
            Console.Error.WriteLine($"fuzz {target.Name}: seed {options.Seed}, from index {options.First:N0}, crash folder {crashes.Directory}");
            var report = options.InProcess
                ? new FuzzRunner(target, inputs, crashes, settings).Run(options.First, options.Budget(), onProgress: r => Console.Error.WriteLine(r))
                : new WorkerSupervisor(options, crashes).Run(target, inputs, options.Budget());
            Console.WriteLine(report);
            reports.Add(report);
        }
        if (reports.Count > 1)
        {
            Console.WriteLine();
            foreach (var r in reports) Console.WriteLine(r);
        }
        return reports.All(r => r.Clean) ? 0 : 1;
    }

    private static InputMaker MakerFor(FuzzTarget target, FuzzOptions options) =>
        new(target, SeedCorpus.Load(target, Testing.TestPaths.Shared), options.Seed);

    private static int RunWorker(FuzzTarget target, FuzzOptions options, CrashStore crashes, FuzzRunnerSettings settings, string progressPath)
    {
        using var progress = ProgressFile.Open(progressPath);
        var inputs = MakerFor(target, options);
        if (options.FailFastAt is { } fatal) target = target.EndingTheProcessOn(inputs.Make(fatal));
        var runner = new FuzzRunner(target, inputs, crashes, settings);
        runner.Run(options.First, options.Budget(), progress, r => Console.Error.WriteLine(r + " [this worker]"));
        // A thread stuck in an input cannot be stopped; leaving the process is the only way to go on.
        return runner.Stuck ? WorkerSupervisor.StuckExitCode : 0;
    }
}
