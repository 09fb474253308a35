using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>The Flattening Algorithm (7.1) up to, not including, compaction.</summary>
public static class Flattener
{
    public static JArray Flatten(JArray expanded, bool ordered = true)
    {
        var nodeMap = new NodeMap(new BlankNodeIssuer());
        nodeMap.Add(JsonTree.Clone(expanded));
        var defaultGraph = (JObject)nodeMap.Graphs["@default"]!;
        foreach (var graphName in Keys(nodeMap.Graphs, ordered))
        {
            if (graphName == "@default") continue;
            var graph = (JObject)nodeMap.Graphs[graphName]!;
            if (!defaultGraph.TryGetValue(graphName, out var e) || e is not JObject entry)
            {
                entry = new JObject { ["@id"] = graphName };
                defaultGraph[graphName] = entry;
            }
            var members = new JArray();
            foreach (var id in Keys(graph, ordered))
            {
                var node = (JObject)graph[id]!;
                if (!NodeMap.OnlyId(node)) members.Add(node);
            }
            entry["@graph"] = members;
        }
        var flattened = new JArray();
        foreach (var id in Keys(defaultGraph, ordered))
        {
            var node = (JObject)defaultGraph[id]!;
            if (!NodeMap.OnlyId(node)) flattened.Add(node);
        }
        return flattened;
    }

    internal static IEnumerable<string> Keys(JObject map, bool ordered) =>
        ordered ? map.Keys.Order(StringComparer.Ordinal).ToList() : map.Keys.ToList();
}
