namespace KgExport.Extraction.Text;

/// <summary>Splits the read paragraphs of an article into sentences with exact offsets.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "st", "no", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "prof", "vs", "etc", "approx", "inc", "corp", "ltd", "jr", "sr",
    };

    public static List<Sentence> Split(string text, IEnumerable<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in paragraphs)
        {
            if (!paragraph.IsRead) continue;
            var tokens = Tokenizer.Tokenize(text, paragraph.Start, paragraph.End);
            var inQuote = false;
            var first = 0;
            var quoteFlags = new List<bool>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                var isQuoteMark = t.Text == "\"";
                if (isQuoteMark) inQuote = !inQuote;
                quoteFlags.Add(inQuote || isQuoteMark);
                if (!EndsSentence(tokens, i)) continue;
                var last = i;
                // a closing quotation mark right after the full stop belongs to this sentence
                if (inQuote && i + 1 < tokens.Count && tokens[i + 1].Text == "\"")
                {
                    last = i + 1;
                    inQuote = false;
                    quoteFlags.Add(true);
                    i++;
                }
                sentences.Add(Make(sentences.Count, tokens, first, last, quoteFlags));
                first = last + 1;
            }
            if (first < tokens.Count) sentences.Add(Make(sentences.Count, tokens, first, tokens.Count - 1, quoteFlags));
        }
        return sentences;
    }

    private static Sentence Make(int index, List<Token> tokens, int first, int last, List<bool> flags)
    {
        var slice = tokens.GetRange(first, last - first + 1);
        var quoted = flags.GetRange(first, last - first + 1).ToArray();
        return new Sentence(index, slice[0].Start, slice[^1].End, slice, quoted);
    }

    private static bool EndsSentence(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punctuation || t.Text is not ("." or "!" or "?")) return false;
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        if (t.Text == "." && i > 0)
        {
            var prev = tokens[i - 1];
            if (prev.End == t.Start && (Abbreviations.Contains(prev.Lower) || (prev.Text.Length == 1 && char.IsUpper(prev.Text[0])))) return false;
        }
        return next.IsCapitalised || next.Kind == TokenKind.Number || next.Text is "\"" or "(" or "[";
    }
}
