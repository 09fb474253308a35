using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Server.LinkedData;
using KgExport.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// The W3C Reconciliation Service API 0.2 over the served dataset, so OpenRefine can reconcile a table against an
/// export: <c>GET</c> without <c>queries</c> is the service manifest; <c>queries=</c> (query string, or a form POST as
/// OpenRefine sends it) is a batch answered with scored candidates; <c>/preview?id=</c> is a small HTML card;
/// <c>/suggest/entity?prefix=</c> offers entities while a name is typed. All of them read like <c>/sparql</c>:
/// anonymous, the body limited to <c>MaxBodyBytes</c>, the work to the query timeout.
/// </summary>
internal static class ReconciliationEndpoint
{
    public static RequestDelegate Get(ReconciliationSpace space) => context => GetAsync(context, space);

    public static RequestDelegate Post(ReconciliationSpace space) => context => PostAsync(context, space);

    public static RequestDelegate Preview(ReconciliationSpace space) => context => PreviewAsync(context, space);

    public static RequestDelegate SuggestEntity(ReconciliationSpace space) => context => SuggestEntityAsync(context, space);

    /// <summary>Suggestions per request.</summary>
    public const int SuggestCount = 10;

    private static async Task GetAsync(HttpContext context, ReconciliationSpace space)
    {
        var parameters = Checked(ProtocolParameters.From(context.Request));
        if (parameters.Single("queries") is { } queries)
        {
            await AnswerAsync(context, space, queries);
            return;
        }
        var services = context.Services();
        var baseUrl = PublicUrls.Base(context, services.Settings);
        var manifest = services.Store.Read(d => ServiceManifest.Write(space, baseUrl, services.Settings, d));
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(manifest, context.RequestAborted);
    }

    private static async Task PostAsync(HttpContext context, ReconciliationSpace space)
    {
        var mediaType = RequestBody.MediaType(context.Request);
        if (mediaType != "application/x-www-form-urlencoded")
        {
            throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType,
                $"send the batch as a form, application/x-www-form-urlencoded with queries=<JSON>{(mediaType.Length == 0 ? "" : ", not " + mediaType)}");
        }
        var form = RequestBody.ParseForm(await RequestBody.ReadTextAsync(context.Request, context.Services().Settings.MaxBodyBytes, context.RequestAborted));
        var parameters = Checked(ProtocolParameters.From(context.Request, form));
        var queries = parameters.Single("queries") ?? throw new ProtocolException(StatusCodes.Status400BadRequest, "the form has no 'queries' field (a JSON object of queries, such as {\"q0\": {\"query\": \"Russia\"}})");
        await AnswerAsync(context, space, queries);
    }

    private static ProtocolParameters Checked(ProtocolParameters parameters)
    {
        // JSONP would let any page read the answer through a script tag; browsers get CORS instead.
        if (parameters.Has("callback")) throw new ProtocolException(StatusCodes.Status400BadRequest, "JSONP ('callback') is not served; read the JSON answer directly (CORS is allowed)");
        if (parameters.Has("query") && !parameters.Has("queries")) throw new ProtocolException(StatusCodes.Status400BadRequest, "send a batch as 'queries' (a JSON object of queries by name); single 'query' requests are not served");
        return parameters;
    }

    private static async Task AnswerAsync(HttpContext context, ReconciliationSpace space, string queriesJson)
    {
        var services = context.Services();
        var settings = services.Settings;
        var clock = Stopwatch.StartNew();
        var status = StatusCodes.Status200OK;
        long candidates = 0;
        try
        {
            var queries = ReconciliationBatch.Parse(queriesJson);
            var deadline = new BatchDeadline(settings.QueryTimeout, context.RequestAborted);
            byte[] body;
            try
            {
                body = services.Store.Read(d =>
                {
                    var finder = new CandidateFinder(d, ReconcilableEntity.All(d, deadline), space, settings);
                    var answers = queries.Select(q => (q.Key, Candidates: finder.Find(q, deadline))).ToList();
                    candidates = answers.Sum(a => a.Candidates.Count);
                    return Results(answers);
                });
            }
            catch (TimeoutException)
            {
                throw new ProtocolException(StatusCodes.Status503ServiceUnavailable,
                    $"the batch took longer than the limit of {settings.QueryTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s; send fewer queries at a time");
            }
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        catch (ProtocolException e)
        {
            status = e.Status;
            throw;
        }
        finally
        {
            QueryLog.Query(services.Logger, "RECONCILE", status, candidates, clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The result batch: each query's key with <c>{"result": [candidates]}</c>, in the batch's order.</summary>
    private static byte[] Results(IReadOnlyList<(string Key, IReadOnlyList<ReconciliationCandidate> Candidates)> answers)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var (key, candidates) in answers)
            {
                w.WriteStartObject(key);
                w.WriteStartArray("result");
                foreach (var c in candidates)
                {
                    w.WriteStartObject();
                    w.WriteString("id", c.Id);
                    w.WriteString("name", c.Name);
                    if (c.Description is { } description) w.WriteString("description", description);
                    w.WriteNumber("score", c.Score);
                    w.WriteBoolean("match", c.Match);
                    // OpenRefine reads "type" on every candidate.
                    WriteTypes(w, "type", c.Types);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary><c>{Path}/suggest/entity?prefix=...[&amp;cursor=N]</c>: <c>{"result": [{"id", "name", "description", "notable"}]}</c>.</summary>
    private static async Task SuggestEntityAsync(HttpContext context, ReconciliationSpace space)
    {
        var services = context.Services();
        var parameters = ProtocolParameters.From(context.Request);
        if (parameters.Has("callback")) throw new ProtocolException(StatusCodes.Status400BadRequest, "JSONP ('callback') is not served; read the JSON answer directly (CORS is allowed)");
        var prefix = parameters.Single("prefix") ?? throw new ProtocolException(StatusCodes.Status400BadRequest, "give the start of a name: ?prefix=");
        var cursorText = parameters.Single("cursor") ?? "0";
        if (!int.TryParse(cursorText, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, $"cursor must be a whole number of suggestions to skip, not '{cursorText}'");
        }
        var deadline = new BatchDeadline(services.Settings.QueryTimeout, context.RequestAborted);
        byte[] body;
        try
        {
            body = services.Store.Read(d =>
            {
                var suggestions = new CandidateFinder(d, ReconcilableEntity.All(d, deadline), space, services.Settings).Suggest(prefix, cursor, SuggestCount, deadline);
                using var buffer = new MemoryStream();
                using (var w = new Utf8JsonWriter(buffer))
                {
                    w.WriteStartObject();
                    w.WriteStartArray("result");
                    foreach (var s in suggestions)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", s.Id);
                        w.WriteString("name", s.Name);
                        if (s.Description is { } description) w.WriteString("description", description);
                        WriteTypes(w, "notable", s.Types);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                buffer.WriteByte((byte)'\n');
                return buffer.ToArray();
            });
        }
        catch (TimeoutException)
        {
            throw new ProtocolException(StatusCodes.Status503ServiceUnavailable, $"the suggestions took longer than the limit of {services.Settings.QueryTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static void WriteTypes(Utf8JsonWriter w, string name, IReadOnlyList<ReconciliationType> types)
    {
        w.WriteStartArray(name);
        foreach (var t in types)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("name", t.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static async Task PreviewAsync(HttpContext context, ReconciliationSpace space)
    {
        var services = context.Services();
        var settings = services.Settings;
        var id = ProtocolParameters.From(context.Request).Single("id") ?? throw new ProtocolException(StatusCodes.Status400BadRequest, "give the candidate's id: ?id=");
        var baseUrl = PublicUrls.Base(context, settings);
        var html = services.Store.Read(d => Find(d, space, id, settings) is { } entity
            ? PreviewCard.Write(entity, [.. entity.Types.Select(t => new ReconciliationType(CandidateFinder.TypeId(t), CandidateFinder.TypeName(d, t)))], PublicUrls.PageFor(entity.Iri.Value, baseUrl, settings))
            : null) ?? throw new ProtocolException(StatusCodes.Status404NotFound, $"no resource with the id '{id}' is served here");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        // The card is shown in the client's iframe: no script, no resource from elsewhere.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted);
    }

    private static ReconcilableEntity? Find(Dataset dataset, ReconciliationSpace space, string id, ServerSettings settings)
    {
        IEnumerable<Iri> iris = space.WikidataIds
            ? WikidataItem.Qid(id.Trim()) is { } qid ? StoreLookups.Subjects(dataset, Terms.SameAs, new Iri(Namespaces.Wd + qid)).OfType<Iri>().OrderBy(i => i.Value, StringComparer.Ordinal) : []
            : ReconciliationSpace.IrisOf(id, settings).Where(i => i.StartsWith(settings.MintedNamespace, StringComparison.Ordinal)).Select(i => new Iri(i));
        return iris.Where(i => StoreLookups.LabelOf(dataset, i) is not null).Select(i => ReconcilableEntity.Of(dataset, i)).FirstOrDefault();
    }
}
