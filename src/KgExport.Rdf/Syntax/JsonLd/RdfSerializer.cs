using System.Globalization;
using System.Text.RegularExpressions;
using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// Deserialize JSON-LD to RDF (JSON-LD 1.1 API, 8.1–8.3): turns a node map into quads. Relative IRIs, malformed
/// language tags and similar unrepresentable things are dropped as the spec says.
/// </summary>
public sealed partial class RdfSerializer(JsonLdOptions options, string blankNodePrefix = "")
{
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly Iri RdfJson = new(RdfNs + "JSON");
    private static readonly Iri RdfValue = new(RdfNs + "value");
    private static readonly Iri RdfLanguage = new(RdfNs + "language");
    private static readonly Iri RdfDirection = new(RdfNs + "direction");
    private const string I18nNs = "https://www.w3.org/ns/i18n#";

    private BlankNodeIssuer? _issuer;

    public IEnumerable<Quad> ToQuads(JArray expanded, CancellationToken cancellationToken = default)
    {
        var nodeMap = new NodeMap(new BlankNodeIssuer());
        nodeMap.Add(expanded);
        _issuer = nodeMap.Issuer;
        var quads = new List<Quad>();
        foreach (var graphName in Flattener.Keys(nodeMap.Graphs, options.Ordered))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Term? graph = null;
            if (graphName != "@default")
            {
                graph = ToResource(graphName);
                if (graph is null) continue;
            }
            var nodes = (JObject)nodeMap.Graphs[graphName]!;
            foreach (var subjectId in Flattener.Keys(nodes, options.Ordered))
            {
                var subject = ToResource(subjectId);
                if (subject is null) continue;
                var node = (JObject)nodes[subjectId]!;
                foreach (var property in Flattener.Keys(node, options.Ordered))
                {
                    if (property == "@type")
                    {
                        foreach (var type in JsonTree.AsArray(node[property]))
                        {
                            if (type is string t && ToResource(t) is { } typeTerm) quads.Add(new Quad(subject, Vocab.Rdf.Type, typeTerm, graph));
                        }
                        continue;
                    }
                    if (Keywords.IsKeyword(property)) continue;
                    if (Keywords.IsBlankNodeId(property) && !options.ProduceGeneralizedRdf) continue;
                    if (!Keywords.IsWellFormedIri(property)) continue;
                    var predicate = new Iri(property);
                    foreach (var item in JsonTree.AsArray(node[property]))
                    {
                        var extra = new List<(Term S, Iri P, Term O)>();
                        var obj = ObjectToRdf(item, extra);
                        if (obj is not null) quads.Add(new Quad(subject, predicate, obj, graph));
                        foreach (var (s, p, o) in extra) quads.Add(new Quad(s, p, o, graph));
                    }
                }
            }
        }
        return quads;
    }

    private Term? ToResource(string id)
    {
        if (Keywords.IsBlankNodeId(id)) return new BlankNode(blankNodePrefix + id[2..]);
        return Keywords.IsWellFormedIri(id) ? new Iri(id) : null;
    }

    private BlankNode NewBlankNode() => new(blankNodePrefix + _issuer!.Issue(null)[2..]);

    private Term? ObjectToRdf(object? item, List<(Term, Iri, Term)> extra)
    {
        if (item is not JObject obj) return null;
        if (obj.TryGetValue("@id", out var id) && !obj.ContainsKey("@value"))
        {
            return id is string s ? ToResource(s) : null;
        }
        if (obj.TryGetValue("@list", out var list)) return ListToRdf(JsonTree.AsArray(list), extra);
        if (!obj.TryGetValue("@value", out var value)) return null;

        var datatype = obj.GetValueOrDefault("@type") as string;
        if (datatype is not null && datatype != "@json" && !Keywords.IsWellFormedIri(datatype)) return null;
        if (obj.TryGetValue("@language", out var lang) && (lang is not string ls || !LanguageTag().IsMatch(ls))) return null;

        string lexical;
        if (datatype == "@json")
        {
            lexical = JsonCanonicalizer.Canonicalize(value);
            datatype = RdfJson.Value;
        }
        else if (value is bool b)
        {
            lexical = b ? "true" : "false";
            datatype ??= Vocab.Xsd.Boolean.Value;
        }
        else if (value is double d && (d % 1 != 0 || Math.Abs(d) >= 1e21 || datatype == Vocab.Xsd.Double.Value))
        {
            lexical = CanonicalDouble(d);
            datatype ??= Vocab.Xsd.Double.Value;
        }
        else if (value is double i)
        {
            lexical = i.ToString("F0", CultureInfo.InvariantCulture);
            if (lexical == "-0") lexical = "0";
            datatype ??= Vocab.Xsd.Integer.Value;
        }
        else if (value is string str)
        {
            lexical = str;
        }
        else
        {
            return null;
        }

        var language = lang as string;
        if (obj.TryGetValue("@direction", out var dirValue) && dirValue is string direction && options.RdfDirection is not null)
        {
            var lowered = language?.ToLowerInvariant() ?? "";
            if (options.RdfDirection == "i18n-datatype")
            {
                return Literal.Typed(lexical, new Iri(I18nNs + lowered + "_" + direction));
            }
            if (options.RdfDirection == "compound-literal")
            {
                var node = NewBlankNode();
                extra.Add((node, RdfValue, new Literal(lexical)));
                if (language is not null) extra.Add((node, RdfLanguage, new Literal(lowered)));
                extra.Add((node, RdfDirection, new Literal(direction)));
                return node;
            }
        }
        if (language is not null && datatype is null) return Literal.WithLanguage(lexical, language);
        if (datatype == Vocab.Rdf.LangString.Value)
            throw new JsonLdException(JsonLdError.InvalidTypedValue, $"a value typed {datatype} needs a language tag (use @language)");
        return datatype is null ? new Literal(lexical) : Literal.Typed(lexical, new Iri(datatype));
    }

    private Term ListToRdf(JArray list, List<(Term, Iri, Term)> extra)
    {
        if (list.Count == 0) return Vocab.Rdf.Nil;
        var nodes = list.Select(_ => NewBlankNode()).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var inner = new List<(Term, Iri, Term)>();
            var obj = ObjectToRdf(list[i], inner);
            if (obj is not null) extra.Add((nodes[i], Vocab.Rdf.First, obj));
            extra.AddRange(inner);
            extra.Add((nodes[i], Vocab.Rdf.Rest, i + 1 < nodes.Count ? nodes[i + 1] : Vocab.Rdf.Nil));
        }
        return nodes[0];
    }

    /// <summary>The canonical xsd:double form, as ECMAScript's toExponential(15) with trailing zeros trimmed: 1.1E1.</summary>
    public static string CanonicalDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "INF";
        if (double.IsNegativeInfinity(d)) return "-INF";
        var s = d.ToString("E15", CultureInfo.InvariantCulture);
        var e = s.IndexOf('E');
        var mantissa = s[..e].TrimEnd('0');
        if (mantissa.EndsWith('.')) mantissa += "0";
        var exponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
