using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Server.LinkedData;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// A resource a query can find: anything with an <c>rdfs:label</c> (the export gives one to every entity), its
/// <c>skos:altLabel</c> aliases, types and the Wikidata items it is <c>owl:sameAs</c>.
/// </summary>
internal sealed record ReconcilableEntity(Iri Iri, string Name, IReadOnlyList<NameKey> Labels, IReadOnlyList<string> Aliases, IReadOnlyList<NameKey> AliasKeys, IReadOnlyList<Iri> Types, IReadOnlyList<string> Qids)
{
    /// <summary>Every labelled IRI of the dataset, in IRI order (so answers do not depend on how the data was loaded).</summary>
    public static List<ReconcilableEntity> All(Dataset dataset, BatchDeadline deadline)
    {
        var subjects = StoreLookups.AllGraphs(dataset, null, Terms.Label, null).Select(q => q.Subject).OfType<Iri>()
            .Distinct().OrderBy(i => i.Value, StringComparer.Ordinal).ToList();
        var entities = new List<ReconcilableEntity>(subjects.Count);
        foreach (var iri in subjects)
        {
            deadline.Check();
            entities.Add(Of(dataset, iri));
        }
        return entities;
    }

    public static ReconcilableEntity Of(Dataset dataset, Iri iri)
    {
        var labels = StoreLookups.Objects(dataset, iri, Terms.Label).OfType<Literal>().Select(l => l.LexicalForm).Distinct().Order(StringComparer.Ordinal);
        var aliases = StoreLookups.Objects(dataset, iri, Terms.AltLabel).OfType<Literal>().Select(l => l.LexicalForm).Distinct().Order(StringComparer.Ordinal).ToList();
        var types = StoreLookups.Objects(dataset, iri, Terms.Type).OfType<Iri>().OrderBy(t => t.Value, StringComparer.Ordinal).ToList();
        var qids = StoreLookups.Objects(dataset, iri, Terms.SameAs).Select(WikidataItem.Qid).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return new ReconcilableEntity(iri, StoreLookups.NameOf(dataset, iri), [.. labels.Select(NameKey.Of)], aliases, [.. aliases.Select(NameKey.Of)], types, qids);
    }
}
