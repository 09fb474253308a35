namespace KgExport.Facts;

/// <summary>
/// Everything reviewed about one article: the article itself, the entities it mentions, where its claims come
/// from, and the facts, each with evidence spans in the article text. The reviewable intermediate between text
/// and graph (<c>seeds/&lt;article&gt;.facts.json</c>). Entity, source and fact references are ids within the file.
/// </summary>
public sealed record ArticleFacts
{
    public required Article Article { get; init; }
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public IReadOnlyList<Role> Roles { get; init; } = [];
    public IReadOnlyList<Recognition> Recognitions { get; init; } = [];
    public IReadOnlyList<Severance> Severances { get; init; } = [];
    public IReadOnlyList<Establishment> Establishments { get; init; } = [];
    public IReadOnlyList<Annexation> Annexations { get; init; } = [];
    public IReadOnlyList<Stance> Stances { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Reviewer's notes on how facts were read from the text (e.g. how a year was resolved).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Every fact of the file, in file order: roles, recognitions, severances, establishments, annexations, stances, quotes.</summary>
    public IEnumerable<Fact> AllFacts =>
        Roles.Cast<Fact>().Concat(Recognitions).Concat(Severances).Concat(Establishments).Concat(Annexations).Concat(Stances).Concat(Quotes);

    public Entity? FindEntity(string id) => Entities.FirstOrDefault(e => e.Id == id);
}
