using KgExport.Rdf;
using KgExport.Server.LinkedData;
using KgExport.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KgExport.Server.Endpoints;

/// <summary>
/// Linked data: <c>/id/…</c> dereferences the minted IRI it stands for, <c>/resource?iri=…</c> describes any IRI in
/// the store; HTML for people, Turtle, JSON-LD or N-Triples by content negotiation.
/// </summary>
public static class ResourceEndpoint
{
    private const string HtmlType = "text/html";

    private static readonly IReadOnlyList<MediaOffer<RdfFormat?>> Offers =
    [
        new(HtmlType, null),
        new("text/turtle", RdfFormat.Turtle),
        new("application/ld+json", RdfFormat.JsonLd),
        new("application/n-triples", RdfFormat.NTriples),
        new("application/rdf+xml", RdfFormat.RdfXml),
    ];

    public static Task MintedAsync(HttpContext context, string rest) =>
        DescribeAsync(context, PublicUrls.MintedIri(context.Services().Settings, rest));

    public static Task AnyAsync(HttpContext context)
    {
        var iri = ProtocolParameters.From(context.Request).Single("iri")
            ?? throw new ProtocolException(StatusCodes.Status400BadRequest, "give the IRI to describe: /resource?iri=<IRI>");
        if (!Uri.TryCreate(iri, UriKind.Absolute, out _)) throw new ProtocolException(StatusCodes.Status400BadRequest, $"iri must be an absolute IRI, not '{iri}'");
        return DescribeAsync(context, iri);
    }

    private static int PageNumber(HttpRequest request)
    {
        var text = ProtocolParameters.From(request).Single("page");
        if (text is null) return 1;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : throw new ProtocolException(StatusCodes.Status400BadRequest, $"page must be a whole number from 1, not '{text}'");
    }

    private static Task DescribeAsync(HttpContext context, string iri)
    {
        var services = context.Services();
        var chosen = MediaNegotiation.ChooseOrRefuse(context.Request, Offers, "a resource");
        // The HTML page shows one page of statements; RDF representations hold them all.
        var paging = chosen.Value is null ? new ResourcePaging(PageNumber(context.Request), ResourcePage.RowsPerPage) : null;
        var (description, prefixes) = services.Store.Read(dataset => (ResourceDescription.Read(dataset, new Iri(iri), paging), dataset.Prefixes.Clone()));
        context.Response.Headers.Vary = "Accept";
        if (!description.IsKnown) throw new ProtocolException(StatusCodes.Status404NotFound, $"nothing is known about <{iri}> in this store");
        var body = chosen.Value is { } format
            ? Representations.WriteQuads(description.Quads(), format, prefixes)
            : ResourcePage.Render(description, prefixes, PublicUrls.Base(context, services.Settings), services.Settings);
        context.Response.ContentType = Representations.ContentType(chosen.MediaType);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.ContentLength = System.Text.Encoding.UTF8.GetByteCount(body);
            return Task.CompletedTask;
        }
        return context.Response.WriteAsync(body, context.RequestAborted);
    }
}
