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
/// (<c>entity/channel.denis-pushilins-telegram-channel</c>); a person or group without a QID that the facts do not
/// mark corpus-wide is the article's own, <c>entity/{type}.{slug(name)}.{article id}</c> (every "Olga" is not one
/// person). The entity key is the part after <c>entity/</c>.</item>
/// <item>Events and the other facts key their participants by the participant key: the name's slug
/// (<c>north-korea</c>), with <c>.{article id}</c> for an entity keyed per article; not the QID, so that a QID found
/// later does not move the event, and not the type, which sources disagree on.</item>
/// <item>Recognition act: <c>recognition/{recogniser}_{recognised}_{kind}_{occurrence}</c>, occurrence 1 unless the facts
/// say the same parties did it again: no date, so a refined or added date keeps the event.</item>
/// <item>Severance: <c>severance/{by}_{with}_{occurrence}</c>; annexation: <c>annexation/{annexer}_{annexed}_{occurrence}</c>.</item>
/// <item>Establishment of relations: <c>establishment/{a}_{b}_{occurrence}</c>, a and b the two parties' keys in ordinal
/// order, so that an article saying "A and B" and one saying "B and A" meet on one node.</item>
/// <item>Claim, what one article asserts about a fact: <c>claim/{article id}.{fact id}</c>, or
/// <c>claim/{article id}.extracted.{fact id}</c> for a fact the extractor read and nobody reviewed.</item>
/// <item>Role: <c>role/{person}_{kind}_{of}[_{to}]</c>.</item>
/// <item>Stance: <c>stance/{actor}_{position}_{h}</c>, h = hash of the sorted target IRIs; quote: <c>quote/{speaker}_{h}</c>,
/// h = hash of the whitespace-normalised text. (h: the first 12 hex digits of SHA-256 of the UTF-8 key.)</item>
/// <item>Article-local things: <c>article/{id}</c>, its graph <c>graph/{id}</c>, its sources <c>source/{id}.{sourceId}</c>,
/// text spans <c>span/{id}.{start}-{end}</c> with selectors <c>selector/{id}.{start}-{end}.quote</c> and <c>….position</c>,
/// and evidence annotations <c>evidence/{id}.{h}</c>, h = hash of fact IRI and span.
/// The run that made the graph: <c>run/{id}.{h}</c>, h = hash of tool version and input hashes; its inputs
/// <c>input/{id}.{sha256 prefix}</c> (content-addressed, so a changed file is another node); the tool
/// <c>tool/kgexport-{version}</c>. One path segment after the kind,
/// so that every IRI abbreviates to a prefixed name (<c>recognition:north-korea_donetsk-peoples-republic_state_1</c>).</item>
/// </list>
/// slug: Latin letters folded to ASCII (accents dropped, full-width forms narrowed), apostrophes dropped, lower-cased,
/// runs of other characters than a-z and 0-9 replaced by one '-'; a name with no such letter gets "_" + hash. Dates are written at their precision (2014, 2022-07, 2022-07-13).
/// </summary>
public static class IriMinter
{
    public static Iri Of(string path) => new(Namespaces.Id + path);

    public static string EntityKey(Entity e, string articleId) =>
        e.Wikidata ?? $"{FactsNames.Of(e.Type)}.{Slug(e.Name)}" + (e.KeyedPerArticle ? "." + Segment(articleId) : "");

    public static Iri Entity(Entity e, string articleId) => Of("entity/" + EntityKey(e, articleId));

    /// <summary>How an event or other fact names a participant in its IRI: stable when a QID is added or the type revised.</summary>
    public static string ParticipantKey(Entity e, string articleId) =>
        Slug(e.Name) + (e.KeyedPerArticle ? "." + Segment(articleId) : "");

    /// <summary>
    /// An article's claim about a fact; an extracted one is <c>claim/{article}.extracted.{fact id}</c>, so that it never
    /// shares a node with the reviewed claim a reviewer later makes of the same fact.
    /// </summary>
    public static Iri Claim(string articleId, string factId, ReviewStatus review = ReviewStatus.Reviewed) =>
        Of($"claim/{Segment(articleId)}.{(review == ReviewStatus.Extracted ? "extracted." : "")}{Segment(factId)}");

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

    public static Iri Recognition(string recogniser, string recognised, RecognitionKind kind, int? occurrence) =>
        Of($"recognition/{recogniser}_{recognised}_{kind.Name}_{OccurrenceKey(occurrence)}");

    public static Iri Severance(string by, string with, int? occurrence) => Of($"severance/{by}_{with}_{OccurrenceKey(occurrence)}");

    /// <summary>The parties in either order give the same IRI.</summary>
    public static Iri Establishment(string party, string otherParty, int? occurrence)
    {
        var (a, b) = string.CompareOrdinal(party, otherParty) <= 0 ? (party, otherParty) : (otherParty, party);
        return Of($"establishment/{a}_{b}_{OccurrenceKey(occurrence)}");
    }

    public static Iri Annexation(string annexer, string annexed, int? occurrence) => Of($"annexation/{annexer}_{annexed}_{OccurrenceKey(occurrence)}");

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

    private static string OccurrenceKey(int? occurrence) => (occurrence ?? 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>An id from a facts file as an IRI path segment (unreserved characters kept, others percent-encoded).</summary>
    private static string Segment(string id) => Uri.EscapeDataString(id);

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
