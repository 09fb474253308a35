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

    /// <summary>
    /// Frames a document (JSON-LD 1.1 Framing, the subset <see cref="Framer"/> implements) over the merge of all its
    /// graphs, then compacts with the frame's context; the result always has a top-level @graph unless OmitGraph.
    /// </summary>
    public static JObject Frame(RemoteDocument input, object frame, JsonLdOptions options, CancellationToken cancellationToken = default)
    {
        var contexts = new ContextProcessor(options, cancellationToken);
        var expandedInput = ExpandWith(contexts, input, frameExpansion: false);
        var expandedFrame = ExpandWith(contexts, new RemoteDocument(options.Base ?? input.DocumentUrl, JsonTree.Clone(frame)), frameExpansion: true);
        var frameObject = expandedFrame.FirstOrDefault() as JObject ?? [];
        var nodeMap = new NodeMap(new BlankNodeIssuer());
        nodeMap.Add(expandedInput);
        var results = new Framer(options).Frame(MergedGraph(nodeMap), frameObject);
        PruneBlankNodeIds(results);
        var context = frame is JObject f ? f.GetValueOrDefault("@context") : null;
        var compacted = CompactExpanded(results, context, options, options.Base ?? input.DocumentUrl, cancellationToken, forceGraph: !(options.OmitGraph ?? !options.Is10));
        return (JObject)Framer.RemovePreserve(compacted)!;
    }

    private static JObject MergedGraph(NodeMap nodeMap)
    {
        var merged = new JObject();
        foreach (var graphName in nodeMap.Graphs.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var (id, n) in (JObject)nodeMap.Graphs[graphName]!)
            {
                if (!merged.TryGetValue(id, out var existing) || existing is not JObject target)
                {
                    target = new JObject { ["@id"] = id };
                    merged[id] = target;
                }
                foreach (var (property, values) in (JObject)n!)
                {
                    if (property == "@id") continue;
                    if (!target.TryGetValue(property, out var tv) || tv is not JArray list)
                    {
                        list = [];
                        target[property] = list;
                    }
                    foreach (var v in JsonTree.AsArray(values))
                    {
                        if (!list.Any(x => JsonTree.DeepEquals(x, v))) list.Add(JsonTree.Clone(v));
                    }
                }
            }
        }
        return merged;
    }

    /// <summary>Removes the @id of blank nodes that are used only once in the framed output (Framing 1.1 pruning).</summary>
    private static void PruneBlankNodeIds(JArray results)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Count(results);
        Prune(results);

        void Count(object? element)
        {
            switch (element)
            {
                case JArray a: foreach (var x in a) Count(x); break;
                case JObject o:
                    foreach (var (k, v) in o)
                    {
                        if (k == "@id" && v is string id && Keywords.IsBlankNodeId(id)) counts[id] = counts.GetValueOrDefault(id) + 1;
                        else Count(v);
                    }
                    break;
            }
        }

        void Prune(object? element)
        {
            switch (element)
            {
                case JArray a: foreach (var x in a) Prune(x); break;
                case JObject o:
                    if (o.GetValueOrDefault("@id") is string id && Keywords.IsBlankNodeId(id) && counts[id] == 1) o.Remove("@id");
                    foreach (var v in o.Values) Prune(v);
                    break;
            }
        }
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
