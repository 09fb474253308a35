using System.Text.RegularExpressions;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Server.Reconciliation;

/// <summary>Wikidata item ids: <c>Q159</c>, or the entity IRI <c>http://www.wikidata.org/entity/Q159</c> an export links with owl:sameAs.</summary>
internal static partial class WikidataItem
{
    /// <summary>The QID a text or entity IRI names, or null.</summary>
    public static string? Qid(string text)
    {
        var local = text.StartsWith(Namespaces.Wd, StringComparison.Ordinal) ? text[Namespaces.Wd.Length..] : text;
        return ItemId().IsMatch(local) ? local : null;
    }

    public static string? Qid(Term term) => term is Iri iri && iri.Value.StartsWith(Namespaces.Wd, StringComparison.Ordinal) ? Qid(iri.Value) : null;

    [GeneratedRegex("^Q[1-9][0-9]{0,18}$")]
    private static partial Regex ItemId();
}
