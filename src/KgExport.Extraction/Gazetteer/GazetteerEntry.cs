using KgExport.Facts;
namespace KgExport.Extraction.Gazetteer;

/// <summary>One entity the gazetteer knows, with its stable id (used in facts files) and Wikidata QID where certain.</summary>
public sealed record GazetteerEntry(string Id, string Name, EntityType Kind, string? Qid)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Adjectives and demonyms ("North Korean"), in the order <c>states.tsv</c> lists them.</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>Capitals and other seats of government used as metonyms ("Pyongyang", "the Kremlin"), as listed.</summary>
    public IReadOnlyList<string> Capitals { get; init; } = [];

    /// <summary>
    /// For a state news agency or a person: the state it speaks or acts for (KCNA -> north-korea, Putin -> russia). For a
    /// region: the breakaway entity proclaimed on it (Donetsk Oblast -> dpr).
    /// </summary>
    public string? Of { get; init; }

    /// <summary>True for entities that can recognise or be recognised: states and breakaway entities.</summary>
    public bool IsPolity => Kind is EntityType.State or EntityType.BreakawayEntity;
}
