using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Corpus;

/// <summary>What happened to one article of a corpus run.</summary>
public enum ArticleStatus
{
    /// <summary>Read, mapped (and validated) in this run.</summary>
    Exported,

    /// <summary>Unchanged since an earlier run: its graph came from the cache.</summary>
    Cached,

    /// <summary>A bad article, bad facts: an input error (exit 2).</summary>
    BadInput,

    /// <summary>Its graph breaks the shapes (exit 1).</summary>
    Invalid,
}

/// <summary>
/// One article's result: its graph as a block of sorted N-Quads (the unit the export streams and the cache keeps),
/// optionally its quads, or the problems that stopped it.
/// </summary>
public sealed record ArticleOutcome(int Index, ArticleInput Input, ArticleStatus Status)
{
    /// <summary>The article id from its facts (names its graph), or null when it failed before that was known.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The article's named graph as N-Quads, one line per quad in <see cref="QuadComparer"/> order.</summary>
    public string? NQuads { get; init; }

    /// <summary>The same quads as terms, when the run was asked for them (formats written from a merged dataset).</summary>
    public IReadOnlyList<Quad>? Quads { get; init; }

    public int QuadCount { get; init; }

    /// <summary>SHACL results below sh:Violation in the article's graph.</summary>
    public int Warnings { get; init; }

    /// <summary>Lines for people: the problems of a failed article, or the warning report of a good one (empty from the cache).</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];

    /// <summary>
    /// The SHACL report of the article's graph, when it was validated in this run (null without a validator, from the
    /// cache, or when the article failed before it had a graph): what <c>validate --report</c> writes for articles.
    /// </summary>
    public ValidationReport? Report { get; init; }

    public bool Succeeded => Status is ArticleStatus.Exported or ArticleStatus.Cached;

    /// <summary>The name the article goes by in messages: its text file, or its facts file.</summary>
    public string Origin => Input.FactsPath ?? Input.TextPath;
}
