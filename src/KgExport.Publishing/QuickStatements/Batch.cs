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

/// <summary>
/// A fact whose statements were kept out of the batch for a person to look at: <paramref name="Reason"/> says why
/// (it was extracted, not reviewed; its reference would name no source; a text cannot be written; it may be an
/// existing item).
/// </summary>
public sealed record HeldFact(string Article, string Fact, string Reason)
{
    public string Line => string.Join("\t", new[] { Article, Fact, Reason }.Select(f => string.Concat(f.Select(c => char.IsControl(c) ? ' ' : c))));
}

/// <summary>
/// A QuickStatements batch: the edits in order, the articles they came from, what was left out of a statement or
/// incomplete and why (<see cref="Unresolved"/>), and the facts held back whole for review (<see cref="Held"/>).
/// </summary>
public sealed record Batch(IReadOnlyList<ItemEdit> Edits, IReadOnlyList<string> SourceArticles, IReadOnlyList<string> Unresolved, IReadOnlyList<HeldFact> Held)
{
    /// <summary>The review file: a header, then one TAB-separated line per held fact (article, fact, reason).</summary>
    public string ReviewText() => "article\tfact\treason\n" + string.Concat(Held.Select(h => h.Line + "\n"));
}
