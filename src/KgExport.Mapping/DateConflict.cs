using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>One claim's date for a fact: the article that gives it and the date as written.</summary>
public sealed record ClaimedDate(string Article, string Date, DateOnly Earliest, DateOnly Latest);

/// <summary>
/// A fact whose claims give dates that cannot all be true: some two of them name day ranges that do not overlap
/// ("2022-07-13" and "2022-07-12"; not "2022" and "2022-07-13", which is a refinement). The claims stay apart in
/// the graph; the export warns.
/// </summary>
public sealed record DateConflict(Iri Fact, IReadOnlyList<ClaimedDate> Dates)
{
    /// <summary>One line: the fact and every claimed date with its article, earliest first.</summary>
    public string Message(PrefixMap prefixes) =>
        $"conflicting dates for {Shorten(prefixes, Fact)}: " +
        string.Join(", ", Dates.Select(d => $"{d.Date} (article {d.Article})")) +
        "; kept as separate claims (if these are two acts, give the later one \"occurrence\": 2)";

    private static string Shorten(PrefixMap prefixes, Iri iri) =>
        prefixes.Entries.Where(p => iri.Value.StartsWith(p.Value, StringComparison.Ordinal) && iri.Value.Length > p.Value.Length)
            .OrderByDescending(p => p.Value.Length).Select(p => p.Key + ":" + iri.Value[p.Value.Length..]).FirstOrDefault() ?? "<" + iri.Value + ">";
}
