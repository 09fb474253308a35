using System.Diagnostics;
using System.Threading.Channels;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Corpus;

/// <summary>
/// Runs a corpus: every article through <see cref="ArticleProcessor"/> on up to <see cref="CorpusOptions.Jobs"/>
/// threads, delivered to the caller strictly in input order. Work is handed out in input order, in runs of a few
/// consecutive articles (fewer thread hand-offs per article on big corpora; one article at a time on small ones), and
/// its results wait in a bounded channel (twice the job count), so at most 2 x jobs x run articles are in memory
/// whatever the corpus size, and a slow article holds back delivery but never reorders it. Since each article's result depends only on
/// that article, the delivered sequence is the same for any job count.
/// Without <see cref="CorpusOptions.KeepGoing"/> the first failed article (in input order) is delivered and the
/// run stops; with it every article is delivered.
/// </summary>
public sealed class CorpusRun(CorpusOptions options)
{
    /// <summary>The most consecutive articles one hand-off carries.</summary>
    private const int MaxRun = 16;

    /// <summary>Runs the corpus, calling <paramref name="deliver"/> for each article in input order on one thread.</summary>
    public CorpusProgress Run(IReadOnlyList<ArticleInput> inputs, Action<ArticleOutcome> deliver, CancellationToken cancellationToken = default) =>
        RunAsync(inputs, deliver, cancellationToken).GetAwaiter().GetResult();

    /// <summary>
    /// Runs the corpus into one dataset, one named graph per article (what <c>query</c>, <c>serve</c> and
    /// <c>publish</c> load). Articles that fail are left out and their messages kept, in input order.
    /// </summary>
    public CorpusDataset Collect(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken = default)
    {
        var dataset = new Dataset();
        foreach (var (k, v) in Namespaces.Prefixes().Entries) dataset.Prefixes.Set(k, v);
        var problems = new List<string>();
        bool badInput = false, invalid = false;
        new CorpusRun(options with { WantQuads = true }).Run(inputs, outcome =>
        {
            if (outcome.Succeeded)
            {
                dataset.AddRange(outcome.Quads!);
                return;
            }
            problems.AddRange(outcome.Messages);
            badInput |= outcome.Status == ArticleStatus.BadInput;
            invalid |= outcome.Status == ArticleStatus.Invalid;
        }, cancellationToken);
        return new CorpusDataset(dataset, problems, badInput, invalid);
    }

    public async Task<CorpusProgress> RunAsync(IReadOnlyList<ArticleInput> inputs, Action<ArticleOutcome> deliver, CancellationToken cancellationToken = default)
    {
        var jobs = options.Jobs;
        if (jobs is < 1 or > CorpusOptions.MaxJobs) throw new ArgumentOutOfRangeException(nameof(options), $"Jobs must be from 1 to {CorpusOptions.MaxJobs}.");
        var clock = Stopwatch.StartNew();
        using var processor = new ArticleProcessor(options);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(jobs);
        var run = Math.Clamp(inputs.Count / (jobs * 16), 1, MaxRun);
        var pending = Channel.CreateBounded<Task<ArticleOutcome[]>>(new BoundedChannelOptions(jobs * 2) { SingleReader = true, SingleWriter = true });

        var producer = Task.Run(async () =>
        {
            try
            {
                for (var start = 0; start < inputs.Count; start += run)
                {
                    await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                    var first = start;
                    var end = Math.Min(inputs.Count, start + run);
                    var work = Task.Run(() =>
                    {
                        try
                        {
                            var outcomes = new ArticleOutcome[end - first];
                            for (var i = first; i < end; i++) outcomes[i - first] = processor.Process(i, inputs[i], stop.Token);
                            return outcomes;
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, CancellationToken.None);
                    await pending.Writer.WriteAsync(work, stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped at an error or cancelled: hand out no more work.
            }
            finally
            {
                pending.Writer.Complete();
            }
        }, CancellationToken.None);

        int done = 0, exported = 0, cached = 0, failed = 0, warnings = 0;
        long quads = 0;
        CorpusProgress Snapshot() => new(inputs.Count, done, exported, cached, failed, warnings, quads, clock.Elapsed);
        // The one thing kept per article for the whole run: its id, to refuse a second article with the same one.
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            await foreach (var work in pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                ArticleOutcome[] outcomes;
                try
                {
                    outcomes = await work.ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    continue; // drained after a stop
                }
                foreach (var delivered in outcomes)
                {
                    if (stop.IsCancellationRequested) break;
                    var outcome = CheckUniqueId(delivered, seenIds, inputs);
                    done++;
                    switch (outcome.Status)
                    {
                        case ArticleStatus.Exported: exported++; break;
                        case ArticleStatus.Cached: cached++; break;
                        default: failed++; break;
                    }
                    warnings += outcome.Warnings;
                    quads += outcome.QuadCount;
                    deliver(outcome);
                    options.OnProgress?.Invoke(Snapshot());
                    if (!outcome.Succeeded && !options.KeepGoing) stop.Cancel();
                }
            }
        }
        finally
        {
            // Whatever happened on this thread, let the workers finish before their shared state goes away.
            if (done < inputs.Count) stop.Cancel();
            await producer.ConfigureAwait(false);
            while (pending.Reader.TryRead(out var left))
            {
                try
                {
                    await left.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Abandoned work.
                }
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Snapshot();
    }

    /// <summary>Two articles may not claim the same id (they would write the same graph); the later one in input order fails.</summary>
    private static ArticleOutcome CheckUniqueId(ArticleOutcome outcome, Dictionary<string, int> seenIds, IReadOnlyList<ArticleInput> inputs)
    {
        if (!outcome.Succeeded || outcome.ArticleId is not { } id) return outcome;
        if (seenIds.TryAdd(id, outcome.Index)) return outcome;
        var first = inputs[seenIds[id]];
        return new ArticleOutcome(outcome.Index, outcome.Input, ArticleStatus.BadInput)
        {
            ArticleId = id,
            Messages = [$"{outcome.Origin}: $.article.id: article id \"{id}\" is also used by {first.FactsPath ?? first.TextPath}"],
        };
    }
}
