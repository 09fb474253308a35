namespace KgExport.Extraction.Text;

/// <summary>
/// A word, number or punctuation mark. <see cref="Start"/> and <see cref="End"/> (exclusive) are UTF-16 indexes
/// into the article's original text; <see cref="Text"/> is the slice with typographic apostrophes normalised.
/// </summary>
public sealed record Token(int Start, int End, string Text, TokenKind Kind)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string lower) => Lower == lower;
}
