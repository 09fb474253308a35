using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// Node Map Generation (JSON-LD 1.1 API, 7.2): graph name → node id → node object, with blank node identifiers
/// relabelled by one <see cref="BlankNodeIssuer"/>. Node objects are merged: each property value appears once.
/// </summary>
public sealed class NodeMap(BlankNodeIssuer issuer)
{
    public JObject Graphs { get; } = new() { ["@default"] = new JObject() };

    public BlankNodeIssuer Issuer => issuer;

    public void Add(object? element) => Generate(element, "@default", null, null, null);

    private void Generate(object? element, string activeGraph, object? activeSubject, string? activeProperty, JObject? list)
    {
        if (element is JArray array)
        {
            foreach (var item in array) Generate(item, activeGraph, activeSubject, activeProperty, list);
            return;
        }
        if (element is not JObject map) return;
        if (!Graphs.TryGetValue(activeGraph, out var g) || g is not JObject graph)
        {
            graph = [];
            Graphs[activeGraph] = graph;
        }
        var subjectNode = activeSubject is string subjectId ? (JObject?)graph[subjectId] : null;

        if (map.TryGetValue("@type", out var types) && !map.ContainsKey("@value"))
        {
            map["@type"] = JsonTree.AsArray(types).Select(t => t is string s && Keywords.IsBlankNodeId(s) ? issuer.Issue(s) : t).ToList();
        }

        if (map.ContainsKey("@value"))
        {
            // A value with no node to hang on (a graph container around a plain value: {"@graph": [{"@value": ...}]})
            // is free-floating and makes no triple, as expansion drops such values elsewhere.
            if (list is null && (subjectNode is null || activeProperty is null)) return;
            if (list is null) AddUnique(subjectNode!, activeProperty!, map);
            else ((JArray)list["@list"]!).Add(map);
            return;
        }

        if (map.TryGetValue("@list", out var listItems))
        {
            if (list is null && (subjectNode is null || activeProperty is null)) return;
            var result = new JObject { ["@list"] = new JArray() };
            Generate(listItems, activeGraph, activeSubject, activeProperty, result);
            if (list is null) Expander.AddValue(subjectNode!, activeProperty!, result, asArray: true);
            else ((JArray)list["@list"]!).Add(result);
            return;
        }

        if (map.TryGetValue("@id", out var nullId) && nullId is null) return;
        string id;
        if (map.Remove("@id", out var idValue) && idValue is string given)
        {
            id = Keywords.IsBlankNodeId(given) ? issuer.Issue(given) : given;
        }
        else
        {
            id = issuer.Issue(null);
        }
        if (!graph.TryGetValue(id, out var n) || n is not JObject node)
        {
            node = new JObject { ["@id"] = id };
            graph[id] = node;
        }

        if (activeSubject is JObject reverseSubject)
        {
            AddUnique(node, activeProperty!, reverseSubject);
        }
        else if (activeProperty is not null)
        {
            var reference = new JObject { ["@id"] = id };
            if (list is null) AddUnique(subjectNode!, activeProperty, reference);
            else ((JArray)list["@list"]!).Add(reference);
        }

        if (map.Remove("@type", out var nodeTypes))
        {
            foreach (var t in JsonTree.AsArray(nodeTypes)) AddUnique(node, "@type", t);
        }

        if (map.Remove("@index", out var index))
        {
            if (node.TryGetValue("@index", out var existing) && !JsonTree.DeepEquals(existing, index))
            {
                throw new JsonLdException(JsonLdError.ConflictingIndexes, $"node {id} has two different @index values");
            }
            node["@index"] = index;
        }

        if (map.Remove("@reverse", out var reverse) && reverse is JObject reverseMap)
        {
            var referenced = new JObject { ["@id"] = id };
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in JsonTree.AsArray(values)) Generate(value, activeGraph, referenced, property, null);
            }
        }

        if (map.Remove("@graph", out var graphValue))
        {
            Generate(graphValue, id, null, null, null);
        }

        if (map.Remove("@included", out var included))
        {
            Generate(included, activeGraph, null, null, null);
        }

        foreach (var property in map.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var value = map[property];
            var p = Keywords.IsBlankNodeId(property) ? issuer.Issue(property) : property;
            if (!node.ContainsKey(p)) node[p] = new JArray();
            Generate(value, activeGraph, id, p, null);
        }
    }

    // Canonical forms of the values already in each property array, so merging stays linear for high-degree nodes.
    private readonly Dictionary<JArray, HashSet<string>> _seen = new(ReferenceEqualityComparer.Instance);

    private void AddUnique(JObject node, string property, object? value)
    {
        if (!node.TryGetValue(property, out var existing) || existing is not JArray values)
        {
            values = [];
            node[property] = values;
        }
        if (!_seen.TryGetValue(values, out var seen))
        {
            seen = new HashSet<string>(values.Select(JsonCanonicalizer.Canonicalize), StringComparer.Ordinal);
            _seen[values] = seen;
        }
        if (seen.Add(JsonCanonicalizer.Canonicalize(value))) values.Add(value);
    }

    /// <summary>Whether a node object holds nothing but its @id.</summary>
    public static bool OnlyId(JObject node) => node.Count == 1 && node.ContainsKey("@id");
}
