using System.Text.RegularExpressions;

namespace KgExport.Publishing.Reconciliation;

/// <summary>Item ids as reconciliation sources give them: <c>Q7835</c> or <c>http://www.wikidata.org/entity/Q7835</c>.</summary>
public static partial class WikidataIds
{
    public const string EntityNamespace = "http://www.wikidata.org/entity/";

    /// <summary>The QID of an id or entity IRI, or null when it names no item.</summary>
    public static string? Qid(string id)
    {
        var local = id.StartsWith(EntityNamespace, StringComparison.Ordinal) || id.StartsWith("https://www.wikidata.org/entity/", StringComparison.Ordinal)
            ? id[(id.LastIndexOf('/') + 1)..]
            : id;
        return ItemId().IsMatch(local) ? local : null;
    }

    /// <summary>Names compared as people read them: case, surrounding and repeated spaces ignored.</summary>
    public static string Normalise(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex ItemId();
}
