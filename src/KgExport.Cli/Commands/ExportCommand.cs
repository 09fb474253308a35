using System.CommandLine;
using KgExport.Corpus;
using KgExport.Mapping;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport export &lt;files|dirs...&gt; [--format turtle|trig|nquads|ntriples] [-o FILE] [--facts] [--no-validate] [--ontology]</c>:
/// articles with their reviewed facts (or, without a facts file, the facts extracted from the text) -> one RDF export, validated against shapes/kg.shapes.ttl before anything is
/// written. Exit 0 written, 1 the export breaks the shapes (nothing written), 2 usage or input error.
/// </summary>
public static class ExportCommand
{
    private static readonly string[] FormatNames = ["turtle", "trig", "nquads", "ntriples", "jsonld"];

    public static Command Create(Terminal terminal)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article .txt files, their .facts.json files, or directories of articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output syntax: turtle or ntriples (one merged graph), trig, nquads or jsonld (one named graph per article).",
            DefaultValueFactory = _ => "turtle",
        };
        format.AcceptOnlyFromAmong(FormatNames);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to FILE instead of stdout (a regular file is replaced atomically, never half-written; a FIFO or device is written in place).",
        };
        var facts = new Option<bool>("--facts")
        {
            Description = "Use only reviewed .facts.json files: an article without one is an error. By default such an article's facts are extracted from its text.",
        };
        var noValidate = new Option<bool>("--no-validate")
        {
            Description = "Skip SHACL validation of the export against shapes/ (by default an export with violations is not written, and exits 1).",
        };

        var ontology = new Option<bool>("--ontology")
        {
            Description = "Add the ontology (ontology/kg.ttl, built in) to the export, and each node's superclass types from it (a kg:RecognitionAct is also a kg:Event, sem:Event and schema:Event), so queries for schema.org, SEM or PROV classes find the facts without a reasoner.",
        };

        var jobs = JobsOption.Create("Articles processed in parallel; the output is the same for any number");
        var keepGoing = new Option<bool>("--keep-going", "-k")
        {
            Description = "After a bad article, go on with the others, write them, report every failure and exit non-zero. Without it the first failure stops the run and nothing is written.",
        };
        var cacheDir = new Option<string?>("--cache")
        {
            Description = $"Incremental cache directory: unchanged articles (same text, facts and tool version) are not exported again (default {ExportCache.DefaultDirectory}).",
            HelpName = "dir",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write the cache; export every article afresh." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary on stderr (problems are still reported)." };

        var command = new Command("export", "Export articles (their reviewed .facts.json where present, else facts extracted from the text) as a provenance-rich RDF graph.")
        {
            inputs, format, output, facts, noValidate, ontology, jobs, keepGoing, cacheDir, noCache, quiet,
        };
        var jsonLd = new JsonLdFlags();
        jsonLd.AddTo(command);
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            KgExport.Rdf.JsonLd.JsonLdWriterSettings settings;
            try
            {
                settings = jsonLd.ExportSettings(parseResult);
            }
            catch (UsageException e)
            {
                terminal.Error.WriteLine($"export: {e.Message}");
                return ExitCodes.UsageError;
            }
            return Run(
                parseResult.GetValue(inputs) ?? [],
                parseResult.GetValue(format) ?? "turtle",
                parseResult.GetValue(output),
                terminal,
                cancellationToken,
                settings,
                validate: !parseResult.GetValue(noValidate),
                reviewedOnly: parseResult.GetValue(facts),
                withOntology: parseResult.GetValue(ontology),
                corpus: new CorpusSettings
                {
                    Jobs = parseResult.GetValue(jobs),
                    KeepGoing = parseResult.GetValue(keepGoing),
                    CacheDirectory = parseResult.GetValue(noCache) ? null : parseResult.GetValue(cacheDir) ?? ExportCache.DefaultDirectory,
                    Quiet = parseResult.GetValue(quiet),
                });
        });
        return command;
    }

    /// <summary>Runs the export; the data goes to <paramref name="outputPath"/> or standard output, problems and progress to stderr.</summary>
    public static int Run(IReadOnlyList<string> inputs, string formatName, string? outputPath, Terminal terminal, CancellationToken cancellationToken = default, KgExport.Rdf.JsonLd.JsonLdWriterSettings? jsonLd = null, bool validate = true, bool reviewedOnly = false, CorpusSettings? corpus = null, bool withOntology = false)
    {
        corpus ??= new CorpusSettings();
        var stderr = terminal.Error;
        if (!RdfFormats.TryParseName(formatName, out var format))
        {
            stderr.WriteLine($"export: unknown format \"{formatName}\" (expected {string.Join(", ", FormatNames)})");
            return 2;
        }
        if (JobsOption.Problem(corpus.Jobs) is { } badJobs)
        {
            stderr.WriteLine($"export: {badJobs}");
            return 2;
        }
        var articles = ArticleInput.Find(inputs, out var inputProblems, requireFacts: reviewedOnly);
        if (inputProblems.Count > 0)
        {
            foreach (var p in inputProblems) stderr.WriteLine(p);
            return 2;
        }
        string? shapesFingerprint = null;
        ShapeValidator? mergeValidator = null;
        if (validate)
        {
            // Read the shapes once up front, so a problem with them is one clear error before any article is touched;
            // this validator checks the merged export at the end (workers each load their own).
            try
            {
                mergeValidator = ShapesValidation.LoadValidator(null, cancellationToken);
                shapesFingerprint = ShapesValidation.DefaultShapesFingerprint();
            }
            catch (Exception e) when (e is UsageException or RdfSyntaxException or InvalidUtf8Exception)
            {
                stderr.WriteLine($"export: cannot validate: {e.Message} (use --no-validate to skip validation)");
                return ExitCodes.UsageError;
            }
        }
        var cache = corpus.CacheDirectory is { } cacheDirectory
            ? new ExportCache(cacheDirectory, ToolVersion.Current, validate ? "shapes " + shapesFingerprint : "no-validate")
            : null;

        // N-Quads streams article by article (each article's graph is its own block, sorted). The other formats need the
        // whole export: Turtle and N-Triples merge the article graphs (shared nodes once), TriG and JSON-LD are written
        // sorted with the prefixes they use, so they are collected into one dataset and written at the end. With the
        // ontology, N-Quads is collected too: the superclass types and the ontology are added to the whole export.
        var streaming = format == RdfFormat.NQuads && !withOntology;
        var view = CorpusProgressView.For(stderr, "export", articles.Count, corpus.Quiet);
        using (var target = OutputDocument.Open(outputPath, terminal))
        {
            var writer = target.Writer;
            var merged = streaming ? null : new Dataset();
            var claimDates = streaming ? new Dataset() : null;
            if (merged is not null) foreach (var (k, v) in Namespaces.Prefixes().Entries) merged.Prefixes.Set(k, v);
            // A streaming export never validates a merge: the validator read up front goes to the first worker, which
            // then does not read the shapes again (each of the others reads its own).
            var unused = streaming ? mergeValidator : null;
            var options = new CorpusOptions
            {
                Jobs = corpus.Jobs,
                KeepGoing = corpus.KeepGoing,
                Cache = cache,
                // A streamed export keeps what the date-conflict check reads.
                WantQuads = true,
                Validator = validate ? () => Interlocked.Exchange(ref unused, null) ?? ShapesValidation.LoadValidator(null, cancellationToken) : null,
            };
            var badInput = false;
            var invalid = false;
            var progress = view.Run(articles.Count, onProgress => new CorpusRun(options with { OnProgress = onProgress }).Run(articles, outcome =>
            {
                foreach (var line in outcome.Messages) view.Message(line);
                if (outcome.Status == ArticleStatus.BadInput) badInput = true;
                if (outcome.Status == ArticleStatus.Invalid) invalid = true;
                if (!outcome.Succeeded) return;
                if (merged is not null) merged.AddRange(outcome.Quads!);
                else
                {
                    writer.Write(outcome.NQuads);
                    claimDates!.AddRange(outcome.Quads!.Where(DateConflicts.Reads));
                }
            }, cancellationToken));
            view.Summary(progress, cache, corpus.Jobs);
            var failureCode = badInput ? ExitCodes.UsageError : invalid ? ExitCodes.DataInvalid : ExitCodes.Ok;
            if (failureCode != ExitCodes.Ok && !corpus.KeepGoing)
            {
                var notDone = progress.NotProcessed > 0 ? $"; {progress.NotProcessed} articles not processed" : "";
                var kept = target.IsStandardOutput ? "" : $"; nothing was written to {outputPath}";
                stderr.WriteLine($"export: stopped at the first failed article{notDone}{kept} (--keep-going goes on and reports every failure)");
                return failureCode;
            }
            if (merged is not null)
            {
                // The ontology and the types it entails go in before the merge is validated, so what is written is what was checked.
                if (withOntology) OntologyGraph.AddTo(merged);
                // Each article's graph conformed on its own; the merge can still conflict (two articles giving one
                // act two ordinals), which only the whole graph shows.
                if (mergeValidator is not null && MergedGraphConflicts(merged, mergeValidator, stderr, cancellationToken)) return ExitCodes.DataInvalid;
                ExportWriter.Write(merged, format, writer, jsonLd);
            }
            // Two articles dating one act differently stay two claims; say so once per act.
            foreach (var conflict in DateConflicts.Find(merged ?? claimDates!, cancellationToken))
            {
                stderr.WriteLine("export: warning: " + conflict.Message(Namespaces.Prefixes()));
            }
            target.Commit();
            if (failureCode != ExitCodes.Ok)
            {
                stderr.WriteLine($"export: {progress.Failed} of {progress.Total} articles failed and were left out (see above); the others were written");
            }
            return failureCode;
        }
    }

    /// <summary>
    /// Validates the merge of all article graphs; true (and the report on stderr) when it has violations. Warnings
    /// are not repeated here: each article's were reported with it.
    /// </summary>
    private static bool MergedGraphConflicts(Dataset export, ShapeValidator validator, TextWriter stderr, CancellationToken cancellationToken)
    {
        var merged = new Dataset(export.Quads.Select(q => q with { Graph = null }));
        foreach (var (k, v) in export.Prefixes.Entries) merged.Prefixes.Set(k, v);
        var report = validator.Validate(merged, null, cancellationToken);
        if (report.CountOf(ShaclVocab.Violation) == 0) return false;
        stderr.WriteLine("export: the merged export does not conform to the shapes in shapes/ (the articles conform one by one, but conflict with each other); nothing was written (--no-validate skips this check).");
        ShapesValidation.WriteText(report, merged, validator, stderr);
        return true;
    }

    /// <summary>How <c>export</c> runs over many articles: parallel jobs, whether to go on after a failure, the cache.</summary>
    public sealed record CorpusSettings
    {
        public int Jobs { get; init; } = CorpusOptions.DefaultJobs;

        public bool KeepGoing { get; init; }

        /// <summary>The incremental cache directory, or null for no cache.</summary>
        public string? CacheDirectory { get; init; }

        /// <summary>No progress and no summary.</summary>
        public bool Quiet { get; init; }
    }
}
