using System.Net;
using KgExport.Rdf;
using KgExport.Server.Endpoints;
using KgExport.Server.Protocol;
using KgExport.Server.Reconciliation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KgExport.Server;

/// <summary>
/// Builds the web application that serves a dataset: the SPARQL Protocol at /sparql and /update, the Graph Store at
/// /store, linked-data pages at /id/… and /resource, the Reconciliation Service API at /reconcile, the query UI at / and /healthz.
/// </summary>
public static class KgServer
{
    private const string ReadsPolicy = "reads";

    /// <param name="dataset">The data to serve (the server takes it over).</param>
    /// <param name="args">Command-line configuration (e.g. --Server:Port=8080).</param>
    /// <param name="overrides">Configuration that wins over everything else (the serve command's flags).</param>
    /// <param name="configure">Last say over the builder (tests swap in the test server here).</param>
    /// <param name="journal">Where writes are made durable before they are acknowledged (a store); null: in memory only.</param>
    public static WebApplication Create(Dataset dataset, string[]? args = null, IReadOnlyDictionary<string, string?>? overrides = null, Action<WebApplicationBuilder>? configure = null, IDatasetJournal? journal = null)
    {
        // Writers wait for readers on a thread (SharedDataset.Write): keep enough pool threads ready that a queued
        // update and a long query never leave a new reader waiting for the pool to grow (2-core machines start at 2).
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, 8 * Environment.ProcessorCount), completion);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.Configuration.AddEnvironmentVariables("KGEXPORT_");
        if (args is { Length: > 0 }) builder.Configuration.AddCommandLine(args);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        // One line per event; per-request framework chatter only when asked for (Logging:LogLevel:Microsoft.AspNetCore).
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failed start (port in use) is reported by the caller in one line; the host would log it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        var settings = new ServerSettings();
        builder.Configuration.GetSection(ServerSettings.Section).Bind(settings);
        Validate(settings);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new SharedDataset(dataset, journal));
        builder.Services.AddSingleton<ServerServices>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddCors(cors => cors.AddPolicy(ReadsPolicy, policy =>
        {
            if (settings.CorsOriginList.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins([.. settings.CorsOriginList]);
            // No Authorization header: a page on another origin cannot send the bearer token an update needs.
            policy.WithMethods("GET", "HEAD", "POST").WithHeaders("Accept", "Content-Type");
        }));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Bodies are read (and limited, with a 413 that says so) by the endpoints themselves.
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
            Listen(kestrel, settings.Host, settings.Port);
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(WritesWithoutCors.Middleware);
        if (settings.CorsEnabled) app.UseCors();
        Map(app, settings);
        return app;
    }

    private static void Map(WebApplication app, ServerSettings settings)
    {
        IEndpointConventionBuilder Read(IEndpointConventionBuilder endpoint) => settings.CorsEnabled ? endpoint.RequireCors(ReadsPolicy) : endpoint;

        Read(app.MapMethods(SparqlEndpoint.Path, ["GET", "HEAD"], Guarded(SparqlEndpoint.GetAsync)));
        Read(app.MapPost(SparqlEndpoint.Path, Guarded(SparqlEndpoint.PostAsync)));
        app.MapPost(UpdateEndpoint.Path, Guarded(UpdateEndpoint.PostAsync));
        Read(app.MapMethods(GraphStoreEndpoint.Path, ["GET", "HEAD"], Guarded(GraphStoreEndpoint.GetAsync)));
        app.MapMethods(GraphStoreEndpoint.Path, ["PUT", "POST"], Guarded(GraphStoreEndpoint.WriteAsync));
        app.MapDelete(GraphStoreEndpoint.Path, Guarded(GraphStoreEndpoint.DeleteAsync));
        Read(app.MapMethods(PublicUrls.IdPath, ["GET", "HEAD"], Guarded(_ => throw new ProtocolException(StatusCodes.Status404NotFound,
            $"/id/ serves the minted IRIs under {settings.MintedNamespace}: /id/PATH describes {settings.MintedNamespace}PATH; the query UI is at /"))));
        Read(app.MapMethods(PublicUrls.IdPath + "{**rest}", ["GET", "HEAD"], (HttpContext c, string rest) => Guarded(ctx => ResourceEndpoint.MintedAsync(ctx, rest))(c)));
        Read(app.MapMethods("/resource", ["GET", "HEAD"], Guarded(ResourceEndpoint.AnyAsync)));
        Read(app.MapMethods(OntologyEndpoint.Path, ["GET", "HEAD"], Guarded(OntologyEndpoint.GetAsync)));
        foreach (var space in ReconciliationSpace.All)
        {
            Read(app.MapMethods(space.Path, ["GET", "HEAD"], Guarded(ReconciliationEndpoint.Get(space))));
            Read(app.MapPost(space.Path, Guarded(ReconciliationEndpoint.Post(space))));
            Read(app.MapMethods(space.PreviewPath, ["GET", "HEAD"], Guarded(ReconciliationEndpoint.Preview(space))));
            Read(app.MapMethods(space.SuggestEntityPath, ["GET", "HEAD"], Guarded(ReconciliationEndpoint.SuggestEntity(space))));
        }
        app.MapGet("/healthz", Guarded(HealthEndpoint.GetAsync));
        QueryUi.Map(app);
    }

    /// <summary>Turns refusals into their status with a plain-text message, and anything unexpected into a 500 without a stack trace.</summary>
    private static RequestDelegate Guarded(RequestDelegate handler) => async context =>
    {
        try
        {
            await handler(context);
        }
        catch (ProtocolException e)
        {
            if (context.Response.HasStarted) throw;
            if (e.Status != StatusCodes.Status404NotFound) QueryLog.Refused(context.Services().Logger, e.Status, e.Message);
            await PlainText.WriteAsync(context, e);
        }
        catch (StoreWriteException e) when (!context.Response.HasStarted)
        {
            // Nothing changed (the write was undone); the client may try again.
            QueryLog.Refused(context.Services().Logger, StatusCodes.Status503ServiceUnavailable, e.Message);
            await PlainText.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, e.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            QueryLog.Failed(context.Services().Logger, e);
            await PlainText.WriteAsync(context, StatusCodes.Status500InternalServerError, "internal error: " + e.Message);
        }
    };

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, string host, int port)
    {
        if (host is "localhost") kestrel.ListenLocalhost(port);
        else if (host is "*" or "+") kestrel.ListenAnyIP(port);
        else kestrel.Listen(IPAddress.Parse(host), port);
    }

    private static void Validate(ServerSettings settings)
    {
        var problems = new List<string>();
        if (settings.Port is < 0 or > 65535) problems.Add($"port {settings.Port} is not a TCP port (0-65535)");
        if (settings.Host is not ("localhost" or "*" or "+") && !IPAddress.TryParse(settings.Host, out _)) problems.Add($"host '{settings.Host}' is not an IP address (or localhost, *)");
        if (!(settings.QueryTimeoutSeconds > 0)) problems.Add("the query timeout must be a positive number of seconds");
        if (settings.RowLimit <= 0) problems.Add("the row limit must be positive");
        if (settings.MaxQueryMemoryBytes <= 0) problems.Add("the query memory limit must be positive");
        if (settings.MaxBodyBytes <= 0) problems.Add("the body limit must be positive");
        if (settings.PublicBase is { Length: > 0 } b && !Uri.TryCreate(b, UriKind.Absolute, out _)) problems.Add($"the public base '{b}' is not an absolute URL");
        if (!Uri.TryCreate(settings.MintedNamespace, UriKind.Absolute, out _)) problems.Add($"the minted namespace '{settings.MintedNamespace}' is not an absolute IRI");
        problems.AddRange(settings.UserProblems());
        foreach (var endpoint in settings.ServiceEndpointList)
        {
            if (Sparql.Federation.FederationOptions.Problem(endpoint) is { } problem) problems.Add("SERVICE endpoint " + problem);
        }
        foreach (var source in settings.LoadSourceList)
        {
            if (Sparql.Federation.FederationOptions.Problem(source) is { } problem) problems.Add("LOAD source " + problem);
        }
        if (!(settings.ServiceTimeoutSeconds > 0)) problems.Add("the SERVICE timeout must be a positive number of seconds");
        if (settings.ServiceMaxResponseBytes <= 0) problems.Add("the SERVICE answer limit must be positive");
        if (problems.Count > 0) throw new ServerConfigurationException(string.Join("; ", problems));
    }
}

/// <summary>Configuration that cannot be served with; the message lists every problem.</summary>
public sealed class ServerConfigurationException(string message) : Exception(message);
