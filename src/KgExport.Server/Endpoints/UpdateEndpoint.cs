using System.Diagnostics;
using KgExport.Rdf;
using KgExport.Server.Protocol;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Update;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Endpoints;

/// <summary>
/// <c>/update</c>: the SPARQL 1.1 Protocol update operation (POST application/sparql-update or a form with
/// 'update'), behind <see cref="UpdateGate"/>. An update runs alone under the write lock and is atomic.
/// </summary>
public static class UpdateEndpoint
{
    public const string Path = "/update";

    public static async Task PostAsync(HttpContext context)
    {
        var settings = context.Services().Settings;
        UpdateGate.Check(context.Request, settings);
        var mediaType = RequestBody.MediaType(context.Request);
        switch (mediaType)
        {
            case "application/sparql-update":
            {
                var text = await RequestBody.ReadTextAsync(context.Request, settings.MaxBodyBytes, context.RequestAborted);
                await RunAsync(context, text, ProtocolParameters.From(context.Request));
                return;
            }
            case "application/x-www-form-urlencoded":
            {
                var form = RequestBody.ParseForm(await RequestBody.ReadTextAsync(context.Request, settings.MaxBodyBytes, context.RequestAborted));
                var parameters = ProtocolParameters.From(context.Request, form);
                var text = parameters.Single("update") ?? throw new ProtocolException(StatusCodes.Status400BadRequest, "the form has no 'update' field");
                await RunAsync(context, text, parameters);
                return;
            }
            case "":
                throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, "an update needs a Content-Type: application/sparql-update or application/x-www-form-urlencoded");
            default:
                throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, $"cannot read an update from {mediaType}; send application/sparql-update or application/x-www-form-urlencoded");
        }
    }

    public static Task RunAsync(HttpContext context, string text, ProtocolParameters parameters)
    {
        var services = context.Services();
        UpdateGate.Check(context.Request, services.Settings);
        var clock = Stopwatch.StartNew();
        var status = StatusCodes.Status204NoContent;
        try
        {
            KgExport.Sparql.Syntax.UpdateRequest request;
            try
            {
                request = SparqlUpdate.Parse(text, PublicUrls.Endpoint(context, services.Settings));
            }
            catch (SparqlSyntaxException e)
            {
                throw new ProtocolException(StatusCodes.Status400BadRequest, "malformed update: " + e.Message);
            }
            ApplyProtocolDataset(request, parameters.Dataset("using-graph-uri", "using-named-graph-uri"));
            var timeout = parameters.Timeout(services.Settings.QueryTimeout);
            // Documents LOAD fetches from allowed URLs are read now, before the write lock: no reader waits on a remote server.
            IReadOnlyDictionary<string, IReadOnlyList<Quad>> fetched;
            try
            {
                fetched = RemoteLoads.Fetch(request, services.Settings.LoadPolicy(), context.RequestAborted);
            }
            catch (QueryEvaluationException e)
            {
                throw new ProtocolException(StatusCodes.Status400BadRequest, "update failed: " + e.Message);
            }
            var options = new QueryOptions { Timeout = timeout, MaxMemoryBytes = services.Settings.MaxQueryMemoryBytes, Loader = services.Settings.Loader, FetchedLoads = fetched };
            try
            {
                services.Store.Write(dataset =>
                {
                    UpdateExecutor.Execute(request, dataset, options, context.RequestAborted);
                    return 0;
                });
            }
            catch (QueryEvaluationException e)
            {
                throw new ProtocolException(e.IsLimit ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest, "update failed: " + e.Message);
            }
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        catch (ProtocolException e)
        {
            status = e.Status;
            throw;
        }
        finally
        {
            QueryLog.Update(services.Logger, status, clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>
    /// using-graph-uri / using-named-graph-uri act as USING / USING NAMED on every DELETE/INSERT; an operation that
    /// names its own (USING or WITH) conflicts with them, which the protocol makes an error.
    /// </summary>
    private static void ApplyProtocolDataset(KgExport.Sparql.Syntax.UpdateRequest request, ProtocolDataset? given)
    {
        if (given is null || request.TryUseDataset(given.DefaultGraphs, given.NamedGraphs)) return;
        throw new ProtocolException(StatusCodes.Status400BadRequest, "using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH in the update");
    }
}
