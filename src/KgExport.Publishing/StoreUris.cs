namespace KgExport.Publishing;

/// <summary>Builds request URIs: adds query parameters to endpoint URIs that may already have some.</summary>
public static class StoreUris
{
    public static Uri WithQuery(Uri endpoint, string name, string value)
    {
        var separator = string.IsNullOrEmpty(endpoint.Query) ? "?" : "&";
        return new Uri(endpoint.GetLeftPart(UriPartial.Query) + separator + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
    }

    /// <summary>
    /// The query endpoint to count with when none is given: the store URL with its last path segment replaced by
    /// "sparql" (Virtuoso's /sparql-graph-crud-auth -> /sparql, Fuseki's /ds/data -> /ds/sparql).
    /// </summary>
    public static Uri DefaultQueryEndpoint(Uri store)
    {
        var path = store.AbsolutePath;
        var slash = path.LastIndexOf('/');
        var builder = new UriBuilder(store) { Path = path[..(slash + 1)] + "sparql", Query = "" };
        return builder.Uri;
    }
}
