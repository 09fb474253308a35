using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>The Expansion Algorithm and Value Expansion (JSON-LD 1.1 API, sections 5.1 and 5.3).</summary>
public sealed class Expander(ContextProcessor contexts)
{
    private JsonLdOptions Options => contexts.Options;

    /// <summary>Expands a whole document: the result is always an array of node objects.</summary>
    public JArray ExpandDocument(object? document, ActiveContext active, string? baseUrl, bool frameExpansion = false)
    {
        var expanded = Expand(active, null, document, baseUrl, frameExpansion, fromMap: false);
        if (expanded is JObject o && o.Count == 1 && o.TryGetValue("@graph", out var g)) expanded = g;
        return expanded switch
        {
            null => [],
            JArray a => a,
            _ => [expanded],
        };
    }

    public object? Expand(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool frameExpansion = false, bool fromMap = false)
    {
        contexts.CancellationToken.ThrowIfCancellationRequested();
        if (element is null) return null;
        if (activeProperty == "@default") frameExpansion = false;
        var propertyDef = active.Term(activeProperty);
        var hasPropertyScope = propertyDef is { HasLocalContext: true };

        if (JsonTree.IsScalar(element))
        {
            if (activeProperty is null or "@graph") return null;
            if (hasPropertyScope) active = contexts.Process(active, JsonTree.Clone(propertyDef!.LocalContext), propertyDef.BaseUrl, overrideProtected: true);
            return ExpandValue(active, activeProperty, element);
        }

        if (element is JArray array)
        {
            var result = new JArray();
            foreach (var item in array)
            {
                var expandedItem = Expand(active, activeProperty, item, baseUrl, frameExpansion, fromMap);
                if (active.Term(activeProperty)?.HasContainer("@list") == true && expandedItem is JArray inner)
                {
                    expandedItem = new JObject { ["@list"] = inner };
                }
                if (expandedItem is JArray items) result.AddRange(items);
                else if (expandedItem is not null) result.Add(expandedItem);
            }
            return result;
        }

        var map = (JObject)element;
        try
        {
            return ExpandObject(active, activeProperty, map, propertyDef, baseUrl, frameExpansion, fromMap);
        }
        catch (JsonLdException e) when (e.Position is null && JsonTree.PositionOf(map) is { } position)
        {
            throw e.At(position);
        }
    }

    private object? ExpandObject(ActiveContext active, string? activeProperty, JObject map, TermDefinition? propertyDef, string? baseUrl, bool frameExpansion, bool fromMap)
    {
        var hasPropertyScope = propertyDef is { HasLocalContext: true };
        if (active.PreviousContext is not null && !fromMap)
        {
            var revert = true;
            var keys = map.Keys.Select(k => contexts.ExpandIri(active, k, vocab: true)).ToList();
            if (keys.Contains("@value")) revert = false;
            else if (keys.Count == 1 && keys[0] == "@id") revert = false;
            if (revert) active = active.PreviousContext;
        }
        if (hasPropertyScope)
        {
            active = contexts.Process(active, JsonTree.Clone(propertyDef!.LocalContext), propertyDef.BaseUrl, overrideProtected: true);
        }
        if (map.TryGetValue("@context", out var localContext))
        {
            active = contexts.Process(active, JsonTree.Clone(localContext), baseUrl);
        }

        var typeScoped = active;
        string? inputType = null;
        var typeKeys = Sorted(map.Keys).Where(k => contexts.ExpandIri(active, k, vocab: true) == "@type").ToList();
        foreach (var key in typeKeys)
        {
            var terms = JsonTree.AsArray(map[key]).OfType<string>().Order(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                var def = typeScoped.Term(term);
                if (def is { HasLocalContext: true })
                {
                    active = contexts.Process(active, JsonTree.Clone(def.LocalContext), def.BaseUrl, propagate: false);
                }
            }
        }
        if (typeKeys.Count > 0 && JsonTree.AsArray(map[typeKeys[0]]) is { Count: > 0 } tv && tv[^1] is string lastType)
        {
            inputType = contexts.ExpandIri(active, lastType, vocab: true);
        }

        var output = new JObject();
        ExpandEntries(active, typeScoped, activeProperty, map, output, inputType, baseUrl, frameExpansion);
        return FinishObject(output, activeProperty, frameExpansion);
    }

    private object? FinishObject(JObject result, string? activeProperty, bool frameExpansion)
    {
        if (result.TryGetValue("@value", out var value))
        {
            foreach (var k in result.Keys)
            {
                if (k is not ("@direction" or "@index" or "@language" or "@type" or "@value"))
                {
                    throw new JsonLdException(JsonLdError.InvalidValueObject, $"a value object cannot have {k}");
                }
            }
            if (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction")))
            {
                throw new JsonLdException(JsonLdError.InvalidValueObject, "a value object cannot have both @type and @language/@direction");
            }
            var type = result.GetValueOrDefault("@type");
            if (type is "@json")
            {
                // a JSON literal: any value is allowed
            }
            else if (value is null || (value is JArray { Count: 0 } && !frameExpansion))
            {
                return null;
            }
            else if (value is not string && result.ContainsKey("@language") && !(frameExpansion && value is JArray or JObject))
            {
                throw new JsonLdException(JsonLdError.InvalidLanguageTaggedValue, $"a language-tagged value must be a string, found {JsonTree.Serialize(value, false)}");
            }
            else if (result.ContainsKey("@type") && !frameExpansion && (type is not string ts || !Keywords.IsWellFormedIri(ts)))
            {
                throw new JsonLdException(JsonLdError.InvalidTypedValue, $"the datatype {JsonTree.Serialize(type, false)} of a value is not an IRI");
            }
        }
        else if (result.TryGetValue("@type", out var types) && types is not JArray)
        {
            result["@type"] = new JArray { types };
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException(JsonLdError.InvalidSetOrListObject, "a @set or @list object can only have @index besides");
            }
            if (result.TryGetValue("@set", out var set))
            {
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey("@language")) return null;
        if (activeProperty is null or "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list")) return null;
            if (result.Count == 1 && result.ContainsKey("@id") && !frameExpansion) return null;
        }
        return result;
    }

    private IEnumerable<string> Sorted(IEnumerable<string> keys) => Options.Ordered ? keys.Order(StringComparer.Ordinal) : keys;

    private void ExpandEntries(ActiveContext active, ActiveContext typeScoped, string? activeProperty, JObject element, JObject result, string? inputType, string? baseUrl, bool frameExpansion)
    {
        var nests = new List<string>();
        foreach (var key in Sorted(element.Keys))
        {
            var value = element[key];
            if (key == "@context") continue;
            var expandedProperty = contexts.ExpandIri(active, key, vocab: true);
            if (expandedProperty is null || !(expandedProperty.Contains(':') || Keywords.IsKeyword(expandedProperty) || (frameExpansion && Keywords.IsFramingKeyword(expandedProperty)))) continue;

            if (Keywords.IsKeyword(expandedProperty) || (frameExpansion && Keywords.IsFramingKeyword(expandedProperty)))
            {
                if (activeProperty == "@reverse") throw new JsonLdException(JsonLdError.InvalidReversePropertyMap, $"a @reverse map cannot contain the keyword {expandedProperty}");
                if (result.ContainsKey(expandedProperty) && (Options.Is10 || expandedProperty is not ("@included" or "@type")))
                {
                    throw new JsonLdException(JsonLdError.CollidingKeywords, $"{expandedProperty} appears more than once (via \"{key}\")");
                }
                object? expandedValue = null;
                switch (expandedProperty)
                {
                    case "@id":
                        if (value is string idString)
                        {
                            var expandedId = contexts.ExpandIri(active, idString, documentRelative: true);
                            if (frameExpansion) expandedValue = new JArray { expandedId };
                            else
                            {
                                result["@id"] = expandedId;
                                continue;
                            }
                        }
                        else if (frameExpansion && value is JObject { Count: 0 }) expandedValue = new JArray { value };
                        else if (frameExpansion && value is JArray ids && ids.All(i => i is string))
                        {
                            expandedValue = ids.Select(i => (object?)contexts.ExpandIri(active, (string)i!, documentRelative: true)).ToList();
                        }
                        else throw new JsonLdException(JsonLdError.InvalidIdValue, $"@id must be a string, found {JsonTree.Serialize(value, false)}");
                        break;
                    case "@type":
                        expandedValue = ExpandTypeValue(active, typeScoped, value, frameExpansion);
                        if (result.TryGetValue("@type", out var existingTypes))
                        {
                            var merged = new JArray(JsonTree.AsArray(existingTypes));
                            merged.AddRange(JsonTree.AsArray(expandedValue));
                            expandedValue = merged;
                        }
                        break;
                    case "@graph":
                        expandedValue = JsonTree.AsArray(Expand(active, "@graph", value, baseUrl, frameExpansion) ?? new JArray());
                        break;
                    case "@included":
                        if (Options.Is10) continue;
                        if (JsonTree.AsArray(value).Any(v => v is not JObject)) throw new JsonLdException(JsonLdError.InvalidIncludedValue, "@included must contain node objects");
                        var included = Expand(active, "@included", value, baseUrl, frameExpansion) is { } inc ? JsonTree.AsArray(inc) : new JArray();
                        foreach (var item in included)
                        {
                            if (item is not JObject io || io.ContainsKey("@value") || io.ContainsKey("@list") || io.ContainsKey("@set"))
                            {
                                throw new JsonLdException(JsonLdError.InvalidIncludedValue, "@included must contain node objects");
                            }
                        }
                        if (result.TryGetValue("@included", out var prevIncluded)) included.InsertRange(0, JsonTree.AsArray(prevIncluded));
                        expandedValue = included;
                        break;
                    case "@value":
                        if (inputType == "@json")
                        {
                            if (Options.Is10) throw new JsonLdException(JsonLdError.InvalidValueObjectValue, "@json is not allowed in json-ld-1.0");
                            result["@value"] = value;
                            continue;
                        }
                        if (!(value is null || JsonTree.IsScalar(value)) && !(frameExpansion && (value is JObject { Count: 0 } || (value is JArray va && va.All(JsonTree.IsScalar)))))
                        {
                            throw new JsonLdException(JsonLdError.InvalidValueObjectValue, $"@value must be a scalar, found {JsonTree.Serialize(value, false)}");
                        }
                        expandedValue = frameExpansion ? JsonTree.AsArray(value) : value;
                        if (expandedValue is null)
                        {
                            result["@value"] = null;
                            continue;
                        }
                        break;
                    case "@language":
                        if (value is string lang) expandedValue = frameExpansion ? new JArray { lang } : lang;
                        else if (frameExpansion && (value is JObject { Count: 0 } || (value is JArray la && la.All(i => i is string)))) expandedValue = JsonTree.AsArray(value);
                        else throw new JsonLdException(JsonLdError.InvalidLanguageTaggedString, $"@language must be a string, found {JsonTree.Serialize(value, false)}");
                        break;
                    case "@direction":
                        if (Options.Is10) continue;
                        if (value is "ltr" or "rtl") expandedValue = frameExpansion ? new JArray { value } : value;
                        else if (frameExpansion && (value is JObject { Count: 0 } || value is JArray)) expandedValue = JsonTree.AsArray(value);
                        else throw new JsonLdException(JsonLdError.InvalidBaseDirection, $"@direction must be \"ltr\" or \"rtl\", found {JsonTree.Serialize(value, false)}");
                        break;
                    case "@index":
                        if (value is not string) throw new JsonLdException(JsonLdError.InvalidIndexValue, "@index must be a string");
                        expandedValue = value;
                        break;
                    case "@list":
                        if (activeProperty is null or "@graph") continue;
                        expandedValue = JsonTree.AsArray(Expand(active, activeProperty, value, baseUrl, frameExpansion) ?? new JArray());
                        if (value is null) expandedValue = new JArray();
                        break;
                    case "@set":
                        expandedValue = Expand(active, activeProperty, value, baseUrl, frameExpansion);
                        break;
                    case "@reverse":
                        if (value is not JObject) throw new JsonLdException(JsonLdError.InvalidReverseValue, "@reverse must be an object");
                        var reversed = (JObject?)Expand(active, "@reverse", value, baseUrl, frameExpansion) ?? new JObject();
                        if (reversed.TryGetValue("@reverse", out var doubleReversed) && doubleReversed is JObject dr)
                        {
                            foreach (var (p, items) in dr) AddValue(result, p, items, asArray: true);
                        }
                        if (reversed.Keys.Any(k => k != "@reverse"))
                        {
                            var reverseMap = result.TryGetValue("@reverse", out var rm) && rm is JObject rmo ? rmo : (JObject)(result["@reverse"] = new JObject())!;
                            foreach (var (p, items) in reversed)
                            {
                                if (p == "@reverse") continue;
                                foreach (var item in JsonTree.AsArray(items))
                                {
                                    if (item is JObject ro && (ro.ContainsKey("@value") || ro.ContainsKey("@list")))
                                    {
                                        throw new JsonLdException(JsonLdError.InvalidReversePropertyValue, $"the reverse of <{p}> cannot be a value or list");
                                    }
                                    AddValue(reverseMap, p, item, asArray: true);
                                }
                            }
                        }
                        continue;
                    case "@nest":
                        nests.Add(key);
                        continue;
                    case "@default" or "@embed" or "@explicit" or "@omitDefault" or "@requireAll":
                        expandedValue = Expand(active, expandedProperty, value, baseUrl, frameExpansion);
                        break;
                    default:
                        continue;
                }
                if (expandedValue is not null) result[expandedProperty] = expandedValue;
                continue;
            }

            var def = active.Term(key);
            var container = def?.Container;
            object? expanded;
            if (def?.TypeMapping == "@json")
            {
                expanded = new JObject { ["@value"] = value, ["@type"] = "@json" };
            }
            else if (def?.HasContainer("@language") == true && value is JObject languageMap)
            {
                expanded = ExpandLanguageMap(active, def, languageMap);
            }
            else if (def is not null && (def.HasContainer("@index") || def.HasContainer("@type") || def.HasContainer("@id")) && value is JObject indexMap)
            {
                expanded = ExpandIndexMap(active, key, def, indexMap, baseUrl, frameExpansion);
            }
            else
            {
                expanded = Expand(active, key, value, baseUrl, frameExpansion);
            }
            if (expanded is null) continue;

            if (def?.HasContainer("@list") == true && !(expanded is JObject lo && lo.ContainsKey("@list")))
            {
                expanded = new JObject { ["@list"] = JsonTree.AsArray(expanded) };
            }
            if (def?.HasContainer("@graph") == true && !def.HasContainer("@id") && !def.HasContainer("@index"))
            {
                expanded = JsonTree.AsArray(expanded).Select(ev => (object?)new JObject { ["@graph"] = JsonTree.AsArray(ev) }).ToList();
            }
            if (def?.Reverse == true)
            {
                var reverseMap = result.TryGetValue("@reverse", out var rm) && rm is JObject rmo ? rmo : (JObject)(result["@reverse"] = new JObject())!;
                foreach (var item in JsonTree.AsArray(expanded))
                {
                    if (item is JObject ro && (ro.ContainsKey("@value") || ro.ContainsKey("@list")))
                    {
                        throw new JsonLdException(JsonLdError.InvalidReversePropertyValue, $"reverse property \"{key}\" cannot have a value or list");
                    }
                    AddValue(reverseMap, expandedProperty, item, asArray: true);
                }
            }
            else
            {
                AddValue(result, expandedProperty, expanded, asArray: true);
            }
        }

        foreach (var nestKey in Sorted(nests))
        {
            foreach (var nested in JsonTree.AsArray(element[nestKey]))
            {
                if (nested is not JObject nestedMap || nestedMap.Keys.Any(k => contexts.ExpandIri(active, k, vocab: true) == "@value"))
                {
                    throw new JsonLdException(JsonLdError.InvalidNestValue, $"the value of \"{nestKey}\" must be an object without @value");
                }
                var nestContext = active.Term(nestKey) is { HasLocalContext: true } nestDef
                    ? contexts.Process(active, JsonTree.Clone(nestDef.LocalContext), nestDef.BaseUrl, overrideProtected: true)
                    : active;
                ExpandEntries(nestContext, typeScoped, activeProperty, nestedMap, result, inputType, baseUrl, frameExpansion);
            }
        }
    }

    private object? ExpandTypeValue(ActiveContext active, ActiveContext typeScoped, object? value, bool frameExpansion)
    {
        switch (value)
        {
            case string s:
                return contexts.ExpandIri(typeScoped, s, documentRelative: true, vocab: true);
            case JArray a when a.All(i => i is string):
                return a.Select(i => (object?)contexts.ExpandIri(typeScoped, (string)i!, documentRelative: true, vocab: true)).ToList();
            case JObject { Count: 0 } when frameExpansion:
                return value;
            case JObject o when frameExpansion && o.Count == 1 && o.TryGetValue("@default", out var d) && d is string ds:
                return new JObject { ["@default"] = contexts.ExpandIri(typeScoped, ds, documentRelative: true, vocab: true) };
            default:
                throw new JsonLdException(JsonLdError.InvalidTypeValue, $"@type must be a string or array of strings, found {JsonTree.Serialize(value, false)}");
        }
    }

    private JArray ExpandLanguageMap(ActiveContext active, TermDefinition def, JObject languageMap)
    {
        var result = new JArray();
        var direction = def.HasDirection ? def.Direction : active.DefaultDirection;
        foreach (var language in Sorted(languageMap.Keys))
        {
            foreach (var item in JsonTree.AsArray(languageMap[language]))
            {
                if (item is null) continue;
                if (item is not string s) throw new JsonLdException(JsonLdError.InvalidLanguageMapValue, $"language map values must be strings (at \"{language}\")");
                var v = new JObject { ["@value"] = s };
                if (language != "@none" && contexts.ExpandIri(active, language, vocab: true) != "@none") v["@language"] = language;
                if (direction is not null) v["@direction"] = direction;
                result.Add(v);
            }
        }
        return result;
    }

    private JArray ExpandIndexMap(ActiveContext active, string key, TermDefinition def, JObject indexMap, string? baseUrl, bool frameExpansion)
    {
        var result = new JArray();
        var indexKey = def.Index ?? "@index";
        foreach (var index in Sorted(indexMap.Keys))
        {
            var mapContext = def.HasContainer("@id") || def.HasContainer("@type") ? active.PreviousContext ?? active : active;
            if (def.HasContainer("@type") && mapContext.Term(index) is { HasLocalContext: true } indexDef)
            {
                mapContext = contexts.Process(mapContext, JsonTree.Clone(indexDef.LocalContext), indexDef.BaseUrl);
            }
            var expandedIndex = contexts.ExpandIri(active, index, vocab: true);
            var values = Expand(mapContext, key, JsonTree.AsArray(indexMap[index]), baseUrl, frameExpansion, fromMap: true);
            foreach (var raw in JsonTree.AsArray(values))
            {
                var item = raw;
                if (def.HasContainer("@graph") && !(item is JObject go && go.ContainsKey("@graph")))
                {
                    item = new JObject { ["@graph"] = JsonTree.AsArray(item) };
                }
                var obj = item as JObject;
                if (obj is null) { result.Add(item); continue; }
                if (def.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    var reExpanded = ExpandValue(active, indexKey, index);
                    var expandedIndexKey = contexts.ExpandIri(active, indexKey, vocab: true)!;
                    var values2 = new JArray { reExpanded };
                    if (obj.TryGetValue(expandedIndexKey, out var existing)) values2.AddRange(JsonTree.AsArray(existing));
                    obj[expandedIndexKey] = values2;
                    if (obj.ContainsKey("@value")) throw new JsonLdException(JsonLdError.InvalidValueObject, $"a value in the index map \"{key}\" cannot take an index property");
                }
                else if (def.HasContainer("@index") && !obj.ContainsKey("@index") && expandedIndex != "@none")
                {
                    obj["@index"] = index;
                }
                else if (def.HasContainer("@id") && !obj.ContainsKey("@id") && expandedIndex != "@none")
                {
                    obj["@id"] = contexts.ExpandIri(active, index, documentRelative: true);
                }
                else if (def.HasContainer("@type") && expandedIndex != "@none")
                {
                    var types = new JArray { expandedIndex };
                    if (obj.TryGetValue("@type", out var t)) types.AddRange(JsonTree.AsArray(t));
                    obj["@type"] = types;
                }
                result.Add(obj);
            }
        }
        return result;
    }

    /// <summary>Value Expansion (5.3.2).</summary>
    public object? ExpandValue(ActiveContext active, string? activeProperty, object? value)
    {
        var def = active.Term(activeProperty);
        if (def?.TypeMapping == "@id" && value is string s)
        {
            return new JObject { ["@id"] = contexts.ExpandIri(active, s, documentRelative: true) };
        }
        if (def?.TypeMapping == "@vocab" && value is string v)
        {
            return new JObject { ["@id"] = contexts.ExpandIri(active, v, documentRelative: true, vocab: true) };
        }
        var result = new JObject { ["@value"] = value };
        if (def?.TypeMapping is { } type && type is not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = type;
        }
        else if (value is string)
        {
            var language = def is { HasLanguage: true } ? def.Language : active.DefaultLanguage;
            var direction = def is { HasDirection: true } ? def.Direction : active.DefaultDirection;
            if (language is not null) result["@language"] = language;
            if (direction is not null) result["@direction"] = direction;
        }
        return result;
    }

    /// <summary>Adds a value to an entry, always as an array when asked (the API's "add value").</summary>
    public static void AddValue(JObject obj, string key, object? value, bool asArray)
    {
        if (value is JArray values)
        {
            if (values.Count == 0 && asArray && !obj.ContainsKey(key)) obj[key] = new JArray();
            foreach (var v in values) AddValue(obj, key, v, asArray);
            return;
        }
        if (!obj.TryGetValue(key, out var existing))
        {
            obj[key] = asArray ? new JArray { value } : value;
            return;
        }
        if (existing is not JArray list)
        {
            list = [existing];
            obj[key] = list;
        }
        list.Add(value);
    }
}
