using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>The Compaction Algorithm, IRI Compaction and Value Compaction (JSON-LD 1.1 API, section 6).</summary>
public sealed class Compactor(ContextProcessor contexts)
{
    private JsonLdOptions Options => contexts.Options;

    private IEnumerable<string> Sorted(IEnumerable<string> keys) => Options.Ordered ? keys.Order(StringComparer.Ordinal).ToList() : keys.ToList();

    public object? Compact(ActiveContext active, string? activeProperty, object? element)
    {
        contexts.CancellationToken.ThrowIfCancellationRequested();
        var typeScoped = active;
        if (JsonTree.IsScalar(element) || element is null) return element;
        if (element is JArray array)
        {
            var items = new JArray();
            foreach (var item in array)
            {
                var compacted = Compact(active, activeProperty, item);
                if (compacted is not null) items.Add(compacted);
            }
            var def = active.Term(activeProperty);
            if (items.Count != 1 || !Options.CompactArrays || activeProperty is "@graph" or "@set" || def?.HasContainer("@list") == true || def?.HasContainer("@set") == true)
            {
                return items;
            }
            return items[0];
        }

        var map = (JObject)element;
        var propertyDef = active.Term(activeProperty);
        if (active.PreviousContext is not null && !map.ContainsKey("@value") && !(map.Count == 1 && map.ContainsKey("@id")))
        {
            active = active.PreviousContext;
        }
        if (propertyDef is { HasLocalContext: true })
        {
            active = contexts.Process(active, JsonTree.Clone(propertyDef.LocalContext), propertyDef.BaseUrl, overrideProtected: true);
        }

        if (map.ContainsKey("@value") || map.ContainsKey("@id"))
        {
            var value = CompactValue(active, activeProperty, map);
            if (JsonTree.IsScalar(value) || value is null || active.Term(activeProperty)?.TypeMapping == "@json") return value;
        }

        if (map.TryGetValue("@list", out var listValue) && active.Term(activeProperty)?.HasContainer("@list") == true)
        {
            return Compact(active, activeProperty, listValue);
        }

        var insideReverse = activeProperty == "@reverse";
        var result = new JObject();
        if (map.TryGetValue("@type", out var typeValue))
        {
            var compactedTypes = JsonTree.AsArray(typeValue).OfType<string>().Select(t => CompactIri(active, t, vocab: true)!).Order(StringComparer.Ordinal).ToList();
            foreach (var term in compactedTypes)
            {
                if (typeScoped.Term(term) is { HasLocalContext: true } typeDef)
                {
                    active = contexts.Process(active, JsonTree.Clone(typeDef.LocalContext), typeDef.BaseUrl, propagate: false);
                }
            }
        }

        foreach (var expandedProperty in Sorted(map.Keys))
        {
            var expandedValue = map[expandedProperty];
            switch (expandedProperty)
            {
                case "@id":
                {
                    var compactedValue = expandedValue is string s ? CompactIri(active, s, vocab: false) : expandedValue;
                    result[CompactIri(active, "@id", vocab: true)!] = compactedValue;
                    continue;
                }
                case "@type":
                {
                    object? compactedValue = expandedValue is string s
                        ? CompactIri(typeScoped, s, vocab: true)
                        : JsonTree.AsArray(expandedValue).Select(t => (object?)CompactIri(typeScoped, (string)t!, vocab: true)).ToList();
                    var alias = CompactIri(active, "@type", vocab: true)!;
                    var asArray = (!Options.Is10 && active.Term(alias)?.HasContainer("@set") == true) || !Options.CompactArrays;
                    if (compactedValue is JArray { Count: 1 } single && !asArray) compactedValue = single[0];
                    Expander.AddValue(result, alias, compactedValue, asArray);
                    continue;
                }
                case "@reverse":
                {
                    var compactedValue = (JObject)Compact(active, "@reverse", expandedValue)!;
                    foreach (var property in compactedValue.Keys.ToList())
                    {
                        var def = active.Term(property);
                        if (def?.Reverse == true)
                        {
                            var asArray = def.HasContainer("@set") || !Options.CompactArrays;
                            Expander.AddValue(result, property, compactedValue[property], asArray);
                            compactedValue.Remove(property);
                        }
                    }
                    if (compactedValue.Count > 0) result[CompactIri(active, "@reverse", vocab: true)!] = compactedValue;
                    continue;
                }
                case "@preserve":
                {
                    var compactedValue = Compact(active, activeProperty, expandedValue);
                    if (compactedValue is not JArray { Count: 0 }) result["@preserve"] = compactedValue;
                    continue;
                }
                case "@index" when active.Term(activeProperty)?.HasContainer("@index") == true:
                    continue;
                case "@direction" or "@index" or "@language" or "@value":
                    result[CompactIri(active, expandedProperty, vocab: true)!] = expandedValue;
                    continue;
            }

            var values = JsonTree.AsArray(expandedValue);
            if (values.Count == 0)
            {
                var itemProperty = CompactIri(active, expandedProperty, expandedValue, vocab: true, reverse: insideReverse)!;
                var nestResult = NestResult(active, result, itemProperty);
                Expander.AddValue(nestResult, itemProperty, new JArray(), asArray: true);
            }

            foreach (var expandedItem in values)
            {
                var itemProperty = CompactIri(active, expandedProperty, expandedItem, vocab: true, reverse: insideReverse)!;
                var nestResult = NestResult(active, result, itemProperty);
                var itemDef = active.Term(itemProperty);
                var container = itemDef?.Container ?? [];
                var asArray = container.Contains("@set") || itemProperty is "@graph" or "@list" || !Options.CompactArrays;
                var itemObject = expandedItem as JObject;
                var isList = itemObject?.ContainsKey("@list") == true;
                var isGraph = itemObject is not null && InverseContext.IsGraphObject(itemObject);
                var inner = isList ? itemObject!["@list"] : isGraph ? itemObject!["@graph"] : expandedItem;
                var compactedItem = Compact(active, itemProperty, inner);

                if (isList)
                {
                    compactedItem = JsonTree.AsArray(compactedItem);
                    if (!container.Contains("@list"))
                    {
                        var wrapped = new JObject { [CompactIri(active, "@list", vocab: true)!] = compactedItem };
                        if (itemObject!.TryGetValue("@index", out var li)) wrapped[CompactIri(active, "@index", vocab: true)!] = li;
                        Expander.AddValue(nestResult, itemProperty, wrapped, asArray);
                    }
                    else
                    {
                        nestResult[itemProperty] = compactedItem;
                    }
                }
                else if (isGraph)
                {
                    var hasId = itemObject!.TryGetValue("@id", out var graphId);
                    if (container.Contains("@graph") && container.Contains("@id"))
                    {
                        var mapObject = MapObject(nestResult, itemProperty);
                        var mapKey = CompactIri(active, hasId ? (string?)graphId : "@none", vocab: !hasId)!;
                        Expander.AddValue(mapObject, mapKey, compactedItem, asArray);
                    }
                    else if (container.Contains("@graph") && container.Contains("@index") && !hasId)
                    {
                        var mapObject = MapObject(nestResult, itemProperty);
                        var mapKey = itemObject.TryGetValue("@index", out var gi) ? (string)gi! : "@none";
                        Expander.AddValue(mapObject, mapKey, compactedItem, asArray);
                    }
                    else if (container.Contains("@graph") && !hasId)
                    {
                        if (compactedItem is JArray { Count: > 1 })
                        {
                            compactedItem = new JObject { [CompactIri(active, "@included", vocab: true)!] = compactedItem };
                        }
                        Expander.AddValue(nestResult, itemProperty, compactedItem, asArray);
                    }
                    else
                    {
                        var wrapped = new JObject { [CompactIri(active, "@graph", vocab: true)!] = compactedItem };
                        if (hasId) wrapped[CompactIri(active, "@id", vocab: true)!] = CompactIri(active, (string)graphId!, vocab: false);
                        if (itemObject.TryGetValue("@index", out var gi)) wrapped[CompactIri(active, "@index", vocab: true)!] = gi;
                        Expander.AddValue(nestResult, itemProperty, wrapped, asArray);
                    }
                }
                else if ((container.Contains("@language") || container.Contains("@index") || container.Contains("@id") || container.Contains("@type")) && !container.Contains("@graph"))
                {
                    var mapObject = MapObject(nestResult, itemProperty);
                    var containerKeyword = container.Contains("@language") ? "@language" : container.Contains("@index") ? "@index" : container.Contains("@id") ? "@id" : "@type";
                    var containerKey = CompactIri(active, containerKeyword, vocab: true)!;
                    var indexKey = itemDef?.Index ?? "@index";
                    string? mapKey = null;
                    if (containerKeyword == "@language" && itemObject?.ContainsKey("@value") == true)
                    {
                        compactedItem = itemObject["@value"];
                        mapKey = itemObject.GetValueOrDefault("@language") as string;
                    }
                    else if (containerKeyword == "@index" && indexKey == "@index")
                    {
                        mapKey = itemObject?.GetValueOrDefault("@index") as string;
                    }
                    else if (containerKeyword == "@index")
                    {
                        containerKey = CompactIri(active, contexts.ExpandIri(active, indexKey, vocab: true), vocab: true)!;
                        if (compactedItem is JObject withIndex && !withIndex.ContainsKey(containerKey) && withIndex.ContainsKey(indexKey)) containerKey = indexKey;
                        mapKey = TakeFirstString(compactedItem as JObject, containerKey);
                    }
                    else if (containerKeyword == "@id")
                    {
                        if (compactedItem is JObject ci && ci.Remove(containerKey, out var idKey)) mapKey = idKey as string;
                    }
                    else
                    {
                        mapKey = TakeFirstString(compactedItem as JObject, containerKey);
                        if (compactedItem is JObject ci && ci.Count == 1 && contexts.ExpandIri(active, ci.Keys.First(), vocab: true) == "@id")
                        {
                            compactedItem = Compact(active, itemProperty, new JObject { ["@id"] = itemObject!["@id"] });
                        }
                    }
                    mapKey ??= CompactIri(active, "@none", vocab: true)!;
                    Expander.AddValue(mapObject, mapKey, compactedItem, asArray);
                }
                else
                {
                    Expander.AddValue(nestResult, itemProperty, compactedItem, asArray);
                }
            }
        }
        return result;
    }

    private static string? TakeFirstString(JObject? obj, string key)
    {
        if (obj is null || !obj.TryGetValue(key, out var v)) return null;
        var values = JsonTree.AsArray(v);
        var first = values.FirstOrDefault(x => x is string) as string;
        if (first is null) return null;
        var remaining = values.Where(x => !ReferenceEquals(x, first)).ToList();
        if (remaining.Count == 0) obj.Remove(key);
        else obj[key] = remaining.Count == 1 ? remaining[0] : remaining;
        return first;
    }

    private static JObject MapObject(JObject nestResult, string property)
    {
        if (nestResult.TryGetValue(property, out var existing) && existing is JObject m) return m;
        var map = new JObject();
        nestResult[property] = map;
        return map;
    }

    private JObject NestResult(ActiveContext active, JObject result, string itemProperty)
    {
        var def = active.Term(itemProperty);
        if (def?.Nest is not { } nestTerm) return result;
        if (nestTerm != "@nest" && contexts.ExpandIri(active, nestTerm, vocab: true) != "@nest")
        {
            throw new JsonLdException(JsonLdError.InvalidNestValue, $"@nest \"{nestTerm}\" of \"{itemProperty}\" is not an alias of @nest");
        }
        return MapObject(result, nestTerm);
    }

    /// <summary>IRI Compaction (6.3.2).</summary>
    public string? CompactIri(ActiveContext active, string? iri, object? value = null, bool vocab = false, bool reverse = false)
    {
        if (iri is null) return null;
        var inverse = active.Inverse;
        if (vocab && inverse.Contains(iri))
        {
            var term = SelectTerm(active, inverse, iri, value, reverse);
            if (term is not null) return term;
        }
        if (vocab && active.Vocab is { } vocabMapping && iri.StartsWith(vocabMapping, StringComparison.Ordinal) && iri.Length > vocabMapping.Length)
        {
            var suffix = iri[vocabMapping.Length..];
            if (active.Term(suffix) is null) return suffix;
        }
        string? compactIri = null;
        foreach (var (term, def) in active.Terms)
        {
            if (def.Iri is null || def.Iri == iri || !iri.StartsWith(def.Iri, StringComparison.Ordinal) || !def.Prefix) continue;
            var candidate = term + ":" + iri[def.Iri.Length..];
            var better = compactIri is null || candidate.Length < compactIri.Length
                || (candidate.Length == compactIri.Length && string.CompareOrdinal(candidate, compactIri) < 0);
            if (better && (active.Term(candidate) is not { } cd || (cd.Iri == iri && value is null)))
            {
                compactIri = candidate;
            }
        }
        if (compactIri is not null) return compactIri;

        var colon = iri.IndexOf(':');
        if (colon > 0 && !iri.AsSpan(colon + 1).StartsWith("//") && active.Term(iri[..colon]) is { Prefix: true })
        {
            throw new JsonLdException(JsonLdError.IriConfusedWithPrefix, $"<{iri}> would be read as a compact IRI with prefix \"{iri[..colon]}\"");
        }
        if (!vocab && Options.CompactToRelative)
        {
            var relative = IriRelativizer.Relativize(active.BaseIri, iri);
            return relative != iri && Keywords.HasKeywordForm(relative) ? "./" + relative : relative;
        }
        return iri;
    }

    private string? SelectTerm(ActiveContext active, InverseContext inverse, string iri, object? value, bool reverse)
    {
        var defaultLanguage = active.DefaultDirection is not null
            ? ((active.DefaultLanguage ?? "") + "_" + active.DefaultDirection).ToLowerInvariant()
            : active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        var obj = value as JObject;
        if (obj is not null && obj.TryGetValue("@preserve", out var preserved)) obj = JsonTree.AsArray(preserved).FirstOrDefault() as JObject;
        var containers = new List<string>();
        var typeLanguage = "@language";
        string? typeLanguageValue = "@null";
        var isGraph = obj is not null && InverseContext.IsGraphObject(obj);
        if (obj is not null && obj.ContainsKey("@index") && !isGraph)
        {
            containers.Add("@index");
            containers.Add("@index@set");
        }
        if (reverse)
        {
            typeLanguage = "@type";
            typeLanguageValue = "@reverse";
            containers.Add("@set");
        }
        else if (obj is not null && obj.TryGetValue("@list", out var listValue))
        {
            if (!obj.ContainsKey("@index")) containers.Add("@list");
            var list = JsonTree.AsArray(listValue);
            string? commonType = null;
            string? commonLanguage = list.Count == 0 ? defaultLanguage : null;
            foreach (var item in list)
            {
                var itemLanguage = "@none";
                var itemType = "@none";
                var isValue = item is JObject io && io.ContainsKey("@value");
                if (item is JObject vo && isValue)
                {
                    if (vo.TryGetValue("@direction", out var d)) itemLanguage = ((vo.GetValueOrDefault("@language") as string ?? "") + "_" + d).ToLowerInvariant();
                    else if (vo.TryGetValue("@language", out var l)) itemLanguage = ((string)l!).ToLowerInvariant();
                    else if (vo.TryGetValue("@type", out var t)) itemType = (string)t!;
                    else itemLanguage = "@null";
                }
                else
                {
                    itemType = "@id";
                }
                if (commonLanguage is null) commonLanguage = itemLanguage;
                else if (itemLanguage != commonLanguage && isValue) commonLanguage = "@none";
                if (commonType is null) commonType = itemType;
                else if (itemType != commonType) commonType = "@none";
                if (commonLanguage == "@none" && commonType == "@none") break;
            }
            commonLanguage ??= "@none";
            commonType ??= "@none";
            if (commonType != "@none")
            {
                typeLanguage = "@type";
                typeLanguageValue = commonType;
            }
            else
            {
                typeLanguageValue = commonLanguage;
            }
        }
        else if (isGraph)
        {
            if (obj!.ContainsKey("@index")) containers.AddRange(["@graph@index", "@graph@index@set"]);
            if (obj.ContainsKey("@id")) containers.AddRange(["@graph@id", "@graph@id@set"]);
            containers.AddRange(["@graph", "@graph@set", "@set"]);
            if (!obj.ContainsKey("@index")) containers.AddRange(["@graph@index", "@graph@index@set"]);
            if (!obj.ContainsKey("@id")) containers.AddRange(["@graph@id", "@graph@id@set"]);
            containers.AddRange(["@index", "@index@set"]);
            typeLanguage = "@type";
            typeLanguageValue = "@id";
        }
        else
        {
            if (obj is not null && obj.ContainsKey("@value"))
            {
                if (obj.TryGetValue("@direction", out var d) && !obj.ContainsKey("@index"))
                {
                    typeLanguageValue = ((obj.GetValueOrDefault("@language") as string ?? "") + "_" + d).ToLowerInvariant();
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (obj.TryGetValue("@language", out var l) && !obj.ContainsKey("@index"))
                {
                    typeLanguageValue = ((string)l!).ToLowerInvariant();
                    containers.AddRange(["@language", "@language@set"]);
                }
                else if (obj.TryGetValue("@type", out var t))
                {
                    typeLanguage = "@type";
                    typeLanguageValue = (string?)t;
                }
            }
            else
            {
                typeLanguage = "@type";
                typeLanguageValue = "@id";
                containers.AddRange(["@id", "@id@set", "@type", "@set@type"]);
            }
            containers.Add("@set");
        }
        containers.Add("@none");
        if (!Options.Is10 && (obj is null || !obj.ContainsKey("@index"))) containers.AddRange(["@index", "@index@set"]);
        if (!Options.Is10 && obj is not null && obj.Count == 1 && obj.ContainsKey("@value")) containers.AddRange(["@language", "@language@set"]);
        typeLanguageValue ??= "@null";

        var preferred = new List<string>();
        if (typeLanguageValue == "@reverse") preferred.Add("@reverse");
        if (typeLanguageValue is "@id" or "@reverse" && obj is not null && obj.TryGetValue("@id", out var idValue) && idValue is string id)
        {
            var compacted = CompactIri(active, id, vocab: true);
            if (active.Term(compacted) is { } cdef && cdef.Iri == id) preferred.AddRange(["@vocab", "@id", "@none"]);
            else preferred.AddRange(["@id", "@vocab", "@none"]);
        }
        else
        {
            preferred.Add(typeLanguageValue);
            preferred.Add("@none");
            if (obj is not null && obj.TryGetValue("@list", out var lv) && lv is JArray { Count: 0 }) typeLanguage = "@any";
        }
        preferred.Add("@any");
        foreach (var p in preferred.ToList())
        {
            var underscore = p.IndexOf('_');
            if (underscore >= 0) preferred.Add(p[underscore..]);
        }
        return inverse.SelectTerm(iri, containers, typeLanguage, preferred);
    }

    /// <summary>Value Compaction (6.5.2).</summary>
    public object? CompactValue(ActiveContext active, string? activeProperty, JObject value)
    {
        var def = active.Term(activeProperty);
        var language = def is { HasLanguage: true } ? def.Language : active.DefaultLanguage;
        var direction = def is { HasDirection: true } ? def.Direction : active.DefaultDirection;
        var typeMapping = def?.TypeMapping;
        object? result = value;
        if (value.ContainsKey("@id") && value.Keys.All(k => k is "@id" or "@index"))
        {
            if (typeMapping == "@id") result = CompactIri(active, (string?)value["@id"], vocab: false);
            else if (typeMapping == "@vocab") result = CompactIri(active, (string?)value["@id"], vocab: true);
        }
        else if (!value.ContainsKey("@value"))
        {
            result = value;
        }
        else if (value.TryGetValue("@type", out var type) && type as string == typeMapping && typeMapping is not null)
        {
            result = value["@value"];
        }
        else if (typeMapping == "@none" || (value.ContainsKey("@type") && type as string != typeMapping))
        {
            var copy = JsonTree.CloneObject(value);
            if (copy.TryGetValue("@type", out var t))
            {
                copy["@type"] = t is JArray ta ? ta.Select(x => (object?)CompactIri(active, (string?)x, vocab: true)).ToList() : CompactIri(active, (string?)t, vocab: true);
            }
            result = copy;
        }
        else if (value.TryGetValue("@value", out var v) && v is not string)
        {
            if ((value.ContainsKey("@index") && def?.HasContainer("@index") == true) || !value.ContainsKey("@index")) result = v;
        }
        else if (LanguageMatches(value.GetValueOrDefault("@language") as string, language) && value.GetValueOrDefault("@direction") as string == direction)
        {
            if ((value.ContainsKey("@index") && def?.HasContainer("@index") == true) || !value.ContainsKey("@index")) result = value["@value"];
        }

        if (result is JObject r)
        {
            var aliased = new JObject();
            foreach (var (k, x) in r) aliased[CompactIri(active, k, vocab: true)!] = x;
            result = aliased;
        }
        return result;
    }

    private static bool LanguageMatches(string? a, string? b) => a is null ? b is null : b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
