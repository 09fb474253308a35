using System.CommandLine;
using KgExport.Corpus;
using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Federation;
using KgExport.Sparql.Results;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport query --data &lt;files...&gt; (--query FILE | -e 'SPARQL') [--results json|xml|csv|tsv|table] [--timeout S] [--max-memory MB] [--allow-service URL]...</c>:
/// loads RDF files (any supported syntax; articles and .facts.json through the export) into one dataset and runs a
/// SPARQL query over it. SELECT/ASK results print as a table on a terminal, JSON otherwise; CONSTRUCT/DESCRIBE
/// print Turtle (N-Triples with --results ntriples). Articles' named graphs are also merged into the default graph.
/// </summary>
public static class QueryCommand
{
    private static readonly string[] ResultNames = ["json", "xml", "csv", "tsv", "table", "turtle", "ntriples"];

    public static Command Create(Terminal terminal)
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "RDF files (.ttl, .trig, .nt, .nq) and/or articles (.txt with .facts.json, or directories of them) to query.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var queryFile = new Option<string?>("--query", "-q") { Description = "File holding the SPARQL query.", HelpName = "file" };
        var expression = new Option<string?>("-e") { Description = "The SPARQL query text.", HelpName = "sparql" };
        var results = new Option<string?>("--results", "-r")
        {
            Description = "Result format: json, xml, csv, tsv or table (SELECT/ASK); turtle or ntriples (CONSTRUCT/DESCRIBE). Default: table on a terminal, else json/turtle.",
            HelpName = "format",
        };
        results.AcceptOnlyFromAmong(ResultNames);
        var timeout = new Option<double?>("--timeout") { Description = $"Give up after this many seconds (default {QueryOptions.DefaultTimeout.TotalSeconds:0}).", HelpName = "seconds" };
        var allowService = new Option<string[]>("--allow-service")
        {
            Description = "Let the query call this SPARQL endpoint with SERVICE (repeat for more; none by default). Each call gets at most 10 s, 16 MiB and 100000 solutions.",
            HelpName = "url",
            Arity = ArgumentArity.OneOrMore,
        };
        var maxMemory = MemoryOption.Create("Give up when the query would hold more than this many MB: strings it builds, rows it sorts, groups or joins");

        var command = new Command("query", "Run a SPARQL 1.1 query over RDF files or exported articles.")
        {
            data, queryFile, expression, results, timeout, maxMemory, allowService,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) => Run(
            new QueryRequest(parseResult.GetValue(data) ?? [], parseResult.GetValue(queryFile), parseResult.GetValue(expression),
                parseResult.GetValue(results), parseResult.GetValue(timeout), parseResult.GetValue(maxMemory))
            {
                AllowedServices = parseResult.GetValue(allowService) ?? [],
            },
            terminal,
            cancellationToken));
        return command;
    }

    public sealed record QueryRequest(IReadOnlyList<string> Data, string? QueryFile, string? Expression, string? Results, double? TimeoutSeconds, double? MaxMemoryMegabytes)
    {
        /// <summary>The endpoints SERVICE may call (<c>--allow-service</c>).</summary>
        public IReadOnlyList<string> AllowedServices { get; init; } = [];
    }

    public static int Run(QueryRequest request, Terminal terminal, CancellationToken cancellationToken)
    {
        if ((request.QueryFile is null) == (request.Expression is null)) throw new UsageException("give the query with exactly one of --query FILE or -e 'SPARQL'");
        if (request.TimeoutSeconds is <= 0) throw new UsageException("--timeout must be a positive number of seconds");
        var maxMemory = MemoryOption.Bytes(request.MaxMemoryMegabytes);
        foreach (var endpoint in request.AllowedServices)
        {
            if (FederationOptions.Problem(endpoint) is { } problem) throw new UsageException($"--allow-service: {problem}");
        }
        var text = request.Expression ?? ReadQueryFile(request.QueryFile!);
        var querySource = request.QueryFile ?? "-e";

        SparqlQuery query;
        try
        {
            query = SparqlQuery.Parse(text);
        }
        catch (SparqlSyntaxException e)
        {
            throw new UsageException($"{querySource}:{e.Position}: {e.Reason}");
        }

        var dataset = LoadData(request.Data, cancellationToken);
        var options = new QueryOptions
        {
            Timeout = request.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : QueryOptions.DefaultTimeout,
            MaxMemoryBytes = maxMemory,
            Federation = request.AllowedServices.Count == 0 ? null : new FederationOptions { AllowedEndpoints = request.AllowedServices },
        };
        using var stdout = OutputDocument.Open(null, terminal);
        try
        {
            var result = QueryExecutor.Execute(query, dataset, options, cancellationToken);
            var prefixes = dataset.Prefixes.Clone();
            foreach (var (k, v) in query.Prefixes.Entries) prefixes.Set(k, v);
            Write(result, request.Results, prefixes, stdout.Writer, Console.IsOutputRedirected);
        }
        catch (QueryEvaluationException e)
        {
            throw new UsageException($"query: {e.Message}");
        }
        stdout.Commit();
        return ExitCodes.Ok;
    }

    private static string ReadQueryFile(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
        return File.ReadAllText(path);
    }

    private static void Write(QueryResult result, string? format, PrefixMap prefixes, TextWriter output, bool redirected)
    {
        if (result.Kind == QueryResultKind.Graph)
        {
            var graphFormat = format switch
            {
                null or "turtle" => RdfFormat.Turtle,
                "ntriples" => RdfFormat.NTriples,
                _ => throw new UsageException($"--results {format}: CONSTRUCT and DESCRIBE give a graph; use turtle or ntriples"),
            };
            var writer = RdfIo.CreateWriter(graphFormat, output, new WriterOptions { Prefixes = prefixes });
            foreach (var t in result.Triples) writer.Write(t.InGraph(null));
            writer.Finish();
            return;
        }
        var name = format ?? (redirected ? "json" : "table");
        if (name is "turtle" or "ntriples") throw new UsageException($"--results {name}: SELECT and ASK give a table; use json, xml, csv, tsv or table");
        SparqlResultsFormats.TryParseName(name, out var resultsFormat);
        if (resultsFormat == SparqlResultsFormat.Table) TableResultsWriter.Write(result, output, prefixes);
        else SparqlResultsFormats.Write(result, resultsFormat, output);
    }

    /// <summary>Loads RDF files by their extension; article inputs go through the corpus pipeline, validated as <c>export</c> does.</summary>
    private static Dataset LoadData(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        DatasetLoader.Load(paths, ShapesValidation.ArticleOptions(paths, cancellationToken), cancellationToken);
}
