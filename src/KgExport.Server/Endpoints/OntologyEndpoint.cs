using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Server.LinkedData;
using KgExport.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Endpoints;

/// <summary>
/// The ontology at its namespace: <c>/ontology</c> stands for <c>https://w3id.org/kgexport/ontology</c> (the
/// <c>owl:Ontology</c>, whose terms are <c>…/ontology#Term</c>, so every term's IRI dereferences here). Turtle is
/// <c>ontology/kg.ttl</c> as built into the tool, byte for byte; JSON-LD and N-Triples are its triples; browsers
/// get the linked-data page of the ontology node. Anything else is 406.
/// </summary>
public static class OntologyEndpoint
{
    public const string Path = "/ontology";

    private const string HtmlType = "text/html";

    private static readonly IReadOnlyList<MediaOffer<RdfFormat?>> Offers =
    [
        new("text/turtle", RdfFormat.Turtle),
        new("application/ld+json", RdfFormat.JsonLd),
        new("application/n-triples", RdfFormat.NTriples),
        new(HtmlType, null),
    ];

    private static readonly Lazy<Dataset> Graph = new(() =>
    {
        var dataset = new Dataset(OntologyGraph.Quads);
        foreach (var (prefix, ns) in OntologyGraph.Prefixes.Entries) dataset.Prefixes.Set(prefix, ns);
        return dataset;
    });

    public static Task GetAsync(HttpContext context)
    {
        var chosen = MediaNegotiation.ChooseOrRefuse(context.Request, Offers, "the ontology");
        var services = context.Services();
        var body = chosen.Value switch
        {
            RdfFormat.Turtle => OntologyDocuments.OntologyTurtle,
            { } format => Representations.WriteQuads(ExportOrder(Graph.Value), format, Graph.Value.Prefixes),
            null => ResourcePage.Render(ResourceDescription.Read(Graph.Value, new Iri(OntologyDocuments.OntologyIri)), Graph.Value.Prefixes, PublicUrls.Base(context, services.Settings), services.Settings),
        };
        context.Response.Headers.Vary = "Accept";
        context.Response.ContentType = Representations.ContentType(chosen.MediaType);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.ContentLength = System.Text.Encoding.UTF8.GetByteCount(body);
            return Task.CompletedTask;
        }
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    private static IEnumerable<Quad> ExportOrder(Dataset dataset) => dataset.Quads.Order(QuadComparer.Instance);
}
