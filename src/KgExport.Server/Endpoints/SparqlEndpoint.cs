using System.Diagnostics;
using KgExport.Server.Protocol;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KgExport.Server.Endpoints;

/// <summary>
/// <c>/sparql</c>: the SPARQL 1.1 Protocol query operation (GET ?query=, POST form, POST application/sparql-query);
/// updates POSTed here go to <see cref="UpdateEndpoint"/>; without a query it answers with the service description.
/// </summary>
public static class SparqlEndpoint
{
    public const string Path = "/sparql";

    public static async Task GetAsync(HttpContext context)
    {
        var parameters = ProtocolParameters.From(context.Request);
        if (parameters.Has("update")) throw new ProtocolException(StatusCodes.Status400BadRequest, "an update must be POSTed (application/sparql-update or a form with 'update')");
        var query = parameters.Single("query");
        if (query is null)
        {
            await ServiceDescription.WriteAsync(context);
            return;
        }
        await RunAsync(context, query, parameters);
    }

    public static async Task PostAsync(HttpContext context)
    {
        var settings = context.Services().Settings;
        var mediaType = RequestBody.MediaType(context.Request);
        switch (mediaType)
        {
            case "application/x-www-form-urlencoded":
            {
                var form = RequestBody.ParseForm(await RequestBody.ReadTextAsync(context.Request, settings.MaxBodyBytes, context.RequestAborted));
                var parameters = ProtocolParameters.From(context.Request, form);
                if (parameters.Has("update"))
                {
                    if (parameters.Has("query")) throw new ProtocolException(StatusCodes.Status400BadRequest, "give either 'query' or 'update', not both");
                    await UpdateEndpoint.RunAsync(context, parameters.Single("update")!, parameters);
                    return;
                }
                var query = parameters.Single("query") ?? throw new ProtocolException(StatusCodes.Status400BadRequest, "the form has no 'query' field");
                await RunAsync(context, query, parameters);
                return;
            }
            case "application/sparql-query":
            {
                var text = await RequestBody.ReadTextAsync(context.Request, settings.MaxBodyBytes, context.RequestAborted);
                var parameters = ProtocolParameters.From(context.Request);
                if (parameters.Has("query")) throw new ProtocolException(StatusCodes.Status400BadRequest, "a query in the body must not also be given as a 'query' parameter");
                await RunAsync(context, text, parameters);
                return;
            }
            case "application/sparql-update":
                await UpdateEndpoint.PostAsync(context);
                return;
            case "":
                throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, "a POSTed query needs a Content-Type: application/sparql-query or application/x-www-form-urlencoded");
            default:
                throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, $"cannot read a query from {mediaType}; send application/sparql-query or application/x-www-form-urlencoded");
        }
    }

    private static async Task RunAsync(HttpContext context, string text, ProtocolParameters parameters)
    {
        var services = context.Services();
        var settings = services.Settings;
        var clock = Stopwatch.StartNew();
        var form = "?";
        var rows = 0L;
        var status = StatusCodes.Status200OK;
        try
        {
            SparqlQuery query;
            try
            {
                query = services.Queries.Parse(text, PublicUrls.Endpoint(context, settings));
            }
            catch (SparqlSyntaxException e)
            {
                throw new ProtocolException(StatusCodes.Status400BadRequest, "malformed query: " + e.Message);
            }
            form = query.Form.ToString().ToUpperInvariant();
            var timeout = parameters.Timeout(settings.QueryTimeout);
            var options = new QueryOptions
            {
                Timeout = timeout,
                RowLimit = settings.RowLimit,
                MaxMemoryBytes = settings.MaxQueryMemoryBytes,
                Dataset = parameters.Dataset("default-graph-uri", "named-graph-uri"),
                Federation = settings.Federation(),
            };
            QueryAnswer answer;
            try
            {
                // The evaluator checks the clock as it goes (QueryOptions.Timeout); the token stops work for a client that left.
                answer = QueryRunner.Run(services.Store, query, options, context.Request, context.RequestAborted);
            }
            catch (QueryEvaluationException e)
            {
                throw new ProtocolException(e.IsLimit ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest, e.Message);
            }
            rows = answer.Rows;
            context.Response.ContentType = answer.ContentType;
            context.Response.Headers.Vary = "Accept";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
        catch (ProtocolException e)
        {
            status = e.Status;
            throw;
        }
        finally
        {
            QueryLog.Query(services.Logger, form, status, rows, clock.Elapsed.TotalMilliseconds);
        }
    }
}
