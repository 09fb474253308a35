using System.CommandLine;
using KgExport.Corpus;
using KgExport.Ontology;
using KgExport.Server;
using KgExport.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport serve (&lt;inputs...&gt; | --location DIR) [--host 127.0.0.1] [--port 7878] [--allow-update] [--allow-service URL]... [--allow-load URL]... [--base URL]</c>:
/// serves RDF files and/or articles loaded into memory, or a durable store: SPARQL 1.1 Protocol at /sparql, the query
/// UI at /, linked-data pages at /id/…, the Reconciliation Service API at /reconcile. Runs until Ctrl+C or SIGTERM, then shuts down gracefully. Everything else is
/// configured the usual .NET way (appsettings.json, KGEXPORT_Server__* environment variables).
/// </summary>
public static class ServeCommand
{
    public static Command Create(Terminal terminal)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "RDF files (.ttl, .trig, .nt, .nq, .jsonld, .rdf) and/or articles (.txt, .facts.json, or directories of them), served from memory: writes are lost when the server stops. Not with --location.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var location = new Option<string?>("--location", "-l") { Description = "Serve the durable store in this directory (made by 'kgexport load', or created empty): every acknowledged write is on disk before its answer.", HelpName = "dir" };
        var host = new Option<string?>("--host") { Description = "Address to listen on (default 127.0.0.1: loopback only).", HelpName = "address" };
        var port = new Option<int?>("--port", "-p") { Description = "TCP port (default 7878; 0 picks a free one).", HelpName = "port" };
        var allowUpdate = new Option<bool>("--allow-update") { Description = "Serve /update and Graph Store writes (they also need a credential: a Basic user of KGEXPORT_Server__Users, or the bearer token KGEXPORT_Server__UpdateToken)." };
        var allowService = new Option<string[]>("--allow-service")
        {
            Description = "Let queries call this SPARQL endpoint with SERVICE (repeat for more; none by default). Each call is bounded by KGEXPORT_Server__ServiceTimeoutSeconds (10), ServiceMaxResponseBytes (16 MiB) and RowLimit.",
            HelpName = "url",
            Arity = ArgumentArity.OneOrMore,
        };
        var allowLoad = new Option<string[]>("--allow-load")
        {
            Description = "Let SPARQL LOAD fetch this URL (ending in /: every URL under it; repeat for more; none by default). Each fetch is bounded by ServiceTimeoutSeconds and MaxBodyBytes.",
            HelpName = "url",
            Arity = ArgumentArity.OneOrMore,
        };
        var publicBase = new Option<string?>("--base") { Description = "The server's public URL, used in links and the service description (default: the request's own).", HelpName = "url" };

        var command = new Command("serve", "Serve RDF files, exported articles or a durable store: a SPARQL 1.1 endpoint, a query UI, linked-data pages and a W3C reconciliation service (OpenRefine) at /reconcile, and the ontology (ontology/kg.ttl) at /ontology by content negotiation.")
        {
            inputs, location, host, port, allowUpdate, allowService, allowLoad, publicBase,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parseResult.GetValue(host) is { } h) overrides["Server:Host"] = h;
            if (parseResult.GetValue(port) is { } p) overrides["Server:Port"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (parseResult.GetValue(allowUpdate)) overrides["Server:AllowUpdate"] = "true";
            if (parseResult.GetValue(publicBase) is { } b) overrides["Server:PublicBase"] = b;
            if (parseResult.GetValue(allowService) is { Length: > 0 } endpoints) overrides["Server:ServiceEndpoints"] = string.Join(',', endpoints);
            if (parseResult.GetValue(allowLoad) is { Length: > 0 } sources) overrides["Server:LoadSources"] = string.Join(',', sources);
            return Run(parseResult.GetValue(inputs) ?? [], parseResult.GetValue(location), overrides, terminal, cancellationToken);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string? location, IReadOnlyDictionary<string, string?> overrides, Terminal terminal, CancellationToken cancellationToken)
    {
        if (location is not null && inputs.Count > 0) throw new UsageException("serve takes inputs or --location, not both; add files to a store with 'kgexport load --location DIR FILES...'");
        if (location is null && inputs.Count == 0) throw new UsageException("serve needs inputs to load into memory, or --location DIR for a durable store");
        using var store = location is null ? null : StoreCommands.Open(location, terminal, cancellationToken);
        var dataset = store?.Dataset
            ?? DatasetLoader.Load(inputs, ShapesValidation.ArticleOptions(inputs, cancellationToken), cancellationToken, new Rdf.Dataset(unionDefaultGraph: true));
        // The query UI and linked-data pages abbreviate with the export's prefixes when the data did not bring its own.
        if (dataset.Prefixes.Entries.Count == 0 || inputs.Any(ArticleInput.IsArticleInput))
        {
            foreach (var (k, v) in Namespaces.Prefixes().Entries) if (!dataset.Prefixes.TryGetNamespace(k, out _)) dataset.Prefixes.Set(k, v);
        }
        var app = KgServer.Create(dataset, [], overrides, journal: store);
        using (app as IDisposable)
        {
            SettleHeap();
            app.StartAsync(cancellationToken).GetAwaiter().GetResult();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses) terminal.Error.WriteLine($"kgexport: serving {dataset.Count} quads at {address.TrimEnd('/')}/sparql (query UI at {address.TrimEnd('/')}/)");
            terminal.Error.WriteLine(store is null
                ? "kgexport: in memory only: writes are lost when the server stops (serve --location DIR keeps them)"
                : $"kgexport: durable store {store.Directory}: each write is on disk before it is acknowledged");
            terminal.Error.Flush();
            app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        }
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Moves the freshly loaded dataset (and the host's start-up objects) into the oldest generation with one full,
    /// compacting collection before the port opens. Without it the first collections under load copy the whole
    /// dataset out of the young generations: 100-150 ms pauses in the first second of serving, which made the p99
    /// of a lookup load test 50-65 ms (bench/serve-load.sh).
    /// </summary>
    private static void SettleHeap()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
