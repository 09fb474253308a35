namespace KgExport.Extraction.Mentions;

/// <summary>
/// A span of tokens (inclusive) that refers to one or more entities. References start unresolved
/// (<see cref="Entities"/> empty) and are resolved against the discourse before patterns read them.
/// </summary>
public sealed class Mention(int first, int last, MentionKind kind)
{
    public int First { get; set; } = first;
    public int Last { get; set; } = last;
    public MentionKind Kind { get; } = kind;
    public List<string> Entities { get; init; } = [];

    /// <summary>For plural references with a number ("the two regions"): how many entities are meant.</summary>
    public int? Count { get; init; }

    /// <summary>For "the North" / "the South": the word that picks the entity ("North" -> North Korea).</summary>
    public string? Hint { get; init; }

    /// <summary>True when the entities came from coreference rather than a name in this span.</summary>
    public bool IsReference => Kind is MentionKind.PluralReference or MentionKind.SingularReference or MentionKind.Reciprocal;

    public override string ToString() => $"{Kind}[{First}..{Last}]({string.Join(",", Entities)})";
}
