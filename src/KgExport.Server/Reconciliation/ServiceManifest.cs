using System.Text.Json;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// The service manifest (Reconciliation Service API 0.2 §3): what a client reads on adding the service. Links are built
/// from the server's public base (<see cref="PublicUrls"/>), never from the Host header alone.
/// </summary>
internal static class ServiceManifest
{
    public const int PreviewWidth = 400;
    public const int PreviewHeight = 140;

    /// <summary>The classes the export gives entities, offered as default types.</summary>
    private static readonly Iri[] DefaultTypes =
    [
        Terms.Class.State, Terms.Class.BreakawayEntity, Terms.Class.Region, Terms.Class.Person, Terms.Class.Organisation,
        Terms.Class.NewsAgency, Terms.Class.Embassy, Terms.Class.Platform, Terms.Class.Channel,
    ];

    public static byte[] Write(ReconciliationSpace space, string baseUrl, ServerSettings settings, Dataset dataset)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("versions");
            w.WriteStringValue("0.2");
            w.WriteEndArray();
            w.WriteString("name", $"{space.Name} at {baseUrl}");
            w.WriteString("identifierSpace", space.IdentifierSpace(settings));
            w.WriteString("schemaSpace", Namespaces.Kg);
            w.WriteStartObject("view");
            w.WriteString("url", space.WikidataIds
                ? "https://www.wikidata.org/wiki/{{id}}"
                : baseUrl + "resource?iri=" + Uri.EscapeDataString(settings.MintedNamespace) + "{{id}}");
            w.WriteEndObject();
            w.WriteStartObject("preview");
            w.WriteString("url", baseUrl + space.PreviewPath.TrimStart('/') + "?id={{id}}");
            w.WriteNumber("width", PreviewWidth);
            w.WriteNumber("height", PreviewHeight);
            w.WriteEndObject();
            w.WriteStartObject("suggest");
            w.WriteStartObject("entity");
            w.WriteString("service_url", baseUrl.TrimEnd('/'));
            w.WriteString("service_path", space.SuggestEntityPath);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("defaultTypes");
            foreach (var type in DefaultTypes)
            {
                w.WriteStartObject();
                w.WriteString("id", CandidateFinder.TypeId(type));
                w.WriteString("name", CandidateFinder.TypeName(dataset, type));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
