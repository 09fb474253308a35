namespace KgExport.Sparql.Syntax;

internal enum TokenKind
{
    End,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Variable,
    String,
    Integer,
    Decimal,
    Double,
    LangTag,
    Word,
    Punct,
}

/// <summary>
/// One lexical token. <see cref="Text"/> is the decoded value: the IRI without brackets, the string without quotes
/// and escapes, the variable name without ? or $, the word as written, or the punctuation itself.
/// For prefixed names <see cref="Prefix"/> holds the part before the colon and Text the decoded local part.
/// <see cref="Index"/> is where the token starts in the text, in UTF-16 units.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Index, string? Prefix = null)
{
    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

    public bool IsWord(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.IriRef => $"<{Text}>",
        TokenKind.PrefixedName => $"{Prefix}:{Text}",
        TokenKind.Variable => $"?{Text}",
        TokenKind.String => $"\"{Text}\"",
        TokenKind.BlankNodeLabel => $"_:{Text}",
        TokenKind.LangTag => $"@{Text}",
        _ => $"'{Text}'",
    };
}
