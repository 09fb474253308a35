namespace KgExport.Publishing.QuickStatements;

/// <summary>A qualifier or reference part of a statement: a property and a value in QuickStatements V1 syntax.</summary>
public sealed record Snak(string Property, string Value);

/// <summary>
/// One statement: property, value (V1 syntax), qualifiers and the reference (sources) that supports it.
/// <paramref name="Summary"/> is the edit summary QuickStatements puts on the edit (the article it came from).
/// </summary>
public sealed record Statement(string Property, string Value, IReadOnlyList<Snak> Qualifiers, IReadOnlyList<Snak> Sources, string? Summary = null)
{
    /// <summary>What makes two statements the same claim (the reference is not part of it).</summary>
    public string Key => Property + "\t" + Value + "\t" + string.Join("\t", Qualifiers.Select(q => q.Property + "\t" + q.Value));

    /// <summary>What makes two statement lines the same edit: the claim and its reference.</summary>
    public string LineKey => Key + "\n" + string.Join("\t", Sources.Select(s => s.Property + "\t" + s.Value));
}

/// <summary>
/// Edits to one item: an existing item (<see cref="Item"/> a QID) or a new one (<see cref="Item"/> null: CREATE,
/// then LAST). Labels and aliases are plain text by language. <paramref name="Summary"/> is the edit summary of the
/// CREATE, label and alias commands.
/// </summary>
public sealed record ItemEdit(
    string? Item,
    IReadOnlyList<(string Language, string Text)> Labels,
    IReadOnlyList<(string Language, string Text)> Aliases,
    IReadOnlyList<Statement> Statements,
    string? Summary = null)
{
    public string Key => (Item ?? "CREATE") + "\n" + string.Join("\n", Labels.Select(l => "L" + l.Language + l.Text))
        + "\n" + string.Join("\n", Statements.Select(s => s.Key));
}

/// <summary>A QuickStatements batch: the edits in order, the articles they came from, and what was left out and why.</summary>
public sealed record Batch(IReadOnlyList<ItemEdit> Edits, IReadOnlyList<string> SourceArticles, IReadOnlyList<string> Unresolved);
