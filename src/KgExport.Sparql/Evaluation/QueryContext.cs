using System.Diagnostics;
using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// Everything one evaluation shares: the store, the query dataset (which graphs form the default graph and which
/// named graphs are visible), variable slots, the fixed NOW(), limits (time, memory) and cancellation.
/// </summary>
internal sealed class QueryContext
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _ticks;
    private int _blankCounter;

    public QueryContext(Dataset store, QueryOptions options, CancellationToken cancellationToken)
    {
        Store = store;
        Options = options;
        CancellationToken = cancellationToken;
        Now = DateTimeOffset.UtcNow;
        Memory = new MemoryBudget(options.MaxMemoryBytes);
    }

    public Dataset Store { get; }
    public QueryOptions Options { get; }
    public CancellationToken CancellationToken { get; }
    public DateTimeOffset Now { get; }
    /// <summary>Makes this evaluation's new blank nodes unlike any other's; drawn when the first is made (most queries make none).</summary>
    public string BlankNodeSalt =>
        _blankNodeSalt ?? Interlocked.CompareExchange(ref _blankNodeSalt, Guid.NewGuid().ToString("N")[..8], null) ?? _blankNodeSalt;

    private string? _blankNodeSalt;

    /// <summary>What the evaluation has materialised, against <see cref="QueryOptions.MaxMemoryBytes"/>.</summary>
    public MemoryBudget Memory { get; }

    /// <summary>The graphs merged into the default graph (null: the store's default graph).</summary>
    public IReadOnlyList<Term?> DefaultGraphs { get; set; } = [null];

    /// <summary>The visible named graphs, or null for every named graph of the store.</summary>
    public IReadOnlyList<Term>? NamedGraphs { get; set; }

    public Dictionary<Variable, int> Slots { get; } = [];

    public int Width => Slots.Count;

    public int Slot(Variable v)
    {
        if (!Slots.TryGetValue(v, out var i))
        {
            i = Slots.Count;
            Slots[v] = i;
        }
        return i;
    }

    public IEnumerable<Term> VisibleNamedGraphs() => NamedGraphs ?? Store.NamedGraphs.OrderBy(g => g, TermComparer.Instance).ToList();

    public bool IsVisibleNamedGraph(Term g) => NamedGraphs is null ? Store.HasGraph(g) : NamedGraphs.Contains(g);

    public BlankNode NewBlankNode() => new($"b{BlankNodeSalt}{++_blankCounter}");

    /// <summary>Called in every loop that can run long: honours cancellation and the timeout.</summary>
    public void Check()
    {
        if ((++_ticks & 0x3FF) != 0) return;
        CancellationToken.ThrowIfCancellationRequested();
        if (Options.Timeout is { } t && Stopwatch.GetElapsedTime(_started) > t) throw TimedOut();
    }

    /// <summary>What is left of the query's time (<see cref="Timeout.InfiniteTimeSpan"/> without a timeout); past it, the timeout.</summary>
    public TimeSpan TimeLeft()
    {
        if (Options.Timeout is not { } t) return Timeout.InfiniteTimeSpan;
        var left = t - Stopwatch.GetElapsedTime(_started);
        return left > TimeSpan.Zero ? left : throw TimedOut();
    }

    /// <summary>The error of a query that ran out of time: the query fails, it never answers with what it has so far.</summary>
    public QueryEvaluationException TimedOut() =>
        new($"query timed out after {Options.Timeout.GetValueOrDefault().TotalSeconds:0.###} s", isLimit: true);
}
