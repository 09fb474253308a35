namespace KgExport.Extraction.Text;

/// <summary>
/// Splits text into tokens with exact offsets. Words keep inner hyphens and apostrophes ("Russian-backed",
/// "Hong-chol"), except that a possessive "'s" is its own token so "Russia's" yields "Russia" + "'s".
/// Dotted abbreviations ("U.S.", "Feb.") stay one token. Citation marks ("[12]") are skipped.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, tokens);
                continue;
            }
            if (char.IsDigit(c))
            {
                var j = i;
                while (j < end && (char.IsDigit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < end && char.IsDigit(text[j + 1]) && j > i))) j++;
                // "1990s", "3rd", "21st"
                while (j < end && char.IsLetter(text[j])) j++;
                tokens.Add(new Token(i, j, text[i..j], TokenKind.Number));
                i = j;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                tokens.Add(new Token(i, i + 2, "'s", TokenKind.Word));
                i += 2;
                continue;
            }
            // an encyclopedia's citation mark ("[12]", "[a]", "[citation needed]") is no part of the sentence
            if (c == '[' && CitationEnd(text, i, end) is var close and > 0)
            {
                i = close;
                continue;
            }
            // "--" and "..." as single marks; a surrogate pair (an emoji) as one
            var k = i + 1;
            if (char.IsHighSurrogate(c) && k < end && char.IsLowSurrogate(text[k])) k++;
            if ((c == '-' || c == '.') && k < end && text[k] == c)
            {
                while (k < end && text[k] == c) k++;
            }
            tokens.Add(new Token(i, k, Normalise(text[i..k]), TokenKind.Punctuation));
            i = k;
        }
        return tokens;
    }

    private static int ReadWord(string text, int i, int end, List<Token> tokens)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            // "oblastsDonetsk": a word run into the next one where a page lost the space between them (three lower-case
            // letters, then a capital and a lower-case letter); "McDonald", "YouTube", "DeSantis" stay whole
            if (char.IsUpper(c) && j - i >= 3 && char.IsLower(text[j - 1]) && char.IsLower(text[j - 2]) && char.IsLower(text[j - 3]) && j + 1 < end && char.IsLower(text[j + 1]) && AllLetters(text, i, j))
            {
                break;
            }
            if (char.IsLetterOrDigit(c) || c == '\u0301')
            {
                j++;
            }
            else if ((c == '-' || c == '\u2011') && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j++;
            }
            else if (IsApostrophe(c) && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                // possessive 's ends the word; other inner apostrophes ("N'Djamena", "Côte d'Ivoire", "don't") stay
                if ((text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 >= end || !char.IsLetter(text[j + 2]))) break;
                j++;
            }
            else if (c == '.' && j + 1 < end && char.IsLetter(text[j + 1]) && j + 2 < end && text[j + 2] == '.')
            {
                j++; // U.S.A. style: letter.letter.
            }
            else
            {
                break;
            }
        }
        // keep the final dot of a dotted abbreviation ("U.S.", "D.P.R.K.")
        if (j < end && text[j] == '.' && j - i >= 3 && text[j - 2] == '.') j++;
        tokens.Add(new Token(i, j, Normalise(text[i..j]), TokenKind.Word));
        return j;
    }

    private static bool AllLetters(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsLetter(text[k])) return false;
        }
        return true;
    }

    /// <summary>The offset after "]" when a citation mark opens at <paramref name="i"/>: up to three digits or letters, or a short note in lower case.</summary>
    private static int CitationEnd(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end && j - i <= 20 && text[j] != ']' && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == ' ')) j++;
        if (j >= end || text[j] != ']' || j == i + 1) return -1;
        var inner = text.AsSpan(i + 1, j - i - 1);
        var isNumber = inner.Length <= 3 && !inner.ContainsAnyExcept("0123456789");
        var isLetter = inner.Length == 1 && char.IsAsciiLetterLower(inner[0]);
        var isNote = inner is "citation needed" or "clarification needed" or "when" or "who" or "which" or "by whom" or "according to whom" or "dubious" or "note";
        return isNumber || isLetter || isNote ? j + 1 : -1;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    internal static string Normalise(string s) =>
        s.Replace('\u2019', '\'').Replace('\u02BC', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2013', '-').Replace('\u2014', '-');
}
