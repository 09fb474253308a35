namespace KgExport.Facts;

/// <summary>
/// Two polities establishing, or restoring, diplomatic relations with each other. Neither side acts on the other,
/// so the pair is unordered: "A and B established relations" and "B established relations with A" are one act.
/// </summary>
/// <param name="Between">The two parties' entity ids, distinct, in the order the file gives them.</param>
/// <param name="Restoration">True when the text says the relations were restored after a break.</param>
public sealed record Establishment(IReadOnlyList<string> Between, FactDate? Date, bool Restoration = false) : Fact;
