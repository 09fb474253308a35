using System.Globalization;

namespace KgExport.Fuzz;

/// <summary>The command line of the fuzz runner; <see cref="Usage"/> is what --help prints.</summary>
public sealed record FuzzOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/KgExport.Fuzz -- [options]

        Fuzzes the project's parsers with generated and mutated inputs (deterministic: a seed and an execution
        index make one input). An exception other than the parser's syntax error is a crash; an input that takes
        longer than the time limit twice is a hang. Failing inputs are saved to the crash folder.

          --parser NAME[,NAME]  parsers to fuzz, or "all" (default): ntriples, nquads, turtle, trig, rdfxml,
                                jsonld, sparql-query, sparql-update, facts
          --seconds N           run each parser for N seconds (default 10 when --executions is not given)
          --executions N        run each parser for N executions (with --seconds: whichever ends first)
          --seed N              the run's seed (default 1)
          --first N             the first execution index (default 0); resume a run with the next index
          --time-limit-ms N     the time one input may take (default 2000)
          --stack-kb N          the execution thread's stack in KiB (default 0: the runtime's default for new
                                threads, which the thread pool's threads also have)
          --crashes DIR         where failing inputs go (default fuzz-crashes)
          --in-process          run in this process; by default each parser runs in a worker process that is
                                started again after a fatal crash (a stack overflow), so the run goes on
          --replay INDEX        print input INDEX of --parser and --seed, then run it once and print the outcome
          --replay-file FILE    run one saved input with --parser and print the outcome
          --list                list the parsers
          -h, --help            this text

        The shared W3C suites ($KGEXPORT_SHARED/conformance, default ../shared beside the repository) add seed
        documents when present. Exit code: 0 no crash and no hang, 1 crashes or hangs, 2 usage error.
        """;

    public IReadOnlyList<string> Parsers { get; init; } = ["all"];
    public double? Seconds { get; init; }
    public long? Executions { get; init; }
    public ulong Seed { get; init; } = 1;
    public long First { get; init; }
    public int TimeLimitMs { get; init; } = 2000;
    public int StackKb { get; init; }
    public string CrashDirectory { get; init; } = "fuzz-crashes";
    public bool InProcess { get; init; }
    public long? Replay { get; init; }
    public string? ReplayFile { get; init; }
    public bool List { get; init; }
    public bool Help { get; init; }

    /// <summary>Internal: this process is a worker started by the supervisor, keeping its counters in this file.</summary>
    public string? WorkerProgress { get; init; }

    /// <summary>Internal, for the supervisor's own test: the worker ends itself, as a stack overflow would, on this index.</summary>
    public long? FailFastAt { get; init; }

    public static FuzzOptions Parse(IReadOnlyList<string> args)
    {
        var o = new FuzzOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{arg} needs a value");
            o = arg switch
            {
                "--parser" => o with { Parsers = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--seconds" => o with { Seconds = Positive(double.Parse(Value(), CultureInfo.InvariantCulture), arg) },
                "--executions" => o with { Executions = Positive(long.Parse(Value(), CultureInfo.InvariantCulture), arg) },
                "--seed" => o with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) },
                "--first" => o with { First = NotNegative(long.Parse(Value(), CultureInfo.InvariantCulture), arg) },
                "--time-limit-ms" => o with { TimeLimitMs = Positive(int.Parse(Value(), CultureInfo.InvariantCulture), arg) },
                "--stack-kb" => o with { StackKb = NotNegative(int.Parse(Value(), CultureInfo.InvariantCulture), arg) },
                "--crashes" => o with { CrashDirectory = Value() },
                "--in-process" => o with { InProcess = true },
                "--replay" => o with { Replay = long.Parse(Value(), CultureInfo.InvariantCulture) },
                "--replay-file" => o with { ReplayFile = Value() },
                "--list" => o with { List = true },
                "-h" or "--help" => o with { Help = true },
                "--worker-progress" => o with { WorkerProgress = Value() },
                "--fail-fast-at" => o with { FailFastAt = long.Parse(Value(), CultureInfo.InvariantCulture) },
                _ => throw new FormatException($"unknown option {arg}"),
            };
        }
        return o;
    }

    /// <summary>The targets named by --parser (all of them for "all").</summary>
    public IReadOnlyList<Running.FuzzTarget> Targets()
    {
        if (Parsers.Any(p => p == "all")) return Running.FuzzTargets.All;
        return [.. Parsers.Select(p => Running.FuzzTargets.Find(p) ?? throw new FormatException($"unknown parser {p}; known: {string.Join(", ", Running.FuzzTargets.All.Select(t => t.Name))}"))];
    }

    public Running.FuzzBudget Budget() =>
        new(Executions, Seconds is { } s ? TimeSpan.FromSeconds(s) : Executions is null ? TimeSpan.FromSeconds(10) : null);

    /// <summary>The arguments that start a worker for <paramref name="target"/> from index <paramref name="first"/> with what is left of the budget.</summary>
    public IEnumerable<string> WorkerArguments(string target, long first, Running.FuzzBudget left, string progress)
    {
        string[] args =
        [
            "--parser", target, "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--first", first.ToString(CultureInfo.InvariantCulture),
            "--time-limit-ms", TimeLimitMs.ToString(CultureInfo.InvariantCulture), "--stack-kb", StackKb.ToString(CultureInfo.InvariantCulture),
            "--crashes", CrashDirectory, "--worker-progress", progress,
        ];
        if (FailFastAt is { } fatal) args = [.. args, "--fail-fast-at", fatal.ToString(CultureInfo.InvariantCulture)];
        if (left.Executions is { } n) args = [.. args, "--executions", n.ToString(CultureInfo.InvariantCulture)];
        if (left.Duration is { } d) args = [.. args, "--seconds", d.TotalSeconds.ToString("R", CultureInfo.InvariantCulture)];
        return args;
    }

    private static T NotNegative<T>(T value, string option)
        where T : System.Numerics.INumber<T> => value >= T.Zero ? value : throw new FormatException($"{option} must not be negative");

    private static T Positive<T>(T value, string option)
        where T : System.Numerics.INumber<T> => value > T.Zero ? value : throw new FormatException($"{option} must be positive");
}
