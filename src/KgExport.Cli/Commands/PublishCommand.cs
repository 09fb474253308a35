using System.CommandLine;
using System.Globalization;
using KgExport.Corpus;
using KgExport.Ontology;
using KgExport.Publishing;
using KgExport.Publishing.Http;
using KgExport.Rdf;
using Spectre.Console;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport publish &lt;inputs...&gt; --store URL [--update-endpoint URL] [--query-endpoint URL]
/// [--user U --password P | --token T] [--batch N] [--timeout S] [--deadline S] [--dry-run] [--verify]</c>: replaces each named graph on a
/// triple store. Inputs are articles (exported, one named graph per article, SHACL-gated like <c>export</c>) or RDF
/// files (their named graphs; a file's default-graph triples go to a graph named after the file's IRI).
/// Exit 0 all published, 3 some graph failed or was skipped (each named on stderr) or the deadline passed, 2 usage or
/// input error.
/// </summary>
public static class PublishCommand
{
    /// <summary>The longest --timeout or --deadline: HttpClient and timers take up to about 24 days.</summary>
    private const double MaxSeconds = 2_000_000;

    public static Command Create(Terminal terminal)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Articles (.txt with .facts.json, or directories of them) and/or RDF files (.trig, .nq, .ttl, .nt).",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = new Option<string>("--store") { Description = "Graph Store Protocol endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud-auth).", Required = true, HelpName = "url" };
        var update = new Option<string?>("--update-endpoint") { Description = "Use SPARQL 1.1 Update at this endpoint instead of the Graph Store Protocol.", HelpName = "url" };
        var query = new Option<string?>("--query-endpoint") { Description = "SPARQL query endpoint for --verify (default: the store URL's last path segment replaced by 'sparql').", HelpName = "url" };
        var user = new Option<string?>("--user") { Description = "User name (Basic or Digest, whichever the store asks for)." };
        var password = new Option<string?>("--password") { Description = "Password for --user." };
        var token = new Option<string?>("--token") { Description = "Bearer token." };
        var batch = new Option<int>("--batch") { Description = "Triples per request; larger graphs are PUT then POSTed in parts.", DefaultValueFactory = _ => 10000, HelpName = "n" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the requests that would be sent; send nothing." };
        var verify = new Option<bool>("--verify") { Description = "After each graph, compare the store's triple count (SPARQL COUNT) with ours." };
        var noValidate = new Option<bool>("--no-validate") { Description = "Publish articles without the SHACL gate." };
        var timeout = new Option<double?>("--timeout")
        {
            Description = $"Seconds each request may take for its whole answer before it counts as failed and is retried (default {StoreConnection.DefaultTimeout.TotalSeconds:0}).",
            HelpName = "seconds",
        };
        var deadline = new Option<double?>("--deadline")
        {
            Description = "Seconds the whole publish may take, retries and waits included; then it stops, says how many graphs were published, and exits 3 (default: no limit).",
            HelpName = "seconds",
        };

        var command = new Command("publish", "Publish named graphs to a triple store (Graph Store Protocol or SPARQL Update), idempotently.")
        {
            inputs, store, update, query, user, password, token, batch, timeout, deadline, dryRun, verify, noValidate,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) => Run(
            new PublishRequest(parseResult.GetValue(inputs) ?? [], parseResult.GetValue(store)!, parseResult.GetValue(update),
                parseResult.GetValue(query), parseResult.GetValue(user), parseResult.GetValue(password), parseResult.GetValue(token),
                parseResult.GetValue(batch), parseResult.GetValue(dryRun), parseResult.GetValue(verify), !parseResult.GetValue(noValidate))
            {
                TimeoutSeconds = parseResult.GetValue(timeout),
                DeadlineSeconds = parseResult.GetValue(deadline),
            },
            terminal,
            cancellationToken));
        return command;
    }

    public sealed record PublishRequest(
        IReadOnlyList<string> Inputs, string Store, string? UpdateEndpoint, string? QueryEndpoint,
        string? User, string? Password, string? Token, int Batch, bool DryRun, bool Verify, bool Validate = true)
    {
        /// <summary>Retries for connection errors and 5xx (tests shorten the backoff).</summary>
        public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

        /// <summary>Called after each graph (tests use it to stop the store mid-run).</summary>
        public Action<PublishProgress>? OnGraphDone { get; init; }

        /// <summary>Force plain progress lines even on a terminal (tests).</summary>
        public bool PlainProgress { get; init; }

        /// <summary>How long each request may take; null for <see cref="StoreConnection.DefaultTimeout"/>.</summary>
        public double? TimeoutSeconds { get; init; }

        /// <summary>How long the whole publish may take; null for no limit.</summary>
        public double? DeadlineSeconds { get; init; }
    }

    public static int Run(PublishRequest request, Terminal terminal, CancellationToken cancellationToken)
    {
        var timeout = Seconds(request.TimeoutSeconds, "--timeout");
        using var deadline = new CancellationTokenSource();
        if (Seconds(request.DeadlineSeconds, "--deadline") is { } limit) deadline.CancelAfter(limit);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var progress = new DeadlineProgress();
        try
        {
            return Run(request with { OnGraphDone = p => progress.GraphDone(p, request.OnGraphDone) }, timeout, progress, terminal, stop.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            terminal.Error.WriteLine($"publish: stopped at the deadline (--deadline {request.DeadlineSeconds!.Value.ToString(CultureInfo.InvariantCulture)} s) {progress.Describe()}");
            terminal.Error.Flush();
            return ExitCodes.StoreFailed;
        }
    }

    private static int Run(PublishRequest request, TimeSpan? timeout, DeadlineProgress progress, Terminal terminal, CancellationToken cancellationToken)
    {
        var storeUri = AbsoluteHttpUri(request.Store, "--store");
        var updateUri = request.UpdateEndpoint is null ? null : AbsoluteHttpUri(request.UpdateEndpoint, "--update-endpoint");
        var queryUri = request.QueryEndpoint is null ? StoreUris.DefaultQueryEndpoint(updateUri ?? storeUri) : AbsoluteHttpUri(request.QueryEndpoint, "--query-endpoint");
        if (request.Batch < 1) throw new UsageException("--batch must be at least 1");
        var credentials = Credentials(request);

        var graphs = LoadGraphs(request, terminal, cancellationToken);
        if (graphs is null) return ExitCodes.UsageError;
        progress.Total = graphs.Count;

        using var connection = new StoreConnection(credentials, request.Retry, timeout: timeout);
        IGraphStore store = updateUri is null
            ? new GraphStoreClient(connection, storeUri, queryUri)
            : new SparqlUpdateClient(connection, updateUri, queryUri);

        if (request.DryRun)
        {
            foreach (var line in Publisher.DescribeRequests(store, graphs, request.Batch)) terminal.Output.WriteLine(line);
            if (request.Verify) terminal.Output.WriteLine($"then GET {queryUri} (SELECT COUNT per graph)");
            terminal.Output.WriteLine($"dry run: {graphs.Count} graphs, {graphs.Sum(g => g.Triples.Count)} triples; nothing was sent");
            return ExitCodes.Ok;
        }

        connection.OnRetry = (attempt, reason, wait) =>
            terminal.Error.WriteLine($"publish: {reason}; retrying in {wait.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s (attempt {attempt + 1} of {request.Retry.MaxAttempts})");
        var publisher = new Publisher(store, request.Batch, request.Verify);
        var report = Interactive(terminal) && !request.PlainProgress
            ? PublishWithProgressBar(publisher, graphs, request, cancellationToken)
            : PublishWithLines(publisher, graphs, request, terminal, cancellationToken);
        return Summarize(report, storeUri, terminal);
    }

    private static PublishReport PublishWithLines(Publisher publisher, IReadOnlyList<GraphContent> graphs, PublishRequest request, Terminal terminal, CancellationToken cancellationToken)
    {
        publisher.OnGraphDone = p =>
        {
            var o = p.Last;
            var what = o.Status switch
            {
                PublishStatus.Published => $"published {o.Triples} triples" + (o.StoreCount is { } n ? $", verified {n} on the store" : ""),
                PublishStatus.Failed => "FAILED: " + o.Error,
                _ => "SKIPPED: " + o.Error,
            };
            terminal.Error.WriteLine($"[{p.Done}/{p.Total}] {o.Graph.Value}: {what}");
            terminal.Error.Flush();
            request.OnGraphDone?.Invoke(p);
        };
        return publisher.PublishAsync(graphs, cancellationToken).GetAwaiter().GetResult();
    }

    private static PublishReport PublishWithProgressBar(Publisher publisher, IReadOnlyList<GraphContent> graphs, PublishRequest request, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("publishing", maxValue: graphs.Count);
                publisher.OnGraphDone = p =>
                {
                    task.Increment(1);
                    task.Description = $"{p.Done}/{p.Total} graphs";
                    request.OnGraphDone?.Invoke(p);
                };
                return await publisher.PublishAsync(graphs, cancellationToken).ConfigureAwait(false);
            }).GetAwaiter().GetResult();
    }

    private static int Summarize(PublishReport report, Uri store, Terminal terminal)
    {
        var failed = report.Outcomes.Where(o => o.Status == PublishStatus.Failed).ToList();
        var skipped = report.Outcomes.Where(o => o.Status == PublishStatus.Skipped).ToList();
        foreach (var o in failed) terminal.Error.WriteLine($"publish: {o.Graph.Value} (from {o.Source}) FAILED: {o.Error}");
        foreach (var o in skipped) terminal.Error.WriteLine($"publish: {o.Graph.Value} (from {o.Source}) NOT PUBLISHED: {o.Error}");
        var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        terminal.Output.WriteLine($"published {report.Count(PublishStatus.Published)} graphs ({report.TriplesPublished} triples) to {store.GetLeftPart(UriPartial.Path)}; skipped {skipped.Count}, failed {failed.Count}; {seconds} s");
        if (report.Succeeded) return ExitCodes.Ok;
        var published = report.Outcomes.Where(o => o.Status == PublishStatus.Published).Select(o => o.Graph.Value).ToList();
        terminal.Error.WriteLine("publish: published: " + (published.Count == 0 ? "none" : string.Join(", ", published)));
        terminal.Error.WriteLine("publish: NOT published: " + string.Join(", ", failed.Concat(skipped).Select(o => o.Graph.Value)));
        terminal.Error.WriteLine("publish: rerun the same command to converge; graphs are replaced, never duplicated");
        terminal.Error.Flush();
        return ExitCodes.StoreFailed;
    }

    private static IReadOnlyList<GraphContent>? LoadGraphs(PublishRequest request, Terminal terminal, CancellationToken cancellationToken)
    {
        var articlePaths = new List<string>();
        var graphs = new List<GraphContent>();
        foreach (var path in request.Inputs)
        {
            if (ArticleInput.IsArticleInput(path))
            {
                articlePaths.Add(path);
            }
            else if (RdfFormats.TryFromPath(path, out var format))
            {
                if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
                var dataset = RdfIo.LoadFile(path, format, cancellationToken: cancellationToken, documentLoader: OntologyDocuments.Loader());
                // Triples outside any named graph are published to a graph named after the file, never to the store's
                // default graph (which other data shares and a PUT would replace).
                var fileGraph = new Iri(new Uri(Path.GetFullPath(path)).AbsoluteUri);
                graphs.AddRange(GraphContent.FromDataset(dataset, path, fileGraph));
            }
            else
            {
                throw new UsageException($"{path}: not an article, a directory of articles, or an RDF file (.trig, .nq, .ttl, .nt, .jsonld)");
            }
        }
        if (articlePaths.Count > 0)
        {
            var articles = ArticleInput.Find(articlePaths, out var inputProblems);
            if (inputProblems.Count > 0)
            {
                foreach (var p in inputProblems) terminal.Error.WriteLine(p);
                return null;
            }
            var export = BuildArticles(articles, terminal, cancellationToken);
            if (export is null) return null;
            if (request.Validate && ShapesValidation.GateExport(export, terminal.Error, cancellationToken) is not null) return null;
            graphs.AddRange(GraphContent.FromDataset(export, "articles", null));
        }
        var duplicate = graphs.GroupBy(g => g.Graph.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new UsageException($"graph {duplicate.Key} comes from more than one input ({string.Join(", ", duplicate.Select(g => g.Source))}); publishing replaces whole graphs, so each must come from one place");
        return graphs;
    }

    /// <summary>
    /// The articles' graphs, made in parallel by the corpus pipeline (in input order, so the result does not depend on
    /// the core count); null after reporting the first bad article.
    /// </summary>
    private static Dataset? BuildArticles(IReadOnlyList<ArticleInput> articles, Terminal terminal, CancellationToken cancellationToken)
    {
        var corpus = new CorpusRun(new CorpusOptions()).Collect(articles, cancellationToken);
        foreach (var line in corpus.Problems) terminal.Error.WriteLine(line);
        return corpus.Ok ? corpus.Dataset : null;
    }

    private static StoreCredentials Credentials(PublishRequest request)
    {
        if (request.Token is not null)
        {
            if (request.User is not null || request.Password is not null) throw new UsageException("give either --token or --user/--password, not both");
            return new StoreCredentials.BearerToken(request.Token);
        }
        if ((request.User is null) != (request.Password is null)) throw new UsageException("--user and --password go together");
        return request.User is null ? StoreCredentials.None : new StoreCredentials.UserPassword(request.User, request.Password!);
    }

    private static TimeSpan? Seconds(double? seconds, string option)
    {
        if (seconds is null) return null;
        if (!(seconds > 0 && seconds <= MaxSeconds)) throw new UsageException($"{option} must be a number of seconds greater than 0 and at most {MaxSeconds:0}");
        return TimeSpan.FromSeconds(seconds.Value);
    }

    /// <summary>How far a publish got, for the one line that says where the deadline stopped it.</summary>
    private sealed class DeadlineProgress
    {
        private int _done;
        private int _published;

        /// <summary>The graphs to publish, once the inputs are read.</summary>
        public int? Total { get; set; }

        public void GraphDone(PublishProgress progress, Action<PublishProgress>? next)
        {
            _done = progress.Done;
            if (progress.Last.Status == PublishStatus.Published) _published++;
            next?.Invoke(progress);
        }

        public string Describe() => Total is not { } total
            ? "while reading the inputs; nothing was sent"
            : $"with {_published} of {total} graphs published and {total - _published} not"
              + (_done < total ? " (the one being sent may be partial on the store)" : "")
              + "; rerun the same command to converge, graphs are replaced whole";
    }

    private static Uri AbsoluteHttpUri(string text, string option)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"{option}: \"{text}\" is not an http(s) URL");
        return uri;
    }

    private static bool Interactive(Terminal terminal) =>
        ReferenceEquals(terminal.Error, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
