using System.Globalization;
using System.Text.RegularExpressions;
using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>Serialize RDF as JSON-LD (JSON-LD 1.1 API, 8.4–8.5): quads to expanded JSON-LD, lists folded back.</summary>
public sealed partial class RdfToJsonLd(JsonLdOptions options)
{
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string RdfNil = RdfNs + "nil";
    private const string RdfFirst = RdfNs + "first";
    private const string RdfRest = RdfNs + "rest";
    private const string I18nNs = "https://www.w3.org/ns/i18n#";

    private sealed record Usage(JObject Node, string Property, JObject Value);

    public JArray Convert(IEnumerable<Quad> quads, CancellationToken cancellationToken = default)
    {
        var ordered = quads.Distinct().Order(QuadComparer.Instance).ToList();
        var defaultGraph = new JObject();
        var graphMap = new Dictionary<string, JObject>(StringComparer.Ordinal) { ["@default"] = defaultGraph };
        var usages = new Dictionary<string, Dictionary<string, List<Usage>>>(StringComparer.Ordinal);
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);
        var compoundSubjects = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        foreach (var quad in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = quad.Graph is null ? "@default" : Id(quad.Graph);
            if (!graphMap.TryGetValue(name, out var nodeMap))
            {
                nodeMap = [];
                graphMap[name] = nodeMap;
            }
            if (!compoundSubjects.TryGetValue(name, out var compound))
            {
                compound = new HashSet<string>(StringComparer.Ordinal);
                compoundSubjects[name] = compound;
            }
            if (name != "@default" && !defaultGraph.ContainsKey(name)) defaultGraph[name] = new JObject { ["@id"] = name };

            var subject = Id(quad.Subject);
            var node = NodeFor(nodeMap, subject);
            var predicate = quad.Predicate.Value;
            if (options.RdfDirection == "compound-literal" && predicate == RdfNs + "direction") compound.Add(subject);
            if (quad.Object is not Literal) NodeFor(nodeMap, Id(quad.Object));

            if (predicate == RdfNs + "type" && !options.UseRdfType && quad.Object is not Literal)
            {
                var types = node.TryGetValue("@type", out var t) ? (JArray)t! : (JArray)(node["@type"] = new JArray())!;
                var typeId = Id(quad.Object);
                if (!types.Contains(typeId)) types.Add(typeId);
                continue;
            }

            var value = ToObject(quad.Object);
            // Quads are distinct, so each (subject, predicate, object) in a graph arrives once: no duplicate check needed.
            var values = node.TryGetValue(predicate, out var existing) ? (JArray)existing! : (JArray)(node[predicate] = new JArray())!;
            values.Add(value);

            if (quad.Object is Iri { Value: RdfNil })
            {
                if (!usages.TryGetValue(name, out var graphUsages)) usages[name] = graphUsages = new(StringComparer.Ordinal);
                if (!graphUsages.TryGetValue(RdfNil, out var nilUsages)) graphUsages[RdfNil] = nilUsages = [];
                nilUsages.Add(new Usage(node, predicate, value));
            }
            else if (quad.Object is BlankNode)
            {
                var key = Id(quad.Object);
                referencedOnce[key] = referencedOnce.ContainsKey(key) ? null : new Usage(node, predicate, value);
            }
        }

        foreach (var (name, graphObject) in graphMap)
        {
            if (options.RdfDirection == "compound-literal") FoldCompoundLiterals(name, graphObject, compoundSubjects.GetValueOrDefault(name), referencedOnce);
            if (!usages.TryGetValue(name, out var graphUsages) || !graphUsages.TryGetValue(RdfNil, out var nilUsages)) continue;
            foreach (var usage in nilUsages)
            {
                var node = usage.Node;
                var property = usage.Property;
                var head = usage.Value;
                var list = new JArray();
                var listNodes = new List<string>();
                while (property == RdfRest && node["@id"] is string nodeId && Keywords.IsBlankNodeId(nodeId)
                       && referencedOnce.GetValueOrDefault(nodeId) is { } nodeUsage && IsListNode(node))
                {
                    list.Add(((JArray)node[RdfFirst]!)[0]);
                    listNodes.Add(nodeId);
                    node = nodeUsage.Node;
                    property = nodeUsage.Property;
                    head = nodeUsage.Value;
                    if (node["@id"] is string nid && !Keywords.IsBlankNodeId(nid)) break;
                }
                head.Remove("@id");
                list.Reverse();
                head["@list"] = list;
                foreach (var id in listNodes) graphObject.Remove(id);
            }
        }

        var result = new JArray();
        foreach (var subject in defaultGraph.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var node = (JObject)defaultGraph[subject]!;
            if (graphMap.TryGetValue(subject, out var graph) && subject != "@default")
            {
                var members = new JArray();
                foreach (var s in graph.Keys.Order(StringComparer.Ordinal))
                {
                    var n = (JObject)graph[s]!;
                    if (!NodeMap.OnlyId(n)) members.Add(n);
                }
                node["@graph"] = members;
            }
            if (!NodeMap.OnlyId(node)) result.Add(node);
        }
        return result;
    }

    private static bool IsListNode(JObject node)
    {
        if (!(node.TryGetValue(RdfFirst, out var first) && first is JArray { Count: 1 })) return false;
        if (!(node.TryGetValue(RdfRest, out var rest) && rest is JArray { Count: 1 })) return false;
        foreach (var (k, v) in node)
        {
            if (k is "@id" or RdfFirst or RdfRest) continue;
            if (k == "@type" && v is JArray { Count: 1 } t && t[0] is RdfNs + "List") continue;
            return false;
        }
        return true;
    }

    private void FoldCompoundLiterals(string name, JObject graphObject, HashSet<string>? compound, Dictionary<string, Usage?> referencedOnce)
    {
        if (compound is null) return;
        foreach (var cl in compound)
        {
            if (referencedOnce.GetValueOrDefault(cl) is not { } usage) continue;
            if (graphObject[cl] is not JObject clNode) continue;
            graphObject.Remove(cl);
            foreach (var reference in JsonTree.AsArray(usage.Node[usage.Property]).OfType<JObject>())
            {
                if (reference.GetValueOrDefault("@id") as string != cl) continue;
                reference.Remove("@id");
                reference["@value"] = FirstValue(clNode, RdfNs + "value");
                if (FirstValue(clNode, RdfNs + "language") is string language)
                {
                    if (!LanguageTag().IsMatch(language)) throw new JsonLdException(JsonLdError.InvalidLanguageTaggedString, $"compound literal {cl} has language \"{language}\"");
                    reference["@language"] = language;
                }
                if (FirstValue(clNode, RdfNs + "direction") is string direction)
                {
                    if (direction is not ("ltr" or "rtl")) throw new JsonLdException(JsonLdError.InvalidBaseDirection, $"compound literal {cl} has direction \"{direction}\"");
                    reference["@direction"] = direction;
                }
            }
        }
    }

    private static object? FirstValue(JObject node, string property) =>
        node.TryGetValue(property, out var v) && v is JArray { Count: > 0 } a && a[0] is JObject o ? o.GetValueOrDefault("@value") : null;

    private static JObject NodeFor(JObject nodeMap, string id)
    {
        if (nodeMap.TryGetValue(id, out var n)) return (JObject)n!;
        var node = new JObject { ["@id"] = id };
        nodeMap[id] = node;
        return node;
    }

    private static string Id(Term term) => term switch
    {
        Iri i => i.Value,
        BlankNode b => "_:" + b.Label,
        _ => throw new JsonLdException(JsonLdError.InvalidIdValue, $"a literal {term} cannot be a subject or graph name"),
    };

    /// <summary>RDF to Object (8.5.2).</summary>
    private JObject ToObject(Term term)
    {
        if (term is not Literal literal) return new JObject { ["@id"] = Id(term) };
        var result = new JObject();
        object? converted = literal.LexicalForm;
        string? type = null;
        var datatype = literal.Datatype.Value;
        var isNative = datatype == Vocab.Xsd.String.Value || datatype == Vocab.Xsd.Boolean.Value
            || datatype == Vocab.Xsd.Integer.Value || datatype == Vocab.Xsd.Double.Value;
        if (options.UseNativeTypes && isNative)
        {
            if (datatype == Vocab.Xsd.Boolean.Value)
            {
                if (literal.LexicalForm is "true" or "1") converted = true;
                else if (literal.LexicalForm is "false" or "0") converted = false;
                else type = datatype;
            }
            else if (datatype == Vocab.Xsd.Integer.Value)
            {
                if (IntegerLexical().IsMatch(literal.LexicalForm)) converted = double.Parse(literal.LexicalForm, CultureInfo.InvariantCulture);
                else type = datatype;
            }
            else if (datatype == Vocab.Xsd.Double.Value)
            {
                if (DoubleLexical().IsMatch(literal.LexicalForm)
                    && double.TryParse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var dv) && double.IsFinite(dv))
                {
                    converted = dv;
                }
                else
                {
                    type = datatype;
                }
            }
        }
        else if (datatype == RdfNs + "JSON" && !options.Is10)
        {
            try
            {
                converted = JsonTree.Parse(literal.LexicalForm);
            }
            catch (JsonLdException)
            {
                throw new JsonLdException(JsonLdError.InvalidJsonLiteral, $"rdf:JSON literal is not JSON: {literal.LexicalForm}");
            }
            type = "@json";
        }
        else if (options.RdfDirection == "i18n-datatype" && datatype.StartsWith(I18nNs, StringComparison.Ordinal) && datatype.IndexOf('_', I18nNs.Length) >= 0)
        {
            var suffix = datatype[I18nNs.Length..];
            var underscore = suffix.IndexOf('_');
            if (underscore > 0) result["@language"] = suffix[..underscore];
            result["@direction"] = suffix[(underscore + 1)..];
        }
        else if (literal.Language is not null)
        {
            result["@language"] = literal.Language;
        }
        else if (datatype != Vocab.Xsd.String.Value)
        {
            type = datatype;
        }
        var ordered = new JObject { ["@value"] = converted };
        if (type is not null) ordered["@type"] = type;
        foreach (var (k, v) in result) ordered[k] = v;
        return ordered;
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex IntegerLexical();

    [GeneratedRegex(@"^(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?$")]
    private static partial Regex DoubleLexical();
}
