using KgExport.Extraction.Text;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Splits a sentence into clauses for scoping dates and modality: at ";" and ":" (unless a list of names follows
/// the colon to the end), and at a comma followed by a
/// clause-opening conjunction ("and", "but", "while", "though", "after which", ...), or a bare "while"/"whereas".
/// </summary>
public static class Clauses
{
    private static readonly HashSet<string> AfterComma = new(StringComparer.Ordinal)
    {
        "and", "but", "while", "whereas", "though", "although", "when", "yet", "so",
    };

    public static int[] Split(Sentence s)
    {
        var clause = new int[s.Count];
        var current = 0;
        for (var i = 0; i < s.Count; i++)
        {
            var t = s[i];
            var boundary =
                (t.Text is ";" or ":" && !s.InQuote[i] && !(t.Text == ":" && IsNameList(s, i + 1)))
                || (t.Text == "," && i + 1 < s.Count && (AfterComma.Contains(s.Lower(i + 1)) || (s.Lower(i + 1) is "after" or "before" && (s.Lower(i + 2) is "which" or "the" || s[Math.Min(i + 2, s.Count - 1)].IsCapitalised))))
                || (t.Lower is "while" or "whereas" && i > 0 && s[i - 1].Text != ",");
            if (boundary && i > 0) current++;
            clause[i] = current;
        }
        return clause;
    }

    /// <summary>
    /// Whether the sentence ends, from <paramref name="from"/>, in nothing but a list of capitalised names: "four
    /// regions: Donetsk, Luhansk, Zaporizhzhia and Kherson." names what came before the colon, it opens no clause.
    /// </summary>
    private static bool IsNameList(Sentence s, int from)
    {
        if (from >= s.Count || !s[from].IsCapitalised) return false;
        for (var k = from; k < s.Count; k++)
        {
            var t = s[k];
            if (t.Text is "," or "." or "'s" || t.Lower is "and" or "or" or "the" or "of") continue;
            if (t.Kind != TokenKind.Word || !t.IsCapitalised) return false;
        }
        return true;
    }
}
