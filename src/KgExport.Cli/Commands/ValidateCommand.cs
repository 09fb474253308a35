using System.CommandLine;
using KgExport.Corpus;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Cli.Commands;

/// <summary>
/// `kgexport validate`: checks RDF documents against SHACL shapes (the project's shapes/ by default). The data graph
/// is the merge of every input's default and named graphs. Exit 0 when it conforms, 1 on any result, 2 on bad input,
/// bad shapes or a validation past --timeout or --max-memory. The report for people goes to stderr; --report writes
/// the RDF report as Turtle. Articles are exported and each article's graph validated on its own (see
/// <see cref="ValidateArticles"/>); their results, in input order, then those of the RDF data make the one RDF report.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(Terminal terminal)
    {
        var data = new Argument<string[]>("data")
        {
            Description = "RDF files or directories to validate (.ttl, .trig, .nt, .nq; directories are searched recursively), or articles (.txt, .facts.json, directories of them) whose exported graphs are validated one by one, in parallel.",
            Arity = ArgumentArity.OneOrMore,
        };
        var shapes = new Option<string?>("--shapes", "-s")
        {
            Description = "A shapes file or a directory of them. Defaults to the project's shapes/ directory.",
            HelpName = "file|dir",
        };
        var report = new Option<string?>("--report", "-r")
        {
            Description = "Also write the SHACL validation report (RDF, Turtle) to this file, atomically; - for standard output. For articles it holds every article's results, in input order; it is not written when an article cannot be read.",
            HelpName = "file",
        };
        var jobs = JobsOption.Create("Articles validated in parallel");
        var timeout = new Option<double?>("--timeout")
        {
            Description = $"Give up when a validation takes longer than this many seconds (default {ValidationLimits.Default.Timeout.GetValueOrDefault().TotalSeconds:0}).",
            HelpName = "seconds",
        };
        var maxMemory = MemoryOption.Create("Give up when a SPARQL constraint's query, or the results, would hold more than this many MB");
        var command = new Command("validate", "Validate RDF data, or articles' exported graphs, against SHACL shapes.") { data, shapes, report, jobs, timeout, maxMemory };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var limits = Limits(parseResult.GetValue(timeout), parseResult.GetValue(maxMemory));
            var (articles, rdf) = SplitArticles(parseResult.GetRequiredValue(data));
            var reportPath = parseResult.GetValue(report);
            var articleRun = articles.Count > 0
                ? ValidateArticles(articles, parseResult.GetValue(shapes), parseResult.GetValue(jobs), limits, terminal, cancellationToken)
                : new ArticleValidation(ExitCodes.Ok, []);
            var results = new List<ValidationResult>(articleRun.Results);
            var code = articleRun.Code;
            if (rdf.Count > 0)
            {
                var validator = ShapesValidation.LoadValidator(parseResult.GetValue(shapes), cancellationToken, limits);
                var dataset = ShapesValidation.LoadData(rdf, cancellationToken);
                var result = validator.Validate(dataset, null, cancellationToken);
                ShapesValidation.WriteText(result, dataset, validator, terminal.Error);
                results.AddRange(result.Results);
                code = Math.Max(code, result.Conforms ? ExitCodes.Ok : ExitCodes.DataInvalid);
            }
            if (reportPath is not null)
            {
                if (articleRun.Code == ExitCodes.UsageError)
                {
                    terminal.Error.WriteLine($"validate: no report written to {reportPath}: some articles could not be read or validated");
                    terminal.Error.Flush();
                }
                else
                {
                    ShapesValidation.WriteRdfReport(new ValidationReport(results), reportPath, terminal);
                }
            }
            return code;
        });
        return command;
    }

    private static ValidationLimits Limits(double? timeoutSeconds, double? maxMemoryMegabytes)
    {
        if (timeoutSeconds is { } given && !(given > 0)) throw new UsageException("--timeout must be a positive number of seconds");
        return new ValidationLimits
        {
            Timeout = timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : ValidationLimits.Default.Timeout,
            MaxMemoryBytes = MemoryOption.Bytes(maxMemoryMegabytes),
        };
    }

    /// <summary>Articles (<see cref="ArticleInput.IsArticleInput"/>) apart from RDF data.</summary>
    private static (List<string> Articles, List<string> Rdf) SplitArticles(IReadOnlyList<string> inputs)
    {
        var articles = new List<string>();
        var rdf = new List<string>();
        foreach (var path in inputs)
        {
            (ArticleInput.IsArticleInput(path) ? articles : rdf).Add(path);
        }
        return (articles, rdf);
    }

    /// <summary>The exit code of the articles' validation and every article's SHACL results, in input order.</summary>
    private sealed record ArticleValidation(int Code, IReadOnlyList<ValidationResult> Results);

    /// <summary>
    /// Each article's graph, as <c>export</c> makes it, validated on its own through the corpus pipeline (parallel,
    /// reported in input order, every article tried). Exit 0 all conform, 1 some violate, 2 some cannot be read.
    /// </summary>
    private static ArticleValidation ValidateArticles(IReadOnlyList<string> paths, string? shapesPath, int jobs, ValidationLimits limits, Terminal terminal, CancellationToken cancellationToken)
    {
        if (JobsOption.Problem(jobs) is { } badJobs) throw new UsageException(badJobs);
        var articles = ArticleInput.Find(paths, out var problems);
        if (problems.Count > 0) throw new UsageException(string.Join(Environment.NewLine, problems));
        ShapesValidation.LoadValidator(shapesPath, cancellationToken);
        var view = CorpusProgressView.For(terminal.Error, "validate", articles.Count, quiet: false);
        var badInput = false;
        var invalid = false;
        var results = new List<ValidationResult>();
        var options = new CorpusOptions { Jobs = jobs, KeepGoing = true, Validator = () => ShapesValidation.LoadValidator(shapesPath, cancellationToken, limits) };
        var progress = view.Run(articles.Count, onProgress => new CorpusRun(options with { OnProgress = onProgress }).Run(articles, outcome =>
        {
            foreach (var line in outcome.Messages) view.Message(line);
            if (outcome.Report is { } articleReport) results.AddRange(articleReport.Results);
            badInput |= outcome.Status == ArticleStatus.BadInput;
            invalid |= outcome.Status == ArticleStatus.Invalid;
        }, cancellationToken));
        view.Summary(progress, null, jobs);
        if (!badInput && !invalid) terminal.Error.WriteLine($"validate: {progress.Done} articles conform to the shapes");
        terminal.Error.Flush();
        return new ArticleValidation(badInput ? ExitCodes.UsageError : invalid ? ExitCodes.DataInvalid : ExitCodes.Ok, results);
    }
}
