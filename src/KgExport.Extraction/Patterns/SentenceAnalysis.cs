using KgExport.Extraction.Dates;
using KgExport.Extraction.Mentions;
using KgExport.Extraction.Text;

namespace KgExport.Extraction.Patterns;

/// <summary>A sentence with its mentions, dates and clauses, as the fact patterns read it.</summary>
public sealed class SentenceAnalysis
{
    private readonly Mention?[] _startingAt;
    private readonly Mention?[] _endingAt;

    public SentenceAnalysis(string text, Sentence sentence, List<Mention> mentions, List<DateMention> dates)
    {
        Text = text;
        Sentence = sentence;
        Mentions = mentions;
        Dates = dates;
        _startingAt = new Mention?[sentence.Count];
        _endingAt = new Mention?[sentence.Count];
        Reindex();
        ClauseOf = Clauses.Split(sentence);
    }

    /// <summary>The whole article text the sentence's offsets point into.</summary>
    public string Text { get; }

    public Sentence Sentence { get; }
    public List<Mention> Mentions { get; }
    public List<DateMention> Dates { get; }

    /// <summary>Clause number of each token (clauses split at ";", ", and", ", while", ", after which", ...).</summary>
    public int[] ClauseOf { get; }

    public int Count => Sentence.Count;

    public string Lower(int i) => Sentence.Lower(i);

    public Token this[int i] => Sentence[i];

    public void Reindex()
    {
        Array.Clear(_startingAt);
        Array.Clear(_endingAt);
        foreach (var m in Mentions)
        {
            _startingAt[m.First] ??= m;
            _endingAt[m.Last] ??= m;
        }
    }

    public Mention? StartingAt(int i) => i >= 0 && i < _startingAt.Length ? _startingAt[i] : null;

    public Mention? EndingAt(int i) => i >= 0 && i < _endingAt.Length ? _endingAt[i] : null;

    public DateMention? DateEndingAt(int i) => Dates.FirstOrDefault(d => d.Last == i);

    public bool IsQuoted(int i) => Sentence.InQuote[i];

    /// <summary>The first and last token of the clause holding token <paramref name="i"/>.</summary>
    public (int First, int Last) ClauseRange(int i)
    {
        var c = ClauseOf[i];
        var first = i;
        while (first > 0 && ClauseOf[first - 1] == c) first--;
        var last = i;
        while (last + 1 < Count && ClauseOf[last + 1] == c) last++;
        return (first, last);
    }

    /// <summary>UTF-16 span from token <paramref name="first"/> to <paramref name="last"/>, dropping trailing punctuation.</summary>
    public (int Start, int End) Span(int first, int last)
    {
        while (last > first && Sentence[last].Kind == TokenKind.Punctuation && Sentence[last].Text is "." or "," or ";" or ":") last--;
        return (Sentence[first].Start, Sentence[last].End);
    }
}
