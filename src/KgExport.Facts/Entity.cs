namespace KgExport.Facts;

/// <summary>What kind of thing an entity is; maps one-to-one to an ontology class.</summary>
public enum EntityType
{
    State,
    BreakawayEntity,
    Region,
    Person,
    Organisation,
    NewsAgency,
    Embassy,
    Platform,
    Channel,

    /// <summary>People the text names together without a membership ("some Donetsk citizens", "the West"): an actor of a stance, not a polity.</summary>
    Group,

    /// <summary>The government of a state or breakaway entity as a body that can be recognised ("the Taliban government").</summary>
    Government,
}

/// <summary>
/// A state, breakaway entity, region, person, organisation, government or channel mentioned in the article.
/// <paramref name="Wikidata"/> is a QID ("Q423") only where it is certain, else null.
/// </summary>
/// <param name="Platform">For a channel: the platform entity it lives on (e.g. Telegram).</param>
/// <param name="OperatedBy">For a channel: the entity that runs it. For an embassy: the entity it represents.</param>
/// <param name="GovernmentOf">For a government: the state or breakaway entity it governs (or claims to).</param>
/// <param name="CorpusWide">For a person or group without a QID: the name means the same one in every article (a named
/// official), so its node is shared; otherwise it is keyed per article, since every "Olga" is not one person.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    string? Wikidata,
    IReadOnlyList<string> Aliases,
    string? Platform = null,
    string? OperatedBy = null,
    string? GovernmentOf = null,
    bool CorpusWide = false)
{
    /// <summary>Whether a node without a QID is this article's own: a person or group not marked corpus-wide.</summary>
    public bool KeyedPerArticle => Wikidata is null && !CorpusWide && Type is EntityType.Person or EntityType.Group;
}
