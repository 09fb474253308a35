namespace KgExport.Publishing.QuickStatements;

/// <summary>A qualifier or reference part of a statement: a property and a value in QuickStatements V1 syntax.</summary>
public sealed record Snak(string Property, string Value);

/// <summary>One statement: property, value (V1 syntax), qualifiers and the reference (sources) that supports it.</summary>
public sealed record Statement(string Property, string Value, IReadOnlyList<Snak> Qualifiers, IReadOnlyList<Snak> Sources)
{
    /// <summary>What makes two statements the same edit (the reference is not part of it).</summary>
    public string Key => Property + "\t" + Value + "\t" + string.Join("\t", Qualifiers.Select(q => q.Property + "\t" + q.Value));
}

/// <summary>
/// Edits to one item: an existing item (<see cref="Item"/> a QID) or a new one (<see cref="Item"/> null: CREATE,
/// then LAST). Labels and aliases are plain text by language.
/// </summary>
public sealed record ItemEdit(
    string? Item,
    IReadOnlyList<(string Language, string Text)> Labels,
    IReadOnlyList<(string Language, string Text)> Aliases,
    IReadOnlyList<Statement> Statements)
{
    public string Key => (Item ?? "CREATE") + "\n" + string.Join("\n", Labels.Select(l => "L" + l.Language + l.Text))
        + "\n" + string.Join("\n", Statements.Select(s => s.Key));
}

/// <summary>A QuickStatements batch: the edits in order, the articles they came from, and what was left out and why.</summary>
public sealed record Batch(IReadOnlyList<ItemEdit> Edits, IReadOnlyList<string> SourceArticles, IReadOnlyList<string> Unresolved);
