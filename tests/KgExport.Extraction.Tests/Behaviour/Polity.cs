namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// How the suite may name one gazetteer entity: its names (with "the" where English needs one), and for states
/// also an adjective, capitals and known leaders. Every form here was checked to resolve to this entity alone.
/// </summary>
internal sealed record Polity(string Id, bool IsBreakaway, bool IsRegion, IReadOnlyList<string> Names, IReadOnlyList<string> Aliases)
{
    public IReadOnlyList<string> Adjectives { get; init; } = [];
    public IReadOnlyList<string> Capitals { get; init; } = [];

    /// <summary>People the gazetteer knows to act for this state (people.tsv), by full name or distinctive surname.</summary>
    public IReadOnlyList<string> Leaders { get; init; } = [];

    public string Name => Names[0];
}
