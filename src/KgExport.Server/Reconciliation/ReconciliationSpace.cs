using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// Which identifiers a reconciliation service answers with. <see cref="Graph"/> (<c>/reconcile</c>): the export's own
/// IRIs, as their path under the minted namespace (<c>entity/russia</c>); every labelled resource there can be a
/// candidate. <see cref="Wikidata"/> (<c>/reconcile/wikidata</c>): the Wikidata items the export links with
/// <c>owl:sameAs</c> (<c>Q159</c>); only resources with such a link can be candidates. Both share the export's schema:
/// types are its classes and properties its predicates.
/// </summary>
internal sealed class ReconciliationSpace
{
    private ReconciliationSpace(string path, string name, bool wikidataIds)
    {
        Path = path;
        Name = name;
        WikidataIds = wikidataIds;
    }

    public static ReconciliationSpace Graph { get; } = new("/reconcile", "kgexport", wikidataIds: false);

    public static ReconciliationSpace Wikidata { get; } = new("/reconcile/wikidata", "kgexport (Wikidata items)", wikidataIds: true);

    public static IReadOnlyList<ReconciliationSpace> All { get; } = [Graph, Wikidata];

    /// <summary>The service endpoint's path; the preview is at <c>{Path}/preview</c>, entity suggestions at <c>{Path}/suggest/entity</c>.</summary>
    public string Path { get; }

    public string PreviewPath => Path + "/preview";

    /// <summary>The suggest service for entities (what a client offers while a name is typed).</summary>
    public string SuggestEntityPath => Path + "/suggest/entity";

    /// <summary>The name the manifest gives the service (after it, the server's base URL).</summary>
    public string Name { get; }

    public bool WikidataIds { get; }

    public string IdentifierSpace(ServerSettings settings) => WikidataIds ? Namespaces.Wd : settings.MintedNamespace;

    /// <summary>The candidate id of a resource, or null when it has none in this space.</summary>
    public string? IdOf(Iri iri, IReadOnlyList<string> qids, ServerSettings settings)
    {
        if (WikidataIds) return qids.Count > 0 ? qids[0] : null;
        return iri.Value.StartsWith(settings.MintedNamespace, StringComparison.Ordinal) && iri.Value.Length > settings.MintedNamespace.Length
            ? iri.Value[settings.MintedNamespace.Length..]
            : null;
    }

    /// <summary>
    /// The IRIs an id a client sends may stand for: a path under the minted namespace, an absolute IRI as it is, and a
    /// QID as its Wikidata entity IRI (matched against <c>owl:sameAs</c>).
    /// </summary>
    public static IEnumerable<string> IrisOf(string id, ServerSettings settings)
    {
        var text = id.Trim();
        if (text.Length == 0) yield break;
        if (WikidataItem.Qid(text) is { } qid) yield return Namespaces.Wd + qid;
        if (Uri.TryCreate(text, UriKind.Absolute, out _)) yield return text;
        else yield return settings.MintedNamespace + text;
    }
}
