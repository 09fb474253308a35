using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// Context processing, term definition creation and IRI expansion (JSON-LD 1.1 API, sections 4.1–4.3).
/// One instance serves one API call: it caches dereferenced remote contexts.
/// </summary>
public sealed class ContextProcessor(JsonLdOptions options, CancellationToken cancellationToken = default)
{
    private const int MaxRemoteContexts = 32;

    /// <summary>
    /// How deeply contexts may nest (scoped contexts in term definitions, and remote contexts that bring more). Each
    /// level is four recursive calls with large frames, so contexts get a quarter of the depth JSON documents get.
    /// </summary>
    public const int MaxNesting = NestingLimit.Json / 4;
    private readonly Dictionary<string, RemoteDocument> _dereferenced = new(StringComparer.Ordinal);
    private int _depth;

    public JsonLdOptions Options => options;

    public CancellationToken CancellationToken => cancellationToken;

    public ActiveContext Process(
        ActiveContext active,
        object? localContext,
        string? baseUrl,
        List<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        // Scoped contexts inside scoped contexts, and remote contexts that bring more, are processed recursively, and
        // a chain of remote contexts can nest deeper than any one document.
        if (_depth >= MaxNesting) throw new JsonLdException(JsonLdError.ContextOverflow, $"contexts nested deeper than {MaxNesting} levels");
        _depth++;
        try
        {
            return ProcessContext(active, localContext, baseUrl, remoteContexts, overrideProtected, propagate, validateScopedContext);
        }
        finally
        {
            _depth--;
        }
    }

    private ActiveContext ProcessContext(
        ActiveContext active,
        object? localContext,
        string? baseUrl,
        List<string>? remoteContexts,
        bool overrideProtected,
        bool propagate,
        bool validateScopedContext)
    {
        cancellationToken.ThrowIfCancellationRequested();
        remoteContexts ??= [];
        var result = active.Clone();
        if (localContext is JObject lc && lc.TryGetValue("@propagate", out var prop))
        {
            propagate = prop is bool b ? b : throw new JsonLdException(JsonLdError.InvalidPropagateValue, "@propagate must be true or false");
        }
        if (!propagate && result.PreviousContext is null) result.PreviousContext = active;

        foreach (var item in JsonTree.AsArray(localContext))
        {
            switch (item)
            {
                case null:
                    if (!overrideProtected && result.HasProtectedTerms)
                    {
                        throw new JsonLdException(JsonLdError.InvalidContextNullification, "a context with protected terms cannot be set to null");
                    }
                    var previous = result;
                    result = new ActiveContext(active.OriginalBaseUrl) { OriginalBaseUrl = active.OriginalBaseUrl };
                    if (!propagate) result.PreviousContext = previous;
                    continue;
                case string reference:
                    result = ProcessRemote(result, reference, baseUrl, remoteContexts, validateScopedContext);
                    continue;
                case JObject context:
                    try
                    {
                        result = ProcessObject(result, context, baseUrl, remoteContexts, overrideProtected, validateScopedContext);
                    }
                    catch (JsonLdException e) when (e.Position is null && JsonTree.PositionOf(context) is { } position)
                    {
                        throw e.At(position);
                    }
                    continue;
                default:
                    throw new JsonLdException(JsonLdError.InvalidLocalContext, "a context must be an object, a string, null or an array of them");
            }
        }
        return result;
    }

    private ActiveContext ProcessRemote(ActiveContext result, string reference, string? baseUrl, List<string> remoteContexts, bool validateScopedContext)
    {
        string url;
        try
        {
            url = baseUrl is null && !IriResolver.HasScheme(reference) ? reference : IriResolver.Resolve(baseUrl, reference);
        }
        catch (ArgumentException e)
        {
            throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"cannot resolve context <{reference}>: {e.Message}");
        }
        if (!validateScopedContext && remoteContexts.Contains(url)) return result;
        if (remoteContexts.Count > MaxRemoteContexts)
        {
            throw new JsonLdException(JsonLdError.ContextOverflow, $"more than {MaxRemoteContexts} nested remote contexts (at <{url}>)");
        }
        remoteContexts.Add(url);
        var document = Dereference(url, JsonLdError.LoadingRemoteContextFailed);
        var loaded = document.Document is JObject d && d.TryGetValue("@context", out var ctx)
            ? ctx
            : throw new JsonLdException(JsonLdError.InvalidRemoteContext, $"<{url}> has no top-level @context");
        return Process(result, JsonTree.Clone(loaded), document.DocumentUrl, [.. remoteContexts], validateScopedContext: validateScopedContext);
    }

    private RemoteDocument Dereference(string url, string errorCode)
    {
        if (_dereferenced.TryGetValue(url, out var doc)) return doc;
        try
        {
            doc = options.DocumentLoader.Load(url, cancellationToken);
        }
        catch (JsonLdException e) when (e.Code == JsonLdError.LoadingDocumentFailed)
        {
            throw new JsonLdException(errorCode, e.Detail);
        }
        _dereferenced[url] = doc;
        return doc;
    }

    private ActiveContext ProcessObject(ActiveContext result, JObject context, string? baseUrl, List<string> remoteContexts, bool overrideProtected, bool validateScopedContext)
    {
        if (context.TryGetValue("@version", out var version))
        {
            if (version is not double v || v != 1.1) throw new JsonLdException(JsonLdError.InvalidVersionValue, "@version must be 1.1");
            if (options.Is10) throw new JsonLdException(JsonLdError.ProcessingModeConflict, "@version 1.1 in json-ld-1.0 processing mode");
        }

        if (context.TryGetValue("@import", out var import))
        {
            if (options.Is10) throw new JsonLdException(JsonLdError.InvalidContextEntry, "@import is not allowed in json-ld-1.0");
            if (import is not string importRef) throw new JsonLdException(JsonLdError.InvalidImportValue, "@import must be a string");
            var url = IriResolver.HasScheme(importRef) ? importRef : IriResolver.Resolve(baseUrl, importRef);
            var document = Dereference(url, JsonLdError.LoadingRemoteContextFailed);
            if (document.Document is not JObject d || !d.TryGetValue("@context", out var imported) || imported is not JObject importContext)
            {
                throw new JsonLdException(JsonLdError.InvalidRemoteContext, $"<{url}> has no single top-level @context object");
            }
            if (importContext.ContainsKey("@import")) throw new JsonLdException(JsonLdError.InvalidContextEntry, $"imported context <{url}> itself has @import");
            var merged = JsonTree.CloneObject(importContext);
            foreach (var (k, x) in context) merged[k] = x;
            context = merged;
        }

        if (context.TryGetValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            switch (baseValue)
            {
                case null: result.BaseIri = null; break;
                case string s when IriResolver.HasScheme(s): result.BaseIri = s; break;
                case string s when result.BaseIri is not null: result.BaseIri = IriResolver.Resolve(result.BaseIri, s); break;
                default: throw new JsonLdException(JsonLdError.InvalidBaseIri, $"@base {JsonTree.Serialize(baseValue, false)} is not an IRI");
            }
        }

        if (context.TryGetValue("@vocab", out var vocab))
        {
            switch (vocab)
            {
                case null: result.Vocab = null; break;
                case string s:
                    var expanded = ExpandIri(result, s, documentRelative: true, vocab: true);
                    if (expanded is null || !(IriResolver.HasScheme(expanded) || Keywords.IsBlankNodeId(expanded) || (result.BaseIri is null && !Keywords.IsKeyword(expanded))))
                    {
                        throw new JsonLdException(JsonLdError.InvalidVocabMapping, $"@vocab \"{s}\" is not an IRI");
                    }
                    result.Vocab = expanded;
                    break;
                default: throw new JsonLdException(JsonLdError.InvalidVocabMapping, "@vocab must be a string or null");
            }
        }

        if (context.TryGetValue("@language", out var language))
        {
            result.DefaultLanguage = language switch
            {
                null => null,
                string s => s,
                _ => throw new JsonLdException(JsonLdError.InvalidDefaultLanguage, "@language must be a string or null"),
            };
        }

        if (context.TryGetValue("@direction", out var direction))
        {
            if (options.Is10) throw new JsonLdException(JsonLdError.InvalidContextEntry, "@direction is not allowed in json-ld-1.0");
            result.DefaultDirection = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException(JsonLdError.InvalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null"),
            };
        }

        if (context.TryGetValue("@propagate", out var propagateValue))
        {
            if (options.Is10) throw new JsonLdException(JsonLdError.InvalidContextEntry, "@propagate is not allowed in json-ld-1.0");
            if (propagateValue is not bool) throw new JsonLdException(JsonLdError.InvalidPropagateValue, "@propagate must be true or false");
        }

        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        var protectedDefault = false;
        if (context.TryGetValue("@protected", out var protectedValue))
        {
            protectedDefault = protectedValue is bool pb ? pb : throw new JsonLdException(JsonLdError.InvalidProtectedValue, "@protected must be true or false");
        }
        foreach (var key in context.Keys)
        {
            if (key is "@base" or "@direction" or "@import" or "@language" or "@propagate" or "@protected" or "@version" or "@vocab") continue;
            CreateTermDefinition(result, context, key, defined, baseUrl, protectedDefault, overrideProtected, [.. remoteContexts], validateScopedContext);
        }
        return result;
    }

    /// <summary>Create Term Definition (4.2.2).</summary>
    public void CreateTermDefinition(
        ActiveContext active,
        JObject local,
        string term,
        Dictionary<string, bool> defined,
        string? baseUrl = null,
        bool isProtected = false,
        bool overrideProtected = false,
        List<string>? remoteContexts = null,
        bool validateScopedContext = true)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done) return;
            throw new JsonLdException(JsonLdError.CyclicIriMapping, $"term \"{term}\" is defined in terms of itself");
        }
        if (term.Length == 0) throw new JsonLdException(JsonLdError.InvalidTermDefinition, "the empty string cannot be a term");
        defined[term] = false;
        var value = JsonTree.Clone(local[term]);

        if (term == "@type")
        {
            if (options.Is10) throw new JsonLdException(JsonLdError.KeywordRedefinition, "@type cannot be redefined in json-ld-1.0");
            if (value is not JObject tv || tv.Count == 0 || tv.Any(e => !(e.Key == "@container" && e.Value is "@set" || e.Key == "@protected")))
            {
                throw new JsonLdException(JsonLdError.KeywordRedefinition, "@type may only be given @container: @set and @protected");
            }
        }
        else if (Keywords.IsKeyword(term))
        {
            throw new JsonLdException(JsonLdError.KeywordRedefinition, $"keyword {term} cannot be redefined");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            return;
        }

        active.Terms.Remove(term, out var previousDefinition);
        bool simpleTerm;
        JObject map;
        switch (value)
        {
            case null: map = new JObject { ["@id"] = null }; simpleTerm = false; break;
            case string s: map = new JObject { ["@id"] = s }; simpleTerm = true; break;
            case JObject o: map = o; simpleTerm = false; break;
            default: throw new JsonLdException(JsonLdError.InvalidTermDefinition, $"the definition of \"{term}\" must be a string, an object or null");
        }

        var def = new TermDefinition { Protected = isProtected };
        if (map.TryGetValue("@protected", out var prot))
        {
            if (options.Is10) throw new JsonLdException(JsonLdError.InvalidTermDefinition, "@protected is not allowed in json-ld-1.0");
            def = def with { Protected = prot is bool pb ? pb : throw new JsonLdException(JsonLdError.InvalidProtectedValue, "@protected must be true or false") };
        }

        if (map.TryGetValue("@type", out var typeValue))
        {
            if (typeValue is not string ts) throw new JsonLdException(JsonLdError.InvalidTypeMapping, $"@type of \"{term}\" must be a string");
            var type = ExpandIri(active, ts, vocab: true, local: local, defined: defined);
            if ((type is "@json" or "@none") && options.Is10) throw new JsonLdException(JsonLdError.InvalidTypeMapping, $"@type {type} is not allowed in json-ld-1.0");
            if (type is not ("@id" or "@vocab" or "@json" or "@none") && !Keywords.IsAbsoluteIri(type))
            {
                throw new JsonLdException(JsonLdError.InvalidTypeMapping, $"@type \"{ts}\" of \"{term}\" is not an IRI");
            }
            def = def with { TypeMapping = type };
        }

        if (map.TryGetValue("@reverse", out var reverse))
        {
            if (map.ContainsKey("@id") || map.ContainsKey("@nest")) throw new JsonLdException(JsonLdError.InvalidReverseProperty, $"\"{term}\" has @reverse with @id or @nest");
            if (reverse is not string rs) throw new JsonLdException(JsonLdError.InvalidIriMapping, $"@reverse of \"{term}\" must be a string");
            if (Keywords.HasKeywordForm(rs)) return;
            var iri = ExpandIri(active, rs, vocab: true, local: local, defined: defined);
            if (iri is null || !(IriResolver.HasScheme(iri) || Keywords.IsBlankNodeId(iri)) || Keywords.IsKeyword(iri))
            {
                throw new JsonLdException(JsonLdError.InvalidIriMapping, $"@reverse \"{rs}\" of \"{term}\" is not an IRI");
            }
            def = def with { Iri = iri, Reverse = true };
            if (map.TryGetValue("@container", out var rc))
            {
                if (rc is not (null or "@set" or "@index")) throw new JsonLdException(JsonLdError.InvalidReverseProperty, $"reverse property \"{term}\" can only have a @set or @index container");
                def = def with { Container = rc is null ? null : [(string)rc] };
            }
            if (map.TryGetValue("@index", out var reverseIndex) && def.HasContainer("@index"))
            {
                if (reverseIndex is not string rix) throw new JsonLdException(JsonLdError.InvalidTermDefinition, $"@index of \"{term}\" must be a property IRI");
                def = def with { Index = rix };
            }
            active.Terms[term] = def;
            defined[term] = true;
            return;
        }

        if (map.TryGetValue("@id", out var idValue) && !(idValue is string same && same == term))
        {
            if (idValue is null)
            {
                def = def with { Iri = null };
            }
            else
            {
                if (idValue is not string ids) throw new JsonLdException(JsonLdError.InvalidIriMapping, $"@id of \"{term}\" must be a string");
                if (!Keywords.IsKeyword(ids) && Keywords.HasKeywordForm(ids)) return;
                var iri = ExpandIri(active, ids, vocab: true, local: local, defined: defined);
                if (iri is null || !(Keywords.IsKeyword(iri) || IriResolver.HasScheme(iri) || Keywords.IsBlankNodeId(iri)))
                {
                    throw new JsonLdException(JsonLdError.InvalidIriMapping, $"@id \"{ids}\" of \"{term}\" is not an IRI, blank node identifier or keyword");
                }
                if (iri == "@context") throw new JsonLdException(JsonLdError.InvalidKeywordAlias, "@context cannot be aliased");
                def = def with { Iri = iri };
                if ((term.IndexOf(':', 1) > 0 && term.IndexOf(':', 1) < term.Length - 1) || term.Contains('/'))
                {
                    defined[term] = true;
                    var self = ExpandIri(active, term, vocab: true, local: local, defined: defined);
                    if (self != iri) throw new JsonLdException(JsonLdError.InvalidIriMapping, $"term \"{term}\" looks like an IRI but maps to a different one, <{iri}>");
                }
                if (!term.Contains(':') && !term.Contains('/') && simpleTerm && (Keywords.EndsWithGenDelim(iri) || Keywords.IsBlankNodeId(iri)))
                {
                    def = def with { Prefix = true };
                }
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            var suffix = term[(colon + 1)..];
            if (local.ContainsKey(prefix)) CreateTermDefinition(active, local, prefix, defined, baseUrl, false, false, null, validateScopedContext);
            var prefixDef = active.Term(prefix);
            def = def with { Iri = prefixDef?.Iri is not null ? prefixDef.Iri + suffix : term };
        }
        else if (term.Contains('/'))
        {
            var iri = ExpandIri(active, term, vocab: true);
            if (iri is null || !IriResolver.HasScheme(iri)) throw new JsonLdException(JsonLdError.InvalidIriMapping, $"term \"{term}\" is a relative IRI and no @vocab applies");
            def = def with { Iri = iri };
        }
        else if (term == "@type")
        {
            def = def with { Iri = "@type" };
        }
        else if (active.Vocab is not null)
        {
            def = def with { Iri = active.Vocab + term };
        }
        else
        {
            throw new JsonLdException(JsonLdError.InvalidIriMapping, $"term \"{term}\" has no @id and there is no @vocab");
        }

        if (map.TryGetValue("@container", out var containerValue))
        {
            var container = ValidateContainer(term, containerValue);
            def = def with { Container = container };
            if (container.Contains("@type"))
            {
                if (def.TypeMapping is null) def = def with { TypeMapping = "@id" };
                else if (def.TypeMapping is not ("@id" or "@vocab")) throw new JsonLdException(JsonLdError.InvalidTypeMapping, $"a @type container needs @type @id or @vocab (\"{term}\")");
            }
        }

        if (map.TryGetValue("@index", out var indexValue))
        {
            if (options.Is10 || !def.HasContainer("@index")) throw new JsonLdException(JsonLdError.InvalidTermDefinition, $"@index on \"{term}\" needs an @index container");
            if (indexValue is not string ix || Keywords.IsKeyword(ExpandIri(active, ix, vocab: true)) || !IriResolver.HasScheme(ExpandIri(active, ix, vocab: true) ?? ""))
            {
                throw new JsonLdException(JsonLdError.InvalidTermDefinition, $"@index of \"{term}\" must be a property IRI");
            }
            def = def with { Index = ix };
        }

        if (map.TryGetValue("@context", out var scoped))
        {
            if (options.Is10) throw new JsonLdException(JsonLdError.InvalidTermDefinition, "scoped contexts are not allowed in json-ld-1.0");
            try
            {
                Process(active, JsonTree.Clone(scoped), baseUrl, [.. remoteContexts ?? []], overrideProtected: true, validateScopedContext: false);
            }
            catch (JsonLdException e) when (e.Code != JsonLdError.ContextOverflow)
            {
                throw new JsonLdException(JsonLdError.InvalidScopedContext, $"the context of \"{term}\" is invalid: {e.Message}");
            }
            def = def with { HasLocalContext = true, LocalContext = scoped, BaseUrl = baseUrl };
        }

        if (map.TryGetValue("@language", out var lang) && !map.ContainsKey("@type"))
        {
            if (lang is not (null or string)) throw new JsonLdException(JsonLdError.InvalidLanguageMapping, $"@language of \"{term}\" must be a string or null");
            def = def with { HasLanguage = true, Language = (string?)lang };
        }

        if (map.TryGetValue("@direction", out var dir) && !map.ContainsKey("@type"))
        {
            if (dir is not (null or "ltr" or "rtl")) throw new JsonLdException(JsonLdError.InvalidBaseDirection, $"@direction of \"{term}\" must be \"ltr\", \"rtl\" or null");
            def = def with { HasDirection = true, Direction = (string?)dir };
        }

        if (map.TryGetValue("@nest", out var nest))
        {
            if (options.Is10) throw new JsonLdException(JsonLdError.InvalidTermDefinition, "@nest is not allowed in json-ld-1.0");
            if (nest is not string ns || (Keywords.IsKeyword(ns) && ns != "@nest")) throw new JsonLdException(JsonLdError.InvalidNestValue, $"@nest of \"{term}\" must be a term or @nest");
            def = def with { Nest = ns };
        }

        if (map.TryGetValue("@prefix", out var prefixFlag))
        {
            if (options.Is10 || term.Contains(':') || term.Contains('/')) throw new JsonLdException(JsonLdError.InvalidTermDefinition, $"@prefix is not allowed on \"{term}\"");
            if (prefixFlag is not bool pf) throw new JsonLdException(JsonLdError.InvalidPrefixValue, $"@prefix of \"{term}\" must be true or false");
            if (pf && Keywords.IsKeyword(def.Iri)) throw new JsonLdException(JsonLdError.InvalidTermDefinition, $"keyword alias \"{term}\" cannot be a prefix");
            def = def with { Prefix = pf };
        }

        foreach (var key in map.Keys)
        {
            if (key is not ("@id" or "@reverse" or "@container" or "@context" or "@direction" or "@index" or "@language" or "@nest" or "@prefix" or "@protected" or "@type"))
            {
                throw new JsonLdException(JsonLdError.InvalidTermDefinition, $"\"{term}\" has an unknown entry {key}");
            }
        }

        if (!overrideProtected && previousDefinition is { Protected: true })
        {
            if (!def.SameAs(previousDefinition)) throw new JsonLdException(JsonLdError.ProtectedTermRedefinition, $"protected term \"{term}\" cannot be redefined");
            def = previousDefinition;
        }
        active.Terms[term] = def;
        defined[term] = true;
    }

    private List<string> ValidateContainer(string term, object? value)
    {
        var error = new JsonLdException(JsonLdError.InvalidContainerMapping, $"invalid @container for \"{term}\"");
        if (options.Is10)
        {
            if (value is not string s || s is "@graph" or "@id" or "@type") throw error;
        }
        var items = new List<string>();
        foreach (var item in JsonTree.AsArray(value))
        {
            if (item is not string s || s is not ("@graph" or "@id" or "@index" or "@language" or "@list" or "@set" or "@type")) throw error;
            if (items.Contains(s)) throw error;
            items.Add(s);
        }
        if (items.Count == 0) throw error;
        var set = items.ToHashSet();
        var valid = items.Count == 1
            || (set.Contains("@set") && items.Count == 2 && set.Overlaps(["@index", "@id", "@type", "@language", "@graph"]))
            || (set.Contains("@graph") && set.IsSubsetOf(["@graph", "@id", "@set"]))
            || (set.Contains("@graph") && set.IsSubsetOf(["@graph", "@index", "@set"]));
        if (!valid || (set.Contains("@list") && items.Count > 1)) throw error;
        items.Sort(StringComparer.Ordinal);
        return items;
    }

    /// <summary>IRI Expansion (4.3.2).</summary>
    public string? ExpandIri(ActiveContext active, string? value, bool documentRelative = false, bool vocab = false, JObject? local = null, Dictionary<string, bool>? defined = null)
    {
        if (value is null || Keywords.IsKeyword(value) || Keywords.IsFramingKeyword(value)) return value;
        if (Keywords.HasKeywordForm(value)) return null;
        if (local is not null && defined is not null && local.ContainsKey(value) && !(defined.TryGetValue(value, out var d) && d))
        {
            CreateTermDefinition(active, local, value, defined);
        }
        var def = active.Term(value);
        if (def is not null && Keywords.IsKeyword(def.Iri)) return def.Iri;
        if (vocab && def is not null) return def.Iri;

        var colon = value.IndexOf(':', 1 < value.Length ? 1 : 0);
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal)) return value;
            if (local is not null && defined is not null && local.ContainsKey(prefix) && !(defined.TryGetValue(prefix, out var pd) && pd))
            {
                CreateTermDefinition(active, local, prefix, defined);
            }
            var prefixDef = active.Term(prefix);
            if (prefixDef is { Iri: not null, Prefix: true }) return prefixDef.Iri + suffix;
            if (IriResolver.HasScheme(value)) return value;
        }
        if (vocab && active.Vocab is not null) return active.Vocab + value;
        if (documentRelative)
        {
            if (active.BaseIri is null) return value;
            try
            {
                return IriResolver.Resolve(active.BaseIri, value);
            }
            catch (ArgumentException)
            {
                return value;
            }
        }
        return value;
    }

    /// <summary>The active context for a document: the initial context with the options' expandContext applied.</summary>
    public ActiveContext Initial(string? baseIri)
    {
        var ctx = new ActiveContext(baseIri);
        if (options.ExpandContext is not null)
        {
            var expandContext = options.ExpandContext is JObject ec && ec.TryGetValue("@context", out var inner) ? inner : options.ExpandContext;
            ctx = Process(ctx, JsonTree.Clone(expandContext), baseIri);
        }
        return ctx;
    }

    internal static JArray Arr(params object?[] items) => [.. items];
}
