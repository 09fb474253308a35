namespace KgExport.Rdf.JsonLd;

/// <summary>
/// Reads JSON-LD 1.1 into quads (expansion, then the toRdf algorithm). The whole document is read first. Errors
/// are <see cref="RdfSyntaxException"/>s whose reason starts with the JSON-LD error code, positioned at the JSON
/// object where the problem was found.
/// </summary>
public sealed class JsonLdParser(ParserOptions options, JsonLdOptions? jsonLdOptions = null) : IRdfParser
{
    public PrefixMap Prefixes { get; } = new();

    public string? BaseIri => options.BaseIri;

    public IEnumerable<Quad> Parse(TextReader input, CancellationToken cancellationToken = default)
    {
        var settings = (jsonLdOptions ?? new JsonLdOptions()) with
        {
            Base = jsonLdOptions?.Base ?? options.BaseIri,
            DocumentLoader = options.DocumentLoader ?? jsonLdOptions?.DocumentLoader ?? new LocalDocumentLoader(),
        };
        try
        {
            var document = JsonTree.Parse(input.ReadToEnd(), options.SourceName);
            CollectPrefixes(document);
            return JsonLdProcessor.ToRdf(new RemoteDocument(options.BaseIri, document), settings, options.BlankNodePrefix, cancellationToken);
        }
        catch (JsonLdException e)
        {
            throw new RdfSyntaxException(e.SourceName ?? options.SourceName, e.Position ?? TextPosition.Start, $"{e.Code}: {e.Detail}");
        }
    }

    /// <summary>Keeps the top-level context's prefix-like terms (string IRIs ending in '/' or '#'), so a Turtle rewrite can reuse them.</summary>
    private void CollectPrefixes(object? document)
    {
        if (document is not OrderedDictionary<string, object?> top || !top.TryGetValue("@context", out var context)) return;
        foreach (var item in JsonTree.AsArray(context))
        {
            if (item is not OrderedDictionary<string, object?> map) continue;
            foreach (var (term, value) in map)
            {
                if (term.StartsWith('@') || value is not string iri || !IriResolver.HasScheme(iri)) continue;
                if (iri.EndsWith('/') || iri.EndsWith('#')) Prefixes.Set(term, iri);
            }
        }
    }
}
