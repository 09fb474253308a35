using System.CommandLine;
using KgExport.Corpus;

namespace KgExport.Cli;

/// <summary>The --jobs option of the verbs that run the corpus pipeline (export, validate), and its one check.</summary>
internal static class JobsOption
{
    public static Option<int> Create(string description) => new("--jobs", "-j")
    {
        Description = $"{description} (default: the number of cores; at most {CorpusOptions.MaxJobs}).",
        DefaultValueFactory = _ => CorpusOptions.DefaultJobs,
        HelpName = "n",
    };

    /// <summary>Why <paramref name="jobs"/> cannot be used, or null when it can.</summary>
    public static string? Problem(int jobs) =>
        jobs is >= 1 and <= CorpusOptions.MaxJobs ? null : $"--jobs must be from 1 to {CorpusOptions.MaxJobs}, not {jobs}";
}
