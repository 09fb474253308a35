using KgExport.Shacl;

namespace KgExport.Corpus;

/// <summary>How a corpus run processes its articles.</summary>
public sealed record CorpusOptions
{
    /// <summary>The most articles processed at once: the work is CPU-bound, so more only costs memory (a worker each).</summary>
    public const int MaxJobs = 256;

    /// <summary>The default for <see cref="Jobs"/>: one article per core.</summary>
    public static int DefaultJobs => Math.Min(Environment.ProcessorCount, MaxJobs);

    /// <summary>Articles processed at once, 1 to <see cref="MaxJobs"/>; output order never depends on it.</summary>
    public int Jobs { get; init; } = DefaultJobs;

    /// <summary>Go on after a failed article (and report them all) instead of stopping at the first.</summary>
    public bool KeepGoing { get; init; }

    /// <summary>Creates a validator for one worker thread (each worker gets its own); null skips validation.</summary>
    public Func<ShapeValidator>? Validator { get; init; }

    /// <summary>Also hand out each article's quads as terms (formats written from one merged dataset need them).</summary>
    public bool WantQuads { get; init; }

    /// <summary>The incremental cache, or null for none.</summary>
    public ExportCache? Cache { get; init; }

    /// <summary>Articles (and facts files) larger than this are refused.</summary>
    public long MaxArticleBytes { get; init; } = ArticleScreen.DefaultMaxBytes;

    /// <summary>Called on the ordering thread after each article, in input order.</summary>
    public Action<CorpusProgress>? OnProgress { get; init; }
}
