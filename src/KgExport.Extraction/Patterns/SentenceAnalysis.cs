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
        _statementEnd = StatementEnd(sentence);
        _statementStart = StatementStart(sentence);
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

    /// <summary>The date of a phrase "in March" / "on 14 January 1992" whose preposition is at <paramref name="k"/>, or null.</summary>
    public DateMention? DatedPhraseAt(int k) =>
        Lower(k) is "in" or "on" ? Dates.FirstOrDefault(d => d.First == k + 1) : null;

    /// <summary>Whether token <paramref name="k"/> is part of a date expression.</summary>
    public bool IsInDate(int k) => Dates.Any(d => d.First <= k && k <= d.Last);

    /// <summary>
    /// The token before a date that ends at <paramref name="k"/> and before its "on"/"in" ("announced on 30 September
    /// the annexation": "announced"), or <paramref name="k"/> itself when no date ends there.
    /// </summary>
    public int BeforeDate(int k)
    {
        if (DateEndingAt(k) is not { } d) return k;
        return Lower(d.First - 1) is "on" or "in" ? d.First - 2 : d.First - 1;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is quoted. A sentence that is a quoted statement with its attribution
    /// ("“Estonia declares the severance of relations with Chad,” the ministry stated") reports what the speaker
    /// says it does, so its words count as the text's own.
    /// </summary>
    public bool IsQuoted(int i) => Sentence.InQuote[i] && !(i < _statementEnd) && !(_statementStart >= 0 && i >= _statementStart);

    private int _statementEnd = -1;

    /// <summary>
    /// Makes the quoted words before token <paramref name="end"/> count as the text's own: part of a statement quoted
    /// over several sentences whose attribution follows its last one (see <see cref="StatementEnd"/>).
    /// </summary>
    public void AttributeQuoteUpTo(int end) => _statementEnd = end;

    /// <summary>Whether the sentence ends inside a quotation that goes on in the next sentence.</summary>
    public bool EndsInsideQuote => Count > 0 && Sentence.InQuote[Count - 1] && Sentence[Count - 1].Text != "\"";

    /// <summary>
    /// The closing quotation mark of a quotation that runs on from the sentence before and is followed here by its
    /// attribution ("... I urge all partners to do the same,” Kuleba wrote"), or -1.
    /// </summary>
    public int ContinuedQuoteEnd()
    {
        if (Count < 3 || !Sentence.InQuote[0] || Sentence[0].Text == "\"") return -1;
        var close = 0;
        while (close < Count && Sentence.InQuote[close] && Sentence[close].Text != "\"") close++;
        if (close >= Count - 1) return -1;
        for (var k = close + 1; k < Math.Min(Count, close + 8); k++)
        {
            if (ReportingVerbs.Contains(Lower(k))) return close;
        }
        return -1;
    }

    /// <summary>The opening quotation mark of a statement quote that an attribution before it introduces and that runs to the sentence's end, or -1.</summary>
    private readonly int _statementStart = -1;

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "stated", "states", "added", "announced", "announces", "declared", "wrote", "told", "noted", "confirmed", "saying", "quoted",
    };

    /// <summary>
    /// "The Foreign Secretary said: “The UK now recognises ...”", "Mr Hague said, “...”": a quotation that a reporting verb
    /// (and a colon or comma) introduces and that runs to the end of the sentence is the speaker's statement, read as the
    /// text's own like <see cref="StatementEnd"/>. The first quotation mark, or -1.
    /// </summary>
    private static int StatementStart(Sentence s)
    {
        var open = 0;
        while (open < s.Count && !s.InQuote[open]) open++;
        if (open < 2 || open >= s.Count - 2) return -1;
        for (var k = open; k < s.Count; k++)
        {
            if (!s.InQuote[k] && s[k].Kind != TokenKind.Punctuation) return -1; // the quotation closes before the sentence ends
        }
        var before = s.Lower(open - 1) is ":" or "," ? open - 2 : open - 1;
        return ReportingVerbs.Contains(s.Lower(before)) ? open : -1;
    }

    /// <summary>The closing quotation mark of a statement quote opening the sentence and followed by its attribution, or -1.</summary>
    private static int StatementEnd(Sentence s)
    {
        if (s.Count < 4 || s[0].Kind != TokenKind.Punctuation || !s.InQuote[1]) return -1;
        var close = 1;
        while (close < s.Count && s.InQuote[close]) close++;
        if (close >= s.Count - 2) return -1;
        for (var k = close; k < Math.Min(s.Count, close + 8); k++)
        {
            if (ReportingVerbs.Contains(s.Lower(k))) return close;
        }
        return -1;
    }

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
