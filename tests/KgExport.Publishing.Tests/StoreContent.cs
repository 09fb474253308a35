using KgExport.Rdf;

namespace KgExport.Publishing.Tests;

/// <summary>Reads a graph back from a store with a Graph Store Protocol GET (N-Triples), as an independent check.</summary>
internal static class StoreContent
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<IReadOnlyList<Quad>> GraphAsync(string graphStore, Iri graph)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, graphStore + "?graph=" + Uri.EscapeDataString(graph.Value));
        request.Headers.Accept.ParseAdd("application/n-triples");
        using var response = await Http.SendAsync(request);
        if ((int)response.StatusCode == 404) return [];
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        var parser = RdfIo.CreateParser(RdfFormat.NTriples, new ParserOptions { SourceName = graph.Value });
        return [.. parser.Parse(new StringReader(text), CancellationToken.None)];
    }
}
