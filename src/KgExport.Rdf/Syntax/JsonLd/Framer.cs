using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// The Framing Algorithm of JSON-LD 1.1 Framing, for one graph of a node map: node matching on @id, @type and
/// properties (wildcards, match-none, @requireAll), value patterns, @embed (@once, @always, @never), @explicit,
/// @omitDefault/@default and @reverse embedding. Not supported: @included in frames and framing across @graph
/// frames (each graph is framed on its own).
/// </summary>
public sealed class Framer(JsonLdOptions options)
{
    /// <summary>
    /// How many nodes deep embedding goes; a node further down a chain is left as a reference (its properties then
    /// come out as an unframed node). Each level is up to four levels of JSON, so the output stays readable
    /// (<see cref="NestingLimit.Json"/>), and embedding, which recurses per level, stays within the stack.
    /// </summary>
    public const int MaxEmbedding = NestingLimit.Json / 4;

    private JObject _graph = [];
    private readonly List<string> _stack = [];
    private HashSet<string> _embedded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emitted = new(StringComparer.Ordinal);

    /// <summary>Frames the nodes of one graph (id → node object, as in a node map) with an expanded frame.</summary>
    public JArray Frame(JObject graph, JObject frame)
    {
        _graph = graph;
        _reverseIndex = null;
        _emitted.Clear();
        var results = new JArray();
        FrameNodes(graph.Keys.Order(StringComparer.Ordinal).ToList(), frame, results, null, null);
        return results;
    }

    /// <summary>Appends, as flat node objects, every node property value the frame did not put in the output, so nothing is lost.</summary>
    public void AddUnframed(JArray results)
    {
        foreach (var id in _graph.Keys.Order(StringComparer.Ordinal))
        {
            var node = (JObject)_graph[id]!;
            JObject? rest = null;
            foreach (var (property, values) in node)
            {
                if (property == "@id") continue;
                foreach (var value in JsonTree.AsArray(values))
                {
                    if (_emitted.Contains(Key(id, property, value))) continue;
                    rest ??= new JObject { ["@id"] = id };
                    Expander.AddValue(rest, property, JsonTree.Clone(value), asArray: true);
                }
            }
            if (rest is not null) results.Add(rest);
        }
    }

    private static string Key(string id, string property, object? value) => id + "\u0001" + property + "\u0001" + JsonCanonicalizer.Canonicalize(value);

    private void FrameNodes(List<string> subjects, JObject frame, JArray? parentList, JObject? parentObject, string? property)
    {
        var embed = EmbedFlag(frame);
        var explicitFlag = Flag(frame, "@explicit") ?? options.Explicit;
        var requireAll = Flag(frame, "@requireAll") ?? options.RequireAll;
        foreach (var id in subjects)
        {
            if (_graph[id] is not JObject node || !Matches(node, frame, requireAll)) continue;
            if (property is null) _embedded = new HashSet<string>(StringComparer.Ordinal);
            var output = new JObject { ["@id"] = id };
            if (embed == "@never" || _stack.Contains(id) || (embed == "@once" && _embedded.Contains(id)) || _stack.Count >= MaxEmbedding)
            {
                Emit(parentList, parentObject, property, output);
                continue;
            }
            _embedded.Add(id);
            _stack.Add(id);
            foreach (var p in node.Keys.Order(StringComparer.Ordinal))
            {
                var objects = JsonTree.AsArray(node[p]);
                if (p == "@id") continue;
                if (Keywords.IsKeyword(p))
                {
                    output[p] = JsonTree.Clone(node[p]);
                    foreach (var o in objects) _emitted.Add(Key(id, p, o));
                    continue;
                }
                if (explicitFlag && !frame.ContainsKey(p)) continue;
                var subframe = frame.TryGetValue(p, out var sf) && JsonTree.AsArray(sf).FirstOrDefault() is JObject sfo ? sfo : DefaultSubframe(frame);
                foreach (var item in objects)
                {
                    if (item is JObject listObject && listObject.TryGetValue("@list", out var listItems))
                    {
                        var list = new JArray();
                        var listFrame = subframe.TryGetValue("@list", out var lf) && JsonTree.AsArray(lf).FirstOrDefault() is JObject lfo ? lfo : subframe;
                        foreach (var li in JsonTree.AsArray(listItems))
                        {
                            if (IsReference(li)) FrameNodes([(string)((JObject)li!)["@id"]!], listFrame, list, null, "@list");
                            else list.Add(JsonTree.Clone(li));
                        }
                        Expander.AddValue(output, p, new JObject { ["@list"] = list }, asArray: true);
                        _emitted.Add(Key(id, p, item));
                    }
                    else if (IsReference(item))
                    {
                        _emitted.Add(Key(id, p, item));
                        FrameNodes([(string)((JObject)item!)["@id"]!], subframe, null, output, p);
                    }
                    else if (ValueMatches(subframe, item))
                    {
                        _emitted.Add(Key(id, p, item));
                        Expander.AddValue(output, p, JsonTree.Clone(item), asArray: true);
                    }
                }
            }

            foreach (var (p, pf) in frame)
            {
                if (Keywords.IsKeyword(p) || Keywords.IsFramingKeyword(p) || output.ContainsKey(p)) continue;
                var propertyFrame = JsonTree.AsArray(pf).FirstOrDefault() as JObject ?? [];
                var omitDefault = Flag(propertyFrame, "@omitDefault") ?? options.OmitDefault;
                if (omitDefault) continue;
                var preserve = propertyFrame.TryGetValue("@default", out var d) ? d : "@null";
                output[p] = new JArray { new JObject { ["@preserve"] = JsonTree.AsArray(JsonTree.Clone(preserve)) } };
            }

            if (frame.TryGetValue("@reverse", out var reverseFrame) && reverseFrame is JObject reverseMap)
            {
                foreach (var (reverseProperty, rf) in reverseMap)
                {
                    var subframe = JsonTree.AsArray(rf).FirstOrDefault() as JObject ?? [];
                    var referencing = ReferencesTo(reverseProperty, id);
                    if (referencing.Count == 0) continue;
                    var reverseOutput = output.TryGetValue("@reverse", out var ro) && ro is JObject rom ? rom : (JObject)(output["@reverse"] = new JObject())!;
                    FrameNodes(referencing, subframe, null, reverseOutput, reverseProperty);
                }
            }

            Emit(parentList, parentObject, property, output);
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    private Dictionary<(string Property, string Target), List<string>>? _reverseIndex;

    /// <summary>The subjects (sorted) whose <paramref name="property"/> points at <paramref name="id"/>, from an index built once per graph.</summary>
    private List<string> ReferencesTo(string property, string id)
    {
        if (_reverseIndex is null)
        {
            _reverseIndex = [];
            foreach (var s in _graph.Keys.Order(StringComparer.Ordinal))
            {
                if (_graph[s] is not JObject n) continue;
                foreach (var (p, values) in n)
                {
                    if (Keywords.IsKeyword(p)) continue;
                    foreach (var v in JsonTree.AsArray(values))
                    {
                        if (v is not JObject vo || vo.GetValueOrDefault("@id") is not string target || vo.ContainsKey("@value")) continue;
                        if (!_reverseIndex.TryGetValue((p, target), out var list)) _reverseIndex[(p, target)] = list = [];
                        if (list.Count == 0 || list[^1] != s) list.Add(s);
                    }
                }
            }
        }
        return _reverseIndex.TryGetValue((property, id), out var found) ? found : [];
    }

    private JObject DefaultSubframe(JObject frame)
    {
        var sub = new JObject();
        foreach (var k in new[] { "@embed", "@explicit", "@requireAll", "@omitDefault" })
        {
            if (frame.TryGetValue(k, out var v)) sub[k] = v;
        }
        return sub;
    }

    private static void Emit(JArray? parentList, JObject? parentObject, string? property, JObject output)
    {
        if (parentList is not null) parentList.Add(output);
        else Expander.AddValue(parentObject!, property!, output, asArray: true);
    }

    private static bool IsReference(object? item) => item is JObject o && o.ContainsKey("@id") && !o.ContainsKey("@value");

    // Frame matching as in Framing 1.1 4.3: without @requireAll, @id or @type (when given) decide alone and
    // otherwise any matching property is enough; with it, everything given must match.
    private static bool Matches(JObject node, JObject frame, bool requireAll)
    {
        var wildcard = true;
        var matchesSome = false;
        foreach (var key in frame.Keys.Order(StringComparer.Ordinal))
        {
            var frameValues = JsonTree.AsArray(frame[key]);
            var nodeValues = node.TryGetValue(key, out var nv) ? JsonTree.AsArray(nv) : [];
            bool matchThis;
            if (key == "@id")
            {
                matchThis = (frameValues.Count == 1 && frameValues[0] is JObject { Count: 0 }) || frameValues.Contains(node["@id"]);
                if (!requireAll) return matchThis;
            }
            else if (key == "@type")
            {
                wildcard = false;
                if (frameValues.Count == 0)
                {
                    if (nodeValues.Count > 0) return false;
                    matchThis = true;
                }
                else if (frameValues.Count == 1 && frameValues[0] is JObject { Count: 0 })
                {
                    matchThis = nodeValues.Count > 0;
                }
                else
                {
                    matchThis = frameValues.Any(t => t is JObject d && d.ContainsKey("@default") || nodeValues.Contains(t));
                }
                if (!requireAll) return matchThis;
            }
            else if (Keywords.IsKeyword(key) || Keywords.IsFramingKeyword(key))
            {
                continue;
            }
            else
            {
                var propertyFrame = frameValues.FirstOrDefault() as JObject;
                wildcard = false;
                if (nodeValues.Count == 0 && propertyFrame is not null && propertyFrame.ContainsKey("@default")) continue;
                if (frameValues.Count == 0)
                {
                    if (nodeValues.Count > 0) return false;
                    matchThis = true;
                }
                else if (propertyFrame is not null && (propertyFrame.ContainsKey("@value") || propertyFrame.ContainsKey("@language") || (propertyFrame.ContainsKey("@type") && !propertyFrame.Keys.Any(k => !k.StartsWith('@')))))
                {
                    matchThis = nodeValues.Any(v => ValueMatches(propertyFrame, v));
                }
                else
                {
                    matchThis = nodeValues.Count > 0;
                }
            }
            if (!matchThis && requireAll) return false;
            matchesSome |= matchThis;
        }
        return wildcard || matchesSome;
    }

    private static bool ValueMatches(JObject pattern, object? value)
    {
        if (value is not JObject v || !v.ContainsKey("@value")) return true;
        if (!pattern.ContainsKey("@value") && !pattern.ContainsKey("@type") && !pattern.ContainsKey("@language")) return true;
        return Allows(pattern, "@value", v.GetValueOrDefault("@value"))
            && Allows(pattern, "@type", v.GetValueOrDefault("@type"))
            && Allows(pattern, "@language", v.GetValueOrDefault("@language"));
    }

    private static bool Allows(JObject pattern, string key, object? actual)
    {
        if (!pattern.TryGetValue(key, out var allowed)) return actual is null;
        var list = JsonTree.AsArray(allowed);
        if (list.Count == 1 && list[0] is JObject { Count: 0 }) return actual is not null;
        if (list.Count == 0) return actual is null;
        return list.Any(a => a is string s && actual is string t ? (key == "@language" ? string.Equals(s, t, StringComparison.OrdinalIgnoreCase) : s == t) : JsonTree.DeepEquals(a, actual));
    }

    private string EmbedFlag(JObject frame)
    {
        var value = Unwrap(frame.GetValueOrDefault("@embed"));
        return value switch
        {
            null => options.Embed,
            true => "@once",
            false => "@never",
            "@always" or "@once" or "@never" => (string)value,
            _ => throw new JsonLdException(JsonLdError.InvalidEmbedValue, $"@embed must be @always, @once or @never, found {JsonTree.Serialize(value, false)}"),
        };
    }

    private static bool? Flag(JObject frame, string key) => Unwrap(frame.GetValueOrDefault(key)) switch
    {
        bool b => b,
        "true" => true,
        "false" => false,
        _ => null,
    };

    private static object? Unwrap(object? v)
    {
        while (true)
        {
            switch (v)
            {
                case JArray { Count: > 0 } a: v = a[0]; continue;
                case JObject o when o.TryGetValue("@value", out var inner): v = inner; continue;
                default: return v;
            }
        }
    }

    /// <summary>After compaction: {"@preserve": x} becomes x and "@null" becomes null (Framing 4.1, final steps).</summary>
    public static object? RemovePreserve(object? element)
    {
        switch (element)
        {
            case JArray a:
                var list = new JArray();
                foreach (var item in a)
                {
                    var v = RemovePreserve(item);
                    if (v is not null) list.Add(v);
                }
                return list;
            case JObject o:
                if (o.TryGetValue("@preserve", out var preserved))
                {
                    var p = RemovePreserve(preserved);
                    return p is JArray { Count: 1 } single ? single[0] : p;
                }
                foreach (var key in o.Keys.ToList())
                {
                    var v = RemovePreserve(o[key]);
                    o[key] = v;
                }
                return o;
            case "@null":
                return null;
            default:
                return element;
        }
    }
}
