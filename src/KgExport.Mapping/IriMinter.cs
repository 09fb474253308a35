using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>
/// Mints instance IRIs under <c>https://w3id.org/kgexport/id/</c> from normalised keys, so the same thing gets
/// the same IRI on every run and from every article that reports it.
/// <list type="bullet">
/// <item>Entity: <c>entity/Q423</c> when the Wikidata QID is known, else <c>entity/{type}.{slug(name)}</c>
/// (<c>entity/person.denis-pushilin</c>). The entity key is the part after <c>entity/</c>.</item>
/// <item>Recognition act: <c>recognition/{recogniser}_{recognised}_{kind}_{date|undated}</c>.</item>
/// <item>Severance: <c>severance/{by}_{with}_{date|undated}</c>; annexation: <c>annexation/{annexer}_{annexed}_{date|undated}</c>.</item>
/// <item>Establishment of relations: <c>establishment/{a}_{b}_{date|undated}</c>, a and b the two parties' keys in ordinal
/// order, so that an article saying "A and B" and one saying "B and A" meet on one node.</item>
/// <item>Role: <c>role/{person}_{kind}_{of}[_{to}]</c>.</item>
/// <item>Stance: <c>stance/{actor}_{position}_{h}</c>, h = hash of the sorted target IRIs; quote: <c>quote/{speaker}_{h}</c>,
/// h = hash of the whitespace-normalised text. (h: the first 12 hex digits of SHA-256 of the UTF-8 key.)</item>
/// <item>Article-local things: <c>article/{id}</c>, its graph <c>graph/{id}</c>, its sources <c>source/{id}.{sourceId}</c>,
/// text spans <c>span/{id}.{start}-{end}</c> with selectors <c>selector/{id}.{start}-{end}.quote</c> and <c>….position</c>,
/// and evidence annotations <c>evidence/{id}.{h}</c>, h = hash of fact IRI and span.
/// The run that made the graph: <c>run/{id}.{h}</c>, h = hash of tool version and input hashes; its inputs
/// <c>input/{id}.{sha256 prefix}</c> (content-addressed, so a changed file is another node); the tool
/// <c>tool/kgexport-{version}</c>. One path segment after the kind,
/// so that every IRI abbreviates to a prefixed name (<c>recognition:Q423_Q16150196_state_2022-07-13</c>).</item>
/// </list>
/// slug: Latin letters folded to ASCII (accents dropped, full-width forms narrowed), apostrophes dropped, lower-cased,
/// runs of other characters than a-z and 0-9 replaced by one '-'; a name with no such letter gets "_" + hash. Dates are written at their precision (2014, 2022-07, 2022-07-13).
/// </summary>
public static class IriMinter
{
    public static Iri Of(string path) => new(Namespaces.Id + path);

    public static string EntityKey(Entity e) =>
        e.Wikidata ?? $"{FactsNames.Of(e.Type)}.{Slug(e.Name)}";

    public static Iri Entity(Entity e) => Of("entity/" + EntityKey(e));

    public static Iri Article(string articleId) => Of("article/" + Segment(articleId));

    public static Iri Graph(string articleId) => Of("graph/" + Segment(articleId));

    public static Iri Source(string articleId, string sourceId) => Of($"source/{Segment(articleId)}.{Segment(sourceId)}");

    public static Iri Span(string articleId, int start, int end) =>
        Of(string.Create(CultureInfo.InvariantCulture, $"span/{Segment(articleId)}.{start}-{end}"));

    /// <summary>The TextQuoteSelector ("quote") or TextPositionSelector ("position") of a span.</summary>
    public static Iri Selector(string articleId, int start, int end, string kind) =>
        Of(string.Create(CultureInfo.InvariantCulture, $"selector/{Segment(articleId)}.{start}-{end}.{kind}"));

    public static Iri Evidence(string articleId, Iri fact, Iri span) =>
        Of($"evidence/{Segment(articleId)}.{Hash(fact.Value + " " + span.Value)}");

    public static Iri Run(string articleId, ExportRun run) =>
        Of($"run/{Segment(articleId)}.{Hash(run.ToolVersion + " " + run.Article.Sha256 + " " + (run.Facts?.Sha256 ?? "extracted"))}");

    public static Iri Input(string articleId, InputFile file) => Of($"input/{Segment(articleId)}.{file.Sha256[..16]}");

    public static Iri Tool(string version) => Of("tool/kgexport-" + Segment(version));

    public static Iri Recognition(string recogniser, string recognised, RecognitionKind kind, FactDate? date) =>
        Of($"recognition/{recogniser}_{recognised}_{kind.Name}_{DateKey(date)}");

    public static Iri Severance(string by, string with, FactDate? date) => Of($"severance/{by}_{with}_{DateKey(date)}");

    /// <summary>The parties in either order give the same IRI.</summary>
    public static Iri Establishment(string party, string otherParty, FactDate? date)
    {
        var (a, b) = string.CompareOrdinal(party, otherParty) <= 0 ? (party, otherParty) : (otherParty, party);
        return Of($"establishment/{a}_{b}_{DateKey(date)}");
    }

    public static Iri Annexation(string annexer, string annexed, FactDate? date) => Of($"annexation/{annexer}_{annexed}_{DateKey(date)}");

    public static Iri Role(string person, RoleKind kind, string of, string? to) =>
        Of($"role/{person}_{FactsNames.Of(kind)}_{of}" + (to is null ? "" : "_" + to));

    public static Iri Stance(string actor, StancePosition position, IEnumerable<Iri> targets) =>
        Of($"stance/{actor}_{FactsNames.Of(position)}_{Hash(string.Join(" ", targets.Select(t => t.Value).Order(StringComparer.Ordinal)))}");

    public static Iri Quote(string speaker, string text) =>
        Of($"quote/{speaker}_{Hash(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))}");

    /// <summary>The name's slug (<see cref="Slugs.Of"/>), or a hash of it when nothing is left.</summary>
    public static string Slug(string name)
    {
        var slug = Slugs.Of(name);
        return slug.Length > 0 ? slug : "_" + Hash(name);
    }

    private static string DateKey(FactDate? date) => date?.ToString() ?? "undated";

    /// <summary>An id from a facts file as an IRI path segment (unreserved characters kept, others percent-encoded).</summary>
    private static string Segment(string id) => Uri.EscapeDataString(id);

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
