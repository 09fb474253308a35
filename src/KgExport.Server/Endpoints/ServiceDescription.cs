using KgExport.Rdf;
using KgExport.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Endpoints;

/// <summary>The SPARQL 1.1 Service Description of this endpoint, served when /sparql is fetched without a query.</summary>
public static class ServiceDescription
{
    private const string Sd = "http://www.w3.org/ns/sparql-service-description#";
    private const string Formats = "http://www.w3.org/ns/formats/";
    private const string Void = "http://rdfs.org/ns/void#";
    private const int MaxListedGraphs = 1000;

    public static Task WriteAsync(HttpContext context)
    {
        var services = context.Services();
        var chosen = MediaNegotiation.ChooseOrRefuse(context.Request, Representations.Graph, "the service description");
        var endpoint = new Iri(PublicUrls.Base(context, services.Settings) + SparqlEndpoint.Path.TrimStart('/'));
        var quads = services.Store.Read(dataset => Describe(endpoint, services.Settings, dataset));
        var prefixes = new PrefixMap([new("sd", Sd), new("formats", Formats), new("void", Void)]);
        context.Response.ContentType = Representations.ContentType(chosen.MediaType);
        context.Response.Headers.Vary = "Accept";
        return context.Response.WriteAsync(Representations.WriteQuads(quads, chosen.Value, prefixes), context.RequestAborted);
    }

    private static List<Quad> Describe(Iri endpoint, ServerSettings settings, Dataset dataset)
    {
        var service = new BlankNode("service");
        var defaultDataset = new BlankNode("dataset");
        var defaultGraph = new BlankNode("defaultGraph");
        var quads = new List<Quad>
        {
            new(service, Vocab.Rdf.Type, Sd.Iri("Service")),
            new(service, Sd.Iri("endpoint"), endpoint),
            new(service, Sd.Iri("supportedLanguage"), Sd.Iri("SPARQL11Query")),
            new(service, Sd.Iri("defaultDataset"), defaultDataset),
            new(defaultDataset, Vocab.Rdf.Type, Sd.Iri("Dataset")),
            new(defaultDataset, Sd.Iri("defaultGraph"), defaultGraph),
            new(defaultGraph, Vocab.Rdf.Type, Sd.Iri("Graph")),
            new(defaultGraph, Void.Iri("triples"), Literal.Typed(dataset.Match(null, null, null, null).Count().ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer)),
        };
        if (settings.AllowUpdate) quads.Add(new(service, Sd.Iri("supportedLanguage"), Sd.Iri("SPARQL11Update")));
        if (settings.ServiceEndpointList.Count > 0) quads.Add(new(service, Sd.Iri("feature"), Sd.Iri("BasicFederatedQuery")));
        foreach (var format in new[] { "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "TriG", "N-Quads" })
        {
            quads.Add(new(service, Sd.Iri("resultFormat"), Formats.Iri(format)));
        }
        var n = 0;
        foreach (var graph in dataset.NamedGraphs.OrderBy(g => g, TermComparer.Instance).Take(MaxListedGraphs))
        {
            var named = new BlankNode($"named{n++}");
            quads.Add(new(defaultDataset, Sd.Iri("namedGraph"), named));
            quads.Add(new(named, Vocab.Rdf.Type, Sd.Iri("NamedGraph")));
            quads.Add(new(named, Sd.Iri("name"), graph));
        }
        return quads;
    }

    private static Iri Iri(this string ns, string local) => new(ns + local);
}
