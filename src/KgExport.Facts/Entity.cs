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
}

/// <summary>
/// A state, breakaway entity, region, person, organisation or channel mentioned in the article.
/// <paramref name="Wikidata"/> is a QID ("Q423") only where it is certain, else null.
/// </summary>
/// <param name="Platform">For a channel: the platform entity it lives on (e.g. Telegram).</param>
/// <param name="OperatedBy">For a channel: the entity that runs it. For an embassy: the entity it represents.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    string? Wikidata,
    IReadOnlyList<string> Aliases,
    string? Platform = null,
    string? OperatedBy = null);
