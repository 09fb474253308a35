using System.CommandLine;
using KgExport.Corpus;
using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Publishing.Http;
using KgExport.Publishing.QuickStatements;
using KgExport.Publishing.Reconciliation;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport wikidata &lt;inputs...&gt; [--map FILE] [-o FILE] [--create-missing] [--format v1|csv] [--retrieved DATE] [--review FILE] [--reconcile-table FILE] [--reconcile URL]</c>:
/// reviewed facts -> a QuickStatements batch for Wikidata or another Wikibase, every statement referenced and every
/// edit summary naming its article. The source articles and what cannot be written without guessing an id are
/// listed on stderr (the latter left out). Exit 0 written, 2 usage or input error.
/// </summary>
public static class WikidataCommand
{
    public const string DefaultMapRelativePath = "ontology/wikibase-map.json";

    public static Command Create(Terminal terminal)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article .txt files, their .facts.json files, or directories of articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        var map = new Option<string?>("--map") { Description = $"Property/item map (JSON); default {DefaultMapRelativePath} in the working directory, else the map built into the tool." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of stdout (a regular file is replaced atomically; a FIFO or device is written in place)." };
        var createMissing = new Option<bool>("--create-missing") { Description = "CREATE items (labels, aliases) for participants without a QID instead of only reporting them." };
        var format = new Option<string>("--format", "-f") { Description = "v1 (tab-separated QuickStatements commands) or csv (the QuickStatements CSV dialect; its rows differ in shape, which QuickStatements 3 reads by skipping empty cells).", DefaultValueFactory = _ => "v1" };
        format.AcceptOnlyFromAmong("v1", "csv");
        var retrieved = new Option<string?>("--retrieved") { Description = "Retrieved date (S813) for the references, YYYY-MM-DD; default today (UTC)." };
        var review = new Option<string?>("--review") { Description = "Write the facts held back from the batch (extracted, not reviewed; a reference that would name no source; a text QuickStatements cannot carry) with the reason, TAB-separated, to FILE; default: list them on stderr." };
        var reconcileTable = new Option<string[]>("--reconcile-table") { Description = "Link entities and existing event items before creating, from FILE: the CSV export of a Wikidata Query Service query with columns item, itemLabel and optionally itemAltLabel, class, date, participant (see README). Repeatable.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var reconcile = new Option<string?>("--reconcile") { Description = "Also ask this W3C Reconciliation Service API endpoint (the protocol OpenRefine speaks) for items, after the tables." };
        var command = new Command("wikidata", "Write a QuickStatements batch (Wikidata/Wikibase) from reviewed facts: new items for events, statements on items with a QID, every statement sourced (S248/S854/S813/S1683); source articles and anything left out are listed on stderr.")
        {
            inputs, map, output, createMissing, format, retrieved, review, reconcileTable, reconcile,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) => Run(
            parseResult.GetValue(inputs) ?? [],
            parseResult.GetValue(map),
            parseResult.GetValue(output),
            parseResult.GetValue(createMissing),
            parseResult.GetValue(format) ?? "v1",
            parseResult.GetValue(retrieved),
            parseResult.GetValue(review),
            terminal,
            parseResult.GetValue(reconcileTable) ?? [],
            parseResult.GetValue(reconcile),
            cancellationToken));
        return command;
    }

    /// <summary>Runs the verb; the batch goes to <paramref name="outputPath"/> or standard output, the lists to stderr.</summary>
    public static int Run(IReadOnlyList<string> inputs, string? mapPath, string? outputPath, bool createMissing, string format, string? retrieved,
        string? reviewPath, Terminal terminal, IReadOnlyList<string>? reconcileTables = null, string? reconcileUrl = null, CancellationToken cancellationToken = default)
    {
        var stderr = terminal.Error;
        FactDate retrievedDate;
        if (retrieved is null)
        {
            var today = DateTime.UtcNow;
            retrievedDate = FactDate.OfDay(today.Year, today.Month, today.Day);
        }
        else if (!FactDate.TryParse(retrieved, out retrievedDate, out var dateError) || retrievedDate.Precision != DatePrecision.Day)
        {
            stderr.WriteLine($"wikidata: --retrieved: {(dateError.Length > 0 ? dateError : "expected a day, YYYY-MM-DD")}");
            return ExitCodes.UsageError;
        }
        var path = mapPath ?? LocalMapPath();
        WikibaseMap map;
        try
        {
            map = path is null ? WikibaseMap.Parse(OntologyDocuments.WikibaseMapJson, DefaultMapRelativePath + " (built in)") : WikibaseMap.LoadFile(path);
        }
        catch (WikibaseMapException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.UsageError;
        }
        // Edits to a public knowledge base come from reviewed facts only, never straight from extraction.
        var articles = ArticleInput.Find(inputs, out var inputProblems, requireFacts: true);
        var problems = inputProblems.ToList();
        var loaded = new List<ArticleFacts>();
        foreach (var input in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var factsPath = input.FactsPath!;
            try
            {
                var result = FactsLoader.LoadFile(factsPath, ArticleText.Load(input.TextPath));
                if (result.Ok) loaded.Add(result.Facts!);
                else problems.AddRange(result.Problems.Select(p => p.Format(factsPath)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                problems.Add($"{input.TextPath}: cannot read: {e.Message}");
            }
        }
        if (problems.Count > 0)
        {
            foreach (var p in problems) stderr.WriteLine(p);
            return ExitCodes.UsageError;
        }
        var sources = new List<IReconciler>();
        ReconciledIds reconciled;
        StoreConnection? connection = null;
        try
        {
            foreach (var table in reconcileTables ?? []) sources.Add(ReconciliationTable.LoadFile(table));
            if (reconcileUrl is not null)
            {
                if (!Uri.TryCreate(reconcileUrl, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
                {
                    stderr.WriteLine($"wikidata: --reconcile: \"{reconcileUrl}\" is not an absolute http(s) URL");
                    return ExitCodes.UsageError;
                }
                connection = new StoreConnection(StoreCredentials.None, RetryPolicy.Default);
                sources.Add(new ReconciliationClient(endpoint, connection));
            }
            reconciled = ReconciledIds.ResolveAsync(loaded, map, sources, cancellationToken).GetAwaiter().GetResult();
        }
        catch (ReconciliationException e)
        {
            stderr.WriteLine("wikidata: " + e.Message);
            return ExitCodes.UsageError;
        }
        finally
        {
            connection?.Dispose();
        }
        if (reconciled.Report.Count > 0)
        {
            stderr.WriteLine($"wikidata: {reconciled.Report.Count} link(s) from reconciliation:");
            foreach (var r in reconciled.Report) stderr.WriteLine("  " + r);
        }
        var batch = BatchBuilder.Build(loaded, map, new BatchOptions(retrievedDate, createMissing, reconciled), cancellationToken);
        // The batch names each edit's article in its summary; the full list goes here, since QuickStatements
        // does not accept comment-only lines in a batch.
        stderr.WriteLine($"wikidata: {batch.Edits.Count} item edit(s) from {batch.SourceArticles.Count} article(s):");
        foreach (var article in batch.SourceArticles) stderr.WriteLine("  " + article);
        if (batch.Unresolved.Count > 0)
        {
            stderr.WriteLine($"wikidata: {batch.Unresolved.Count} thing(s) left out or incomplete (nothing is guessed):");
            foreach (var u in batch.Unresolved) stderr.WriteLine("  " + u);
        }
        if (batch.Held.Count > 0)
        {
            stderr.WriteLine($"wikidata: {batch.Held.Count} fact(s) held back for review{(reviewPath is null ? ":" : ", listed in " + reviewPath)}");
            if (reviewPath is null) foreach (var h in batch.Held) stderr.WriteLine($"  {h.Article}: {h.Fact}: {h.Reason}");
        }
        var text = format == "csv" ? QuickStatementsCsvWriter.Write(batch) : QuickStatementsV1Writer.Write(batch);
        // The review file first: when it cannot be written, no batch is either, so nothing held goes unnoticed.
        if (reviewPath is not null)
        {
            using var reviewTarget = OutputDocument.Open(reviewPath, terminal);
            reviewTarget.Writer.Write(batch.ReviewText());
            reviewTarget.Commit();
        }
        using var target = OutputDocument.Open(outputPath, terminal);
        target.Writer.Write(text);
        target.Commit();
        return ExitCodes.Ok;
    }

    /// <summary>A map in the working directory, which takes the place of the one built into the tool; else null.</summary>
    private static string? LocalMapPath()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), DefaultMapRelativePath);
        return File.Exists(local) ? local : null;
    }
}
