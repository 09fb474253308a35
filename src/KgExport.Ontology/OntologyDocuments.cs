using System.Reflection;
using System.Text;
using KgExport.Rdf.JsonLd;

namespace KgExport.Ontology;

/// <summary>
/// The documents built into the tool from the repository's <c>ontology/</c> and <c>shapes/</c>: the ontology, the JSON-LD
/// context, the SHACL shapes and the Wikibase map. They are what an installed <c>kgexport</c> uses when it is given no other.
/// </summary>
public static class OntologyDocuments
{
    private const string Prefix = "KgExport.Ontology.";
    private const string ShapesPrefix = Prefix + "shapes.";

    /// <summary>The IRI the project's JSON-LD context is published at.</summary>
    public const string ContextIri = "https://w3id.org/kgexport/context.jsonld";

    private static readonly Assembly Assembly = typeof(OntologyDocuments).Assembly;

    /// <summary>The IRI of the ontology (<c>owl:Ontology</c> in <c>ontology/kg.ttl</c>); its terms are in <see cref="Namespaces.Kg"/>.</summary>
    public const string OntologyIri = "https://w3id.org/kgexport/ontology";

    /// <summary><c>ontology/kg.ttl</c>: the classes and properties of the export, aligned to schema.org, PROV-O, SEM and Web Annotation.</summary>
    public static string OntologyTurtle { get; } = Read(Prefix + "kg.ttl");

    /// <summary><c>ontology/context.jsonld</c>.</summary>
    public static string ContextJson { get; } = Read(Prefix + "context.jsonld");

    /// <summary><c>ontology/wikibase-map.json</c>: Wikidata's properties and items for the facts.</summary>
    public static string WikibaseMapJson { get; } = Read(Prefix + "wikibase-map.json");

    /// <summary>Every <c>shapes/*.ttl</c>, by file name in ordinal order.</summary>
    public static IReadOnlyList<(string Name, string Turtle)> Shapes { get; } =
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ShapesPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ShapesPrefix.Length..], Read(n)))];

    /// <summary>A document loader that knows the project's context (never from the network unless <paramref name="allowRemote"/>).</summary>
    public static LocalDocumentLoader Loader(bool allowRemote = false) =>
        new LocalDocumentLoader { AllowRemote = allowRemote }.MapDocument(ContextIri, ContextJson);

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the build lost its embedded {name}");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }
}
