using KgExport.Extraction.Text;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Splits a sentence into clauses for scoping dates and modality: at ";" and ":", and at a comma followed by a
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
                (t.Text is ";" or ":" && !s.InQuote[i])
                || (t.Text == "," && i + 1 < s.Count && (AfterComma.Contains(s.Lower(i + 1)) || (s.Lower(i + 1) is "after" or "before" && (s.Lower(i + 2) is "which" or "the" || s[Math.Min(i + 2, s.Count - 1)].IsCapitalised))))
                || (t.Lower is "while" or "whereas" && i > 0 && s[i - 1].Text != ",");
            if (boundary && i > 0) current++;
            clause[i] = current;
        }
        return clause;
    }
}
