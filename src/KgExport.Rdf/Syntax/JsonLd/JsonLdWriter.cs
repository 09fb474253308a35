using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// Writes quads as JSON-LD 1.1: buffers them, converts with the fromRdf algorithm (exact lexical forms, no native
/// types, so reading back gives the same literals), then writes the chosen <see cref="JsonLdForm"/>. Named graphs
/// become <c>{"@id": graph, "@graph": [...]}</c>. Output is deterministic: quads, subjects and keys are sorted.
/// </summary>
public sealed class JsonLdWriter(TextWriter output, WriterOptions options) : IQuadWriter
{
    private readonly List<Quad> _quads = [];
    private readonly JsonLdWriterSettings _settings = options.JsonLd ?? new JsonLdWriterSettings();

    public void Write(Quad quad) => _quads.Add(quad);

    public void Finish()
    {
        var document = Build(CancellationToken.None);
        output.Write(JsonTree.Serialize(document, _settings.Indent));
        output.Write('\n');
        output.Flush();
    }

    /// <summary>The JSON-LD document for the buffered quads (JSON values as in <see cref="JsonTree"/>).</summary>
    public object Build(CancellationToken cancellationToken)
    {
        var loader = _settings.DocumentLoader ?? new LocalDocumentLoader();
        var jsonLd = new JsonLdOptions { DocumentLoader = loader, Base = options.BaseIri, CompactToRelative = options.BaseIri is not null };
        try
        {
            var expanded = JsonLdProcessor.FromRdf(_quads, jsonLd, cancellationToken);
            // Lists of lists nest; the algorithms below recurse per level, and a reader takes NestingLimit.Json.
            if (JsonTree.NestsDeeperThan(expanded, NestingLimit.Json))
                throw new RdfWriteException($"cannot write JSON-LD: RDF lists nested in lists go deeper than JSON-LD output may ({NestingLimit.Reason(NestingLimit.Json)})");
            if (_settings.Form == JsonLdForm.Expanded) return expanded;

            var (context, reference) = ResolveContext(loader, cancellationToken);
            JObject result = _settings.Form switch
            {
                JsonLdForm.Compacted => JsonLdProcessor.CompactExpanded(expanded, context, jsonLd, options.BaseIri, cancellationToken),
                JsonLdForm.Flattened => JsonLdProcessor.CompactExpanded(Flattener.Flatten(expanded), context, jsonLd, options.BaseIri, cancellationToken, forceGraph: true),
                _ => Framed(expanded, context, jsonLd, cancellationToken),
            };
            if (reference is not null && result.ContainsKey("@context")) result["@context"] = reference;
            return result;
        }
        catch (JsonLdException e)
        {
            throw new RdfWriteException($"cannot write JSON-LD: {e.Message}");
        }
    }

    private (object? Context, string? Reference) ResolveContext(IDocumentLoader loader, CancellationToken cancellationToken)
    {
        if (_settings.ContextUrl is { } url) return (ContextOf(loader.Load(url, cancellationToken).Document, url), url);
        if (_settings.Context is { } inline) return (inline is JObject o && o.TryGetValue("@context", out var c) ? c : inline, null);
        var fromPrefixes = new JObject();
        foreach (var (prefix, iri) in options.Prefixes?.Entries ?? []) if (prefix.Length > 0) fromPrefixes[prefix] = iri;
        return (fromPrefixes, null);
    }

    private static object? ContextOf(object? document, string url) =>
        document is JObject d && d.TryGetValue("@context", out var c)
            ? c
            : throw new JsonLdException(JsonLdError.InvalidRemoteContext, $"<{url}> has no top-level @context");

    private JObject Framed(JArray expanded, object? context, JsonLdOptions jsonLd, CancellationToken cancellationToken)
    {
        // Without a frame every node is matched at the top and none is embedded in another, so nothing is lost.
        var frame = _settings.Frame is null ? new JObject { ["@embed"] = new JArray { "@never" } } : ExpandFrame(_settings.Frame, jsonLd, cancellationToken);
        var nodeMap = new NodeMap(new BlankNodeIssuer());
        nodeMap.Add(JsonTree.Clone(expanded));
        var top = new JArray();
        foreach (var graphName in nodeMap.Graphs.Keys.Order(StringComparer.Ordinal).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var framer = new Framer(jsonLd);
            var framed = framer.Frame((JObject)nodeMap.Graphs[graphName]!, frame);
            framer.AddUnframed(framed);
            // A node that only names itself (a graph's name seen from the default graph) says nothing; readers in
            // safe mode reject it.
            if (_settings.Frame is null) framed.RemoveAll(n => n is JObject { Count: 1 } o && o.ContainsKey("@id"));
            if (graphName == "@default") top.AddRange(framed);
            else top.Add(new JObject { ["@id"] = graphName, ["@graph"] = framed });
        }
        var compacted = JsonLdProcessor.CompactExpanded(top, context, jsonLd with { CompactArrays = true }, options.BaseIri, cancellationToken, forceGraph: true);
        var document = (JObject)Framer.RemovePreserve(compacted)!;
        ReverseLast(document);
        return document;
    }

    /// <summary>Moves "@reverse" (the nested facts of an article) after the node's own properties, for readability.</summary>
    private static void ReverseLast(object? element)
    {
        switch (element)
        {
            case JArray a:
                foreach (var item in a) ReverseLast(item);
                break;
            case JObject o:
                foreach (var v in o.Values) ReverseLast(v);
                if (o.Remove("@reverse", out var reverse)) o["@reverse"] = reverse;
                break;
        }
    }

    private static JObject ExpandFrame(object frame, JsonLdOptions jsonLd, CancellationToken cancellationToken)
    {
        var contexts = new ContextProcessor(jsonLd, cancellationToken);
        var expanded = JsonLdProcessor.ExpandWith(contexts, new RemoteDocument(jsonLd.Base, JsonTree.Clone(frame)), frameExpansion: true);
        return expanded.Count > 0 && expanded[0] is JObject f ? f : [];
    }
}
