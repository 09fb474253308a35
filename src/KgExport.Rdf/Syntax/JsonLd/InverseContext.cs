using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// The inverse context (JSON-LD 1.1 API, 6.2): IRI → container → @language/@type/@any → value → term, used by
/// term selection during IRI compaction.
/// </summary>
public sealed class InverseContext
{
    // iri -> container key -> ("@language" | "@type" | "@any") -> key -> term
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, Dictionary<string, string>>>> _map = new(StringComparer.Ordinal);

    public InverseContext(ActiveContext active)
    {
        var defaultLanguage = active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        var terms = active.Terms.Keys.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var def = active.Terms[term];
            if (def.Iri is null) continue;
            var container = def.Container is { Count: > 0 } c ? string.Concat(c) : "@none";
            if (!_map.TryGetValue(def.Iri, out var containerMap)) _map[def.Iri] = containerMap = new(StringComparer.Ordinal);
            if (!containerMap.TryGetValue(container, out var typeLanguage))
            {
                containerMap[container] = typeLanguage = new(StringComparer.Ordinal)
                {
                    ["@language"] = new(StringComparer.Ordinal),
                    ["@type"] = new(StringComparer.Ordinal),
                    ["@any"] = new(StringComparer.Ordinal) { ["@none"] = term },
                };
            }
            var typeMap = typeLanguage["@type"];
            var languageMap = typeLanguage["@language"];
            if (def.Reverse)
            {
                typeMap.TryAdd("@reverse", term);
            }
            else if (def.TypeMapping == "@none")
            {
                languageMap.TryAdd("@any", term);
                typeMap.TryAdd("@any", term);
            }
            else if (def.TypeMapping is not null)
            {
                typeMap.TryAdd(def.TypeMapping, term);
            }
            else if (def.HasLanguage && def.HasDirection)
            {
                var key = (def.Language, def.Direction) switch
                {
                    ({ } l, { } d) => l.ToLowerInvariant() + "_" + d,
                    (null, { } d) => "_" + d,
                    ({ } l, null) => l.ToLowerInvariant(),
                    _ => "@null",
                };
                languageMap.TryAdd(key, term);
            }
            else if (def.HasLanguage)
            {
                languageMap.TryAdd(def.Language?.ToLowerInvariant() ?? "@null", term);
            }
            else if (def.HasDirection)
            {
                languageMap.TryAdd(def.Direction is null ? "@none" : "_" + def.Direction, term);
            }
            else if (active.DefaultDirection is not null)
            {
                languageMap.TryAdd((defaultLanguage + "_" + active.DefaultDirection).ToLowerInvariant(), term);
                languageMap.TryAdd("@none", term);
                typeMap.TryAdd("@none", term);
            }
            else
            {
                languageMap.TryAdd(defaultLanguage, term);
                languageMap.TryAdd("@none", term);
                typeMap.TryAdd("@none", term);
            }
        }
    }

    public bool Contains(string iri) => _map.ContainsKey(iri);

    /// <summary>Term Selection (6.4.2).</summary>
    public string? SelectTerm(string iri, IReadOnlyList<string> containers, string typeLanguage, IReadOnlyList<string> preferredValues)
    {
        if (!_map.TryGetValue(iri, out var containerMap)) return null;
        foreach (var container in containers)
        {
            if (!containerMap.TryGetValue(container, out var tl)) continue;
            var valueMap = tl[typeLanguage];
            foreach (var item in preferredValues)
            {
                if (valueMap.TryGetValue(item, out var term)) return term;
            }
        }
        return null;
    }

    internal static bool IsGraphObject(JObject o) => o.ContainsKey("@graph") && o.Keys.All(k => k is "@graph" or "@id" or "@index" or "@context");
}
