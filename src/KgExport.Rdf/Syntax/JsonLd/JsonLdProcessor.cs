using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>The JsonLdProcessor interface of the JSON-LD 1.1 API: expand, compact, flatten, frame, toRdf, fromRdf.</summary>
public static class JsonLdProcessor
{
    public static JArray Expand(RemoteDocument input, JsonLdOptions options, CancellationToken cancellationToken = default)
    {
        var contexts = new ContextProcessor(options, cancellationToken);
        return ExpandWith(contexts, input, frameExpansion: false);
    }

    internal static JArray ExpandWith(ContextProcessor contexts, RemoteDocument input, bool frameExpansion)
    {
        var options = contexts.Options;
        var baseIri = options.Base ?? input.DocumentUrl;
        var active = contexts.Initial(baseIri);
        if (input.ContextUrl is { } contextUrl) active = contexts.Process(active, contextUrl, contextUrl);
        return new Expander(contexts).ExpandDocument(input.Document, active, baseIri, frameExpansion);
    }

    /// <summary>Compacts with a context (a JSON object, possibly wrapped in {"@context": …}, an array, or a URL string).</summary>
    public static JObject Compact(RemoteDocument input, object? context, JsonLdOptions options, CancellationToken cancellationToken = default)
    {
        var expanded = Expand(input, options, cancellationToken);
        return CompactExpanded(expanded, context, options, options.Base ?? input.DocumentUrl, cancellationToken);
    }

    public static JObject CompactExpanded(JArray expanded, object? context, JsonLdOptions options, string? documentUrl, CancellationToken cancellationToken = default, bool forceGraph = false)
    {
        var contexts = new ContextProcessor(options, cancellationToken);
        var localContext = context is JObject wrapper && wrapper.TryGetValue("@context", out var inner) ? inner : context;
        var baseIri = options.Base ?? (options.CompactToRelative ? documentUrl : null);
        var active = contexts.Process(new ActiveContext(baseIri), JsonTree.Clone(localContext), baseIri);
        var compactor = new Compactor(contexts);
        var compacted = compactor.Compact(active, null, expanded);
        JObject result;
        var graphAlias = compactor.CompactIri(active, "@graph", vocab: true)!;
        if (compacted is JArray array)
        {
            result = array.Count == 0 && !forceGraph ? new JObject() : new JObject { [graphAlias] = array };
        }
        else
        {
            result = (JObject)compacted!;
            if (forceGraph) result = new JObject { [graphAlias] = new JArray { result } };
        }
        if (localContext is not null && !(localContext is JObject { Count: 0 }) && !(localContext is JArray { Count: 0 }))
        {
            var withContext = new JObject { ["@context"] = JsonTree.Clone(localContext) };
            foreach (var (k, v) in result) withContext[k] = v;
            result = withContext;
        }
        return result;
    }

    /// <summary>Flattens; with a context the result is compacted and always has a top-level @graph.</summary>
    public static object Flatten(RemoteDocument input, object? context, JsonLdOptions options, CancellationToken cancellationToken = default)
    {
        var expanded = Expand(input, options, cancellationToken);
        var flattened = Flattener.Flatten(expanded, options.Ordered);
        if (context is null) return flattened;
        return CompactExpanded(flattened, context, options, options.Base ?? input.DocumentUrl, cancellationToken, forceGraph: true);
    }

    public static IReadOnlyList<Quad> ToRdf(RemoteDocument input, JsonLdOptions options, string blankNodePrefix = "", CancellationToken cancellationToken = default)
    {
        var expanded = Expand(input, options, cancellationToken);
        return [.. new RdfSerializer(options, blankNodePrefix).ToQuads(expanded, cancellationToken)];
    }

    public static JArray FromRdf(IEnumerable<Quad> quads, JsonLdOptions options, CancellationToken cancellationToken = default) =>
        new RdfToJsonLd(options).Convert(quads, cancellationToken);

    /// <summary>Loads a document through the options' loader (for URL inputs).</summary>
    public static RemoteDocument Load(string url, JsonLdOptions options, CancellationToken cancellationToken = default) =>
        options.DocumentLoader.Load(url, cancellationToken);
}
