namespace KgExport.Extraction.Text;

/// <summary>
/// A sentence with its tokens. <see cref="InQuote"/> marks tokens inside quotation marks: quoted words are
/// someone's speech, not the article's narration, so fact patterns do not fire on them.
/// </summary>
public sealed class Sentence
{
    public Sentence(int index, int start, int end, IReadOnlyList<Token> tokens, bool[] inQuote)
    {
        Index = index;
        Start = start;
        End = end;
        Tokens = tokens;
        InQuote = inQuote;
    }

    public int Index { get; }
    public int Start { get; }
    public int End { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<bool> InQuote { get; }

    public int Count => Tokens.Count;

    public Token this[int i] => Tokens[i];

    public string Lower(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    /// <summary>The date expressions of the sentence, found once (publication-date inference and extraction both need them).</summary>
    internal List<Dates.DateMention>? DateMentions { get; set; }
}
