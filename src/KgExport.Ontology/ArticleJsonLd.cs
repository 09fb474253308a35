using KgExport.Rdf.JsonLd;

namespace KgExport.Ontology;

/// <summary>
/// JSON-LD as KgExport writes its own graphs (export, the server): compacted with the project's context, inline or
/// referenced by URL, and framed article by article (each article with the claims derived from it, and the facts they are about, nested beneath it).
/// </summary>
public static class ArticleJsonLd
{
    /// <summary>
    /// Every article at the top, the nodes that <c>prov:wasDerivedFrom</c> it (its claims, matched by any type) beneath
    /// it. Each evidence annotation, of a claim or of a source the claim is according to, has its target and selectors
    /// embedded every time (<c>@always</c>), not only at a span's first use, so that every annotation reads on its own as
    /// a Web Annotation; its body, the claim or source it sits under, stays a reference.
    /// </summary>
    private const string ArticleFrame =
        $$$"""
        {
          "@type": ["{{{Namespaces.Kg}}}Article"],
          "@reverse": {"{{{Namespaces.Prov}}}wasDerivedFrom": [{
            "@type": {},
            "{{{Namespaces.Kg}}}evidence": {{{EvidenceFrame}}},
            "{{{Namespaces.Kg}}}accordingTo": {"@omitDefault": true, "@type": {}, "{{{Namespaces.Kg}}}evidence": {{{EvidenceFrame}}}}
          }]}
        }
        """;

    private const string EvidenceFrame = """{"@omitDefault": true, "@embed": "@always"}""";

    /// <summary>
    /// The writer settings: the project's context inline, or <paramref name="contextUrl"/> referenced (and loaded,
    /// from the network only when <paramref name="allowRemote"/>); the article frame for <see cref="JsonLdForm.Framed"/>.
    /// </summary>
    public static JsonLdWriterSettings Settings(JsonLdForm form = JsonLdForm.Compacted, string? contextUrl = null, bool allowRemote = false) => new()
    {
        Form = form,
        ContextUrl = contextUrl,
        Context = contextUrl is null ? JsonTree.Parse(OntologyDocuments.ContextJson, OntologyDocuments.ContextIri) : null,
        Frame = JsonTree.Parse(ArticleFrame, "article frame"),
        DocumentLoader = OntologyDocuments.Loader(allowRemote),
    };
}
