namespace KgExport.Extraction.Gazetteer;

/// <summary>What kind of thing a named entity is (mirrors the facts format's entity types).</summary>
public enum EntityKind
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
