using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Endpoints;

/// <summary>
/// <c>/store</c>: the SPARQL 1.1 Graph Store HTTP Protocol. GET/HEAD <c>?graph=IRI</c> or <c>?default</c> returns one
/// graph (without either, the whole dataset); PUT, POST and DELETE change a graph, behind <see cref="UpdateGate"/>.
/// </summary>
public static class GraphStoreEndpoint
{
    public const string Path = "/store";

    public static Task GetAsync(HttpContext context)
    {
        var services = context.Services();
        var target = Target(context.Request, allowWholeDataset: true);
        var offers = target.WholeDataset ? Representations.Dataset : Representations.Graph;
        if (!MediaNegotiation.TryChoose(context.Request, offers, out var chosen))
        {
            throw new ProtocolException(StatusCodes.Status406NotAcceptable, $"cannot answer with any type in Accept: {context.Request.Headers.Accept}; this can be {MediaNegotiation.Describe(offers)}");
        }
        var body = services.Store.Read(dataset =>
        {
            if (target.WholeDataset) return Representations.WriteQuads(dataset.Quads, chosen.Value, dataset.Prefixes);
            if (target.Graph is not null && !dataset.HasGraph(target.Graph)) return null;
            // A graph is written as plain triples, whatever the syntax.
            return Representations.WriteQuads(dataset.Match(null, null, null, target.Graph).Select(q => q.InGraph(null)), chosen.Value, dataset.Prefixes);
        }) ?? throw new ProtocolException(StatusCodes.Status404NotFound, $"no graph <{target.Graph!.Value}> in this store");
        context.Response.ContentType = Representations.ContentType(chosen.MediaType);
        context.Response.Headers.Vary = "Accept";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.ContentLength = System.Text.Encoding.UTF8.GetByteCount(body);
            return Task.CompletedTask;
        }
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>PUT replaces a graph, POST adds to it; 201 when the graph is new, else 204.</summary>
    public static async Task WriteAsync(HttpContext context)
    {
        var services = context.Services();
        UpdateGate.Check(context.Request, services.Settings);
        var target = Target(context.Request, allowWholeDataset: false);
        var mediaType = RequestBody.MediaType(context.Request);
        var format = Representations.Graph.FirstOrDefault(o => o.MediaType == mediaType)
            ?? throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, $"cannot read a graph from '{mediaType}'; send {MediaNegotiation.Describe(Representations.Graph)}");
        var text = await RequestBody.ReadTextAsync(context.Request, services.Settings.MaxBodyBytes, context.RequestAborted);
        List<Quad> quads;
        try
        {
            var parser = RdfIo.CreateParser(format.Value, new ParserOptions { SourceName = "request body", BaseIri = target.Graph?.Value ?? PublicUrls.Base(context, services.Settings), DocumentLoader = OntologyDocuments.Loader() });
            quads = parser.Parse(new StringReader(text), context.RequestAborted).Select(q => q.InGraph(target.Graph)).ToList();
        }
        catch (RdfSyntaxException e)
        {
            throw new ProtocolException(StatusCodes.Status400BadRequest, e.Message);
        }
        var replace = HttpMethods.IsPut(context.Request.Method);
        var created = services.Store.Write(dataset =>
        {
            var existed = target.Graph is null || dataset.HasGraph(target.Graph);
            if (replace) dataset.ClearGraph(target.Graph);
            dataset.AddRange(quads);
            return !existed;
        });
        context.Response.StatusCode = created ? StatusCodes.Status201Created : StatusCodes.Status204NoContent;
    }

    public static Task DeleteAsync(HttpContext context)
    {
        var services = context.Services();
        UpdateGate.Check(context.Request, services.Settings);
        var target = Target(context.Request, allowWholeDataset: false);
        var found = services.Store.Write(dataset =>
        {
            if (target.Graph is not null && !dataset.HasGraph(target.Graph)) return false;
            dataset.ClearGraph(target.Graph);
            return true;
        });
        if (!found) throw new ProtocolException(StatusCodes.Status404NotFound, $"no graph <{target.Graph!.Value}> in this store");
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private sealed record GraphTarget(Iri? Graph, bool WholeDataset);

    private static GraphTarget Target(HttpRequest request, bool allowWholeDataset)
    {
        var parameters = ProtocolParameters.From(request);
        var graph = parameters.Single("graph");
        var isDefault = parameters.Has("default");
        if (graph is not null && isDefault) throw new ProtocolException(StatusCodes.Status400BadRequest, "give either ?graph=IRI or ?default, not both");
        if (graph is not null) return new GraphTarget(ProtocolParameters.GraphIri("graph", graph), false);
        if (isDefault) return new GraphTarget(null, false);
        if (allowWholeDataset) return new GraphTarget(null, true);
        throw new ProtocolException(StatusCodes.Status400BadRequest, "name the graph with ?graph=IRI or ?default");
    }
}
