using KgExport.Rdf;

namespace KgExport.Ontology;

/// <summary>The namespaces an export uses, in the order they are declared in Turtle and TriG output.</summary>
public static class Namespaces
{
    public const string Kg = "https://w3id.org/kgexport/ontology#";
    public const string Id = "https://w3id.org/kgexport/id/";
    public const string Wd = "http://www.wikidata.org/entity/";
    public const string Rdf = Vocab.Rdf.Namespace;
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Xsd = Vocab.Xsd.Namespace;
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Oa = "http://www.w3.org/ns/oa#";

    /// <summary>The kinds of minted IRIs (<c>id/{kind}/…</c>); each is also a prefix in the output.</summary>
    public static readonly string[] Kinds =
        ["article", "graph", "entity", "source", "recognition", "severance", "establishment", "annexation", "stance", "quote", "role", "claim", "evidence", "span", "selector", "run", "input", "tool"];

    public static PrefixMap Prefixes() => new(
    [
        new("kg", Kg),
        .. Kinds.Select(kind => new KeyValuePair<string, string>(kind, Id + kind + "/")),
        new("wd", Wd),
        new("rdf", Rdf),
        new("rdfs", Rdfs),
        new("xsd", Xsd),
        new("owl", Owl),
        new("skos", Skos),
        new("prov", Prov),
        new("oa", Oa),
    ]);
}
